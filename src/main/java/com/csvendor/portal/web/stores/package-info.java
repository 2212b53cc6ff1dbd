/** Backing beans of the store pages under {@code webapp/stores}. */
package com.csvendor.portal.web.stores;
