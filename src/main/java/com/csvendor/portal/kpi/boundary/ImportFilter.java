package com.csvendor.portal.kpi.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Narrows the import history to one store, one vendor and the imports whose report dates overlap a
 * period (e.g. the imports that brought a statement's KPI figures); each part {@code null} for any.
 * An import with no report dates (refused before reading a row) overlaps no period.
 */
public record ImportFilter(Long storeId, Long vendorId, LocalDate from, LocalDate to) implements Serializable {

    public static final ImportFilter NONE = new ImportFilter(null, null, null, null);

    public boolean narrows() {
        return storeId != null || vendorId != null || from != null || to != null;
    }
}
