package com.csvendor.portal.work.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One work queue of the caller: its label and ({@code emptyText}) what it means when it is empty, in the caller's
 * language; how many things wait in it ({@code count}) and, for statements, their amount due; the
 * page listing all of them ({@code link}, relative to the portal's root, a filtered list where there is
 * one) and the items themselves (finance's queues are counted, not itemised: their link opens the list).
 */
public record WorkQueue(WorkKind kind, String label, String emptyText, long count, BigDecimal amount, String link,
        List<WorkItem> items) implements Serializable {

    public WorkQueue {
        items = List.copyOf(items);
    }
}
