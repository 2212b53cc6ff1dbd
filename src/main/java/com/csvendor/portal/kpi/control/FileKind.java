package com.csvendor.portal.kpi.control;

/** What a report file turned out to be by its content (never by its name). */
public enum FileKind {
    CSV,
    XLSX
}
