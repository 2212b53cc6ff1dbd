package com.csvendor.portal.settlement.boundary;

import java.io.Serializable;

/** What the caller may do with a statement now, by role, scope and status: which buttons a page shows. */
public record StatementActions(boolean recompute, boolean issue, boolean confirm, boolean dispute, boolean revise,
        boolean approve, boolean pay, boolean adjust, boolean recordInvoice) implements Serializable {

    public static final StatementActions NONE = new StatementActions(false, false, false, false, false, false, false,
            false, false);
}
