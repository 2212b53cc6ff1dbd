/**
 * Work queues: what each role has to do now, read through the other components' services (which
 * check access, so a store manager sees only their stores' work and a vendor lead only their
 * vendor's): termination rights reached, disputes to decide, breaches of the running cycles and
 * contracts to act on for store managers; refused imports, statements to answer and breaches to
 * dispute for vendor leads; the statement pipeline with its due dates for finance. The rules that
 * pick the items are container-free classes in {@code control}. Depends on settlement, sla, kpi,
 * contract, security and shared; nothing depends on it but the pages.
 */
package com.csvendor.portal.work;
