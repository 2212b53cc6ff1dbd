package com.csvendor.portal.bench;

/** The database ids seeding gave the shape's stores, vendors and agents, by index. */
public record PortfolioIds(long[] stores, long[] vendors, long[] agents) {
}
