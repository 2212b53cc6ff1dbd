/**
 * Demo data for the embedded start: stores, vendors, users, contracts of every fee model, KPI reports
 * through the import's staging and publish path, SLA results, statements and staffing requests, all
 * relative to today. It depends on the business components it seeds; nothing depends on it. Off when
 * {@code portal.demo-data} is false (production).
 */
package com.csvendor.portal.demo;
