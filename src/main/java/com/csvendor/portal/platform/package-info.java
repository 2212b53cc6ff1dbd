/**
 * Wiring of the portal: the data source and its schema migrations, the REST application and its
 * exception mappers, health checks, security headers and demo data. Every component may use it;
 * it depends on the components only to seed demo data.
 */
package com.csvendor.portal.platform;
