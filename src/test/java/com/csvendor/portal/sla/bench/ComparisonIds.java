package com.csvendor.portal.sla.bench;

/** The database ids seeding gave the shape's stores, vendors and agents, by index. */
record ComparisonIds(long[] stores, long[] vendors, long[] agents) {
}
