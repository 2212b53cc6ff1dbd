package com.csvendor.portal.settlement.entity;

/** A REGULAR statement of a cycle, or an ADJUSTMENT that corrects an approved one and refers to it. */
public enum StatementKind {
    REGULAR, ADJUSTMENT
}
