package com.csvendor.portal.kpi.control;

import com.csvendor.portal.contract.control.LockedPeriods.Settled;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What an import may write to, read once per job: the stores the uploading vendor serves under a
 * signed contract (by code), the periods those contracts cover, and per store the accounts agents
 * hold there (loaded on first use).
 */
public final class ImportScope {

    /**
     * A store the vendor serves, the periods (inclusive) its contracts with the vendor cover, and the
     * periods of those that approved statements settled (their figures must not change any more).
     */
    public record ServedStore(long id, String code, List<LocalDate[]> covered, List<Settled> settled) {

        public ServedStore(long id, String code, List<LocalDate[]> covered) {
            this(id, code, covered, List.of());
        }

        /** The number of the approved statement that settled the date, or null when none did. */
        public String settledBy(LocalDate date) {
            for (Settled p : settled) {
                if (!date.isBefore(p.from()) && !date.isAfter(p.to())) {
                    return p.statementNo();
                }
            }
            return null;
        }

        public boolean covers(LocalDate date) {
            for (LocalDate[] p : covered) {
                // A loop, not a stream: this runs for every row of an import.
                if (!date.isBefore(p[0]) && !date.isAfter(p[1])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An account in a store: the agent holding it and the agent's vendor. */
    public record Holder(long agentId, long vendorId) {
    }

    private final long vendorId;
    private final ServedStore defaultStore;
    private final Map<String, ServedStore> storesByCode;
    private final LongFunction<Map<String, Holder>> accountLoader;
    private final Map<Long, Map<String, Holder>> accounts = new HashMap<>();
    private final LocalDate today;

    public ImportScope(long vendorId, ServedStore defaultStore, Map<String, ServedStore> storesByCode,
            LongFunction<Map<String, Holder>> accountLoader, LocalDate today) {
        this.vendorId = vendorId;
        this.defaultStore = defaultStore;
        this.storesByCode = Map.copyOf(storesByCode);
        this.accountLoader = accountLoader;
        this.today = today;
    }

    public long vendorId() {
        return vendorId;
    }

    public Optional<ServedStore> defaultStore() {
        return Optional.ofNullable(defaultStore);
    }

    public Optional<ServedStore> store(String code) {
        return Optional.ofNullable(storesByCode.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public Optional<Holder> holder(long storeId, String account) {
        return Optional.ofNullable(accounts.computeIfAbsent(storeId, accountLoader::apply).get(account.strip()));
    }

    public LocalDate today() {
        return today;
    }
}
