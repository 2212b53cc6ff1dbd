/**
 * User administration (ADMIN only): accounts, passwords, roles and their scopes. Depends on
 * security (the user entity and password hashing), store and vendor (to check the scope exists).
 */
package com.csvendor.portal.user;
