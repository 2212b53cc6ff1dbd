package com.csvendor.portal.kpi.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired when an import's figures are published (in the publishing transaction; observe it after
 * success): which vendor's figures changed, in which stores and for which dates.
 */
public record KpiPublished(long importId, long vendorId, List<StoreDates> stores) {

    /** A store whose figures the import replaced, from the first to the last business date. */
    public record StoreDates(long storeId, LocalDate first, LocalDate last) {
    }

    public KpiPublished {
        stores = List.copyOf(stores);
    }
}
