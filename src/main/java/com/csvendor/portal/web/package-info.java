/**
 * JSF backing beans; sub-packages mirror the page folders under src/main/webapp. Beans hold view
 * state and call the boundaries; they hold no business rules. Depends on every component's boundary.
 */
package com.csvendor.portal.web;
