/** Backing beans of the SLA pages under {@code /sla}: the standing per contract and one contract's SLA page. */
package com.csvendor.portal.web.sla;
