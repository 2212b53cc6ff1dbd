/**
 * Settlement: one statement per contract and settlement cycle with every fee line explained,
 * penalty lines credited (capped), deposit offsets on the final statement and VAT; the workflow
 * DRAFT → ISSUED → CONFIRMED / DISPUTED → APPROVED → PAID with adjustment statements for
 * corrections; the vendor's invoice against a statement; the finance dashboard. The pure rules
 * (the statement calculator, the VAT split, invoice checks, due dates) are container-free classes in
 * {@code control}. Depends on sla (the cycle calculation, results, incidents), kpi,
 * contract, store, vendor, security, audit and shared; nothing depends on it.
 */
package com.csvendor.portal.settlement;
