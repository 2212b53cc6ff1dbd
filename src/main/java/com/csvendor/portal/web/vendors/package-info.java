/** Backing beans of the vendor and agent pages under {@code webapp/vendors}. */
package com.csvendor.portal.web.vendors;
