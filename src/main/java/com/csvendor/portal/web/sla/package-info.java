/** Backing beans of the SLA pages ({@code webapp/sla}): the vendor comparison dashboard. */
package com.csvendor.portal.web.sla;
