/**
 * Who is signed in and what they may see: portal users with roles and data scopes (assigned
 * stores, one vendor), PBKDF2 password hashing, the password policy with its list of common
 * passwords, the identity store, form and HTTP Basic authentication, login throttling and the
 * {@link com.csvendor.portal.security.boundary.Caller} every boundary asks for scope. Depends only
 * on shared; stores and vendors are referred to by id.
 */
package com.csvendor.portal.security;
