/**
 * Background jobs: a long run a user starts (finance's "generate all" statements) runs on the
 * container's managed executor while its database row tells the page and the API how far it got.
 * The row is also the lock: at most one job of a kind at a time across every portal instance, and a
 * job whose instance died (no heartbeat for {@link com.csvendor.portal.job.control.JobRules#STALE_AFTER})
 * no longer blocks. Depends on shared only; settlement uses it.
 */
package com.csvendor.portal.job;
