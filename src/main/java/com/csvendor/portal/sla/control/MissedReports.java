package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.kpi.control.KpiRollups.StoreVendor;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.entity.ReportFellDueMissing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Announces each daily report that has fallen due missing, once per contract and day: every signed
 * contract's ledger of the last days ({@link ReportLedgers}) is read, and each MISSING day whose due
 * time passed within {@link #RECENT} is recorded in {@code report_day_missed} (its primary key is the
 * contract and day, written with {@code INSERT IGNORE}); only a row this run inserted fires
 * {@link ReportFellDueMissing}, in the same transaction. So hourly runs, a manual run and two
 * instances never announce a day twice — a concurrent run waits on the row and then finds it. A day
 * first seen missing long after its due time (the portal was down, or this check is new) is not
 * announced: the home pages list it anyway.
 */
@ApplicationScoped
public class MissedReports {

    /** How long after its due time a missing day is still announced. */
    static final Duration RECENT = Duration.ofDays(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractRepository contracts;

    @Inject
    ReportLedgers ledgers;

    @Inject
    Event<ReportFellDueMissing> announced;

    @Inject
    Clock clock;

    /** Answers how many contract-days this run announced. */
    @Transactional
    public int announce() {
        Instant now = clock.instant();
        LocalDate today = BusinessTime.today(clock);
        // A report may be due up to 7 days after its day (DailyReport), and is announced for RECENT after that.
        LocalDate from = today.minusDays(ClosedWindows.REPORT_DAYS);
        List<Contract> signed = contracts.contracts(contracts.signedIdsBetween(from, today));
        Map<StoreVendor, Map<LocalDate, ReportLedger.Receipt>> receipts = ledgers.receipts(signed.stream()
                .map(c -> new StoreVendor(c.getStore().getId(), c.getVendor().getId())).distinct().toList(), from, today);
        int done = 0;
        for (Contract c : signed) {
            Map<LocalDate, ReportLedger.Receipt> received = receipts.get(new StoreVendor(c.getStore().getId(),
                    c.getVendor().getId()));
            for (ReportDay d : ReportLedgers.of(c, from, today, now, Map.of(), received)) {
                if (announceable(d, now) && record(c, d, now)) {
                    announced.fire(new ReportFellDueMissing(c.getId(), d.day(), d.due()));
                    done++;
                }
            }
        }
        return done;
    }

    /** Missing past its due time, and that due time passed no longer than {@link #RECENT} ago. */
    static boolean announceable(ReportDay d, Instant now) {
        return d.status().missing() && !d.due().toInstant().isBefore(now.minus(RECENT));
    }

    private boolean record(Contract c, ReportDay d, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO report_day_missed (contract_id, business_date, due_at,"
                + " recorded_at) VALUES (?1, ?2, ?3, ?4)").setParameter(1, c.getId()).setParameter(2, d.day())
                .setParameter(3, utc(d.due().toInstant())).setParameter(4, utc(now)).executeUpdate() == 1;
    }

    private static Timestamp utc(Instant t) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }
}
