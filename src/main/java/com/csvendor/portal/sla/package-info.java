/**
 * SLA checks: the result of every SLA target over every window (measured value, met, breached or
 * not judged, shortfall), the settlement cycles with their service fee and penalties, the
 * incidents store managers record, the vendor leads' disputes and the vendor comparison dashboard.
 * The pure rules are container-free classes in {@code control}: window arithmetic
 * ({@link com.csvendor.portal.sla.control.SlaWindows}), the evaluator, and the one calculation of a
 * settlement cycle's money ({@link com.csvendor.portal.sla.control.CycleCalculator}: service fee and
 * penalty calculators) that the SLA cycles, the comparison, cost targets and settlement statements
 * use. Depends on kpi (the KPI sums and the one way a KPI value is computed from them), contract,
 * store, vendor, security, audit and shared; settlement may depend on it, never the other way.
 */
package com.csvendor.portal.sla;
