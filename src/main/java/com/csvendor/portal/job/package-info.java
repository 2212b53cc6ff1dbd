/**
 * Background jobs: a long run a user starts (finance's "generate all" statements) runs on the
 * container's managed executor while its database row tells the page and the API how far it got.
 * The row is also the lock: at most one job of a kind at a time across every portal instance, and a
 * job whose instance died (no heartbeat for {@link com.csvendor.portal.job.control.JobRules#STALE_AFTER})
 * no longer blocks. Its summaries are a message and its arguments ({@code kpi.control.MessageArgs}, as
 * imports keep theirs), worded for each reader ({@link com.csvendor.portal.job.boundary.JobText}).
 * Depends on shared and that kpi class only; sla (evaluate all) and settlement (generate all) use it.
 */
package com.csvendor.portal.job;
