package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.KpiField;
import java.util.ArrayList;
import java.util.List;

/**
 * Matches a parsed row to the store, the agent and the date it may be recorded under: the store
 * must be one the vendor serves (the upload's store, or the row's own store column), the account an
 * agent of the uploading vendor holds in that store, the date covered by a signed contract between
 * the store and the vendor and not in the future.
 */
public final class RowResolver {

    /** A row ready for staging. */
    public record Resolved(long storeId, long agentId, KpiValues values) {
    }

    /** The outcome: either resolved, or the problems, and the account to offer for registration. */
    public record Outcome(Resolved resolved, List<RowProblem> problems, UnknownAccount unknown) {
    }

    public record UnknownAccount(long storeId, String account, long row) {
    }

    private final ImportScope scope;
    private final String storeHeader;
    private final String accountHeader;
    private final String dateHeader;

    /** The headers are the file's own, so a problem names the column as the user sees it. */
    public RowResolver(ImportScope scope, String storeHeader, String accountHeader, String dateHeader) {
        this.scope = scope;
        this.storeHeader = storeHeader;
        this.accountHeader = accountHeader;
        this.dateHeader = dateHeader;
    }

    public Outcome resolve(KpiValues v) {
        long row = v.rowNumber();
        List<RowProblem> problems = new ArrayList<>();
        ImportScope.ServedStore store;
        if (v.has(KpiField.STORE)) {
            store = scope.store(v.storeCode()).orElse(null);
            if (store == null) {
                problems.add(new RowProblem(row, storeHeader, v.storeCode(), "kpi.row.unknownStore", v.storeCode()));
                return new Outcome(null, problems, null);
            }
        } else {
            store = scope.defaultStore().orElse(null);
            if (store == null) {
                problems.add(new RowProblem(row, null, null, "kpi.row.noStore"));
                return new Outcome(null, problems, null);
            }
        }
        UnknownAccount unknown = null;
        ImportScope.Holder holder = scope.holder(store.id(), v.account()).orElse(null);
        if (holder == null) {
            problems.add(new RowProblem(row, accountHeader, v.account(), "kpi.row.unknownAccount", v.account(),
                    store.code()));
            unknown = new UnknownAccount(store.id(), v.account().strip(), row);
        } else if (holder.vendorId() != scope.vendorId()) {
            problems.add(new RowProblem(row, accountHeader, v.account(), "kpi.row.foreignAccount", v.account(),
                    store.code()));
        }
        if (v.date().isAfter(scope.today())) {
            problems.add(new RowProblem(row, dateHeader, v.date().toString(), "kpi.row.futureDate", v.date()));
        } else if (!store.covers(v.date())) {
            problems.add(new RowProblem(row, dateHeader, v.date().toString(), "kpi.row.noContract", store.code(),
                    v.date()));
        } else {
            String statement = store.settledBy(v.date());
            if (statement != null) {
                problems.add(new RowProblem(row, dateHeader, v.date().toString(), "kpi.row.settled", store.code(),
                        v.date(), statement));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems, unknown);
        }
        return new Outcome(new Resolved(store.id(), holder.agentId(), v), List.of(), null);
    }
}
