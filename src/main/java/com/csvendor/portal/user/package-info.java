/**
 * User administration (ADMIN only): accounts, passwords, roles and their scopes; and every user's
 * change of their own password. Depends on security (the user entity, password hashing and policy),
 * store and vendor (to check the scope exists).
 */
package com.csvendor.portal.user;
