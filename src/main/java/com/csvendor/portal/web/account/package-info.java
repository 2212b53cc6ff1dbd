/** Backing beans of the pages under {@code webapp/account}: what every signed-in user does with their own account. */
package com.csvendor.portal.web.account;
