/** Backing beans of the administrator-only pages under {@code webapp/admin}. */
package com.csvendor.portal.web.admin;
