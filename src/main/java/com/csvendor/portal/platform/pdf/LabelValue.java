package com.csvendor.portal.platform.pdf;

import java.util.Objects;

/** One row of a label/value table, e.g. "合同编号 Contract no." / "C-2025-001". */
public record LabelValue(String label, String value) {

    public LabelValue {
        Objects.requireNonNull(label, "label");
        // An optional field left empty prints as a blank cell rather than failing the whole document.
        value = value == null ? "" : value;
    }
}
