package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One parsed row of a report, before it is matched to a store and an agent: the account name, the
 * date, an optional store code and the values of the fields the file has (or derived), each as
 * {@link KpiField.Kind} says — {@code Long} for counts, {@code BigDecimal} for money, seconds,
 * hours and rates, {@code String} for text, {@code LocalDate} for the date; {@code null} when the
 * file does not report the field.
 */
public final class KpiValues {

    private final long rowNumber;
    private final Object[] values = new Object[KpiField.values().length];

    public KpiValues(long rowNumber) {
        this.rowNumber = rowNumber;
    }

    /** The row's number in the file as a spreadsheet shows it (1-based, header and title lines counted). */
    public long rowNumber() {
        return rowNumber;
    }

    public Object get(KpiField field) {
        return values[field.ordinal()];
    }

    public KpiValues set(KpiField field, Object value) {
        values[field.ordinal()] = value;
        return this;
    }

    public boolean has(KpiField field) {
        return values[field.ordinal()] != null;
    }

    public Long count(KpiField field) {
        return (Long) get(field);
    }

    public BigDecimal decimal(KpiField field) {
        return (BigDecimal) get(field);
    }

    public String text(KpiField field) {
        return (String) get(field);
    }

    public String account() {
        return text(KpiField.AGENT_ACCOUNT);
    }

    public String storeCode() {
        return text(KpiField.STORE);
    }

    public LocalDate date() {
        return (LocalDate) get(KpiField.BUSINESS_DATE);
    }
}
