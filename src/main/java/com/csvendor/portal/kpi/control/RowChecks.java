package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.kpi.entity.KpiField.*;

import com.csvendor.portal.kpi.entity.KpiField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rules between the figures of one row, checked on reported and derived values alike, each only
 * when both sides are known: paid buyers ≤ inquiries and ≤ orders; responses within 3 minutes and
 * within 30 s ≤ received, and within 30 s ≤ within 3 minutes; satisfied + dissatisfied ≤ ratings.
 * Refunds, returns and disputes are not compared with paid buyers: they often concern orders of
 * earlier days; inquiries are not compared with customers received, as not every platform
 * counts one as a subset of the other. A rule that real exports can break would reject them whole.
 */
final class RowChecks {

    /** A broken rule: the field whose column shows it, a message key and its arguments. */
    record Violation(KpiField field, String key, Object... arguments) {
    }

    private RowChecks() {
    }

    /** {@code label} names another field's column as the file writes it. */
    static List<Violation> check(KpiValues v, Function<KpiField, String> label) {
        List<Violation> found = new ArrayList<>();
        atMost(v, PAID_BUYERS, INQUIRIES, label, found);
        atMost(v, PAID_BUYERS, ORDERS, label, found);
        atMost(v, RESPONDED_3MIN, RECEIVED, label, found);
        atMost(v, RESPONDED_30S, RECEIVED, label, found);
        atMost(v, RESPONDED_30S, RESPONDED_3MIN, label, found);
        if (v.has(RATINGS) && (v.has(SATISFIED) || v.has(DISSATISFIED))) {
            long satisfied = v.has(SATISFIED) ? v.count(SATISFIED) : 0;
            long dissatisfied = v.has(DISSATISFIED) ? v.count(DISSATISFIED) : 0;
            if (satisfied + dissatisfied > v.count(RATINGS)) {
                found.add(new Violation(RATINGS, "kpi.row.ratingsExceeded", satisfied, dissatisfied, v.count(RATINGS)));
            }
        }
        return found;
    }

    private static void atMost(KpiValues v, KpiField field, KpiField limit, Function<KpiField, String> label,
            List<Violation> found) {
        if (v.has(field) && v.has(limit) && v.count(field) > v.count(limit)) {
            found.add(new Violation(field, "kpi.row.exceeds", v.count(field), label.apply(limit), v.count(limit)));
        }
    }
}
