/**
 * KPI reports: the per-agent, per-day figures vendor leads upload from the platforms' own exports.
 * Owns the canonical KPI record (one per store, agent and business date), its rollups, the import
 * profiles (header aliases) and the import history. Parsing lives in {@code control}, the batch
 * import job in {@code importing}. Depends on contract (which store, vendor and dates are valid),
 * vendor, store, security, audit and shared.
 */
package com.csvendor.portal.kpi;
