/**
 * Wiring of the portal: the data source and its schema migrations, the REST application and its
 * exception mappers, health checks and security headers. Every component may use it; it depends on
 * none of them (demo data lives in {@code com.csvendor.portal.demo}).
 */
package com.csvendor.portal.platform;
