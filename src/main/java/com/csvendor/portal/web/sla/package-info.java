/**
 * Backing beans of the SLA pages under {@code /sla}: the standing per contract, one contract's SLA
 * page and the vendor comparison dashboard.
 */
package com.csvendor.portal.web.sla;
