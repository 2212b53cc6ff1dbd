package com.csvendor.portal.kpi.entity;

/** A header as an export writes it and the canonical field it means: one line of an import profile. */
public record HeaderAlias(String header, KpiField field) {
}
