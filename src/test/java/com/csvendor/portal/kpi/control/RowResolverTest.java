package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.control.LockedPeriods.Settled;
import com.csvendor.portal.kpi.entity.KpiField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowResolverTest {

    static final long VENDOR = 7;
    static final ImportScope.ServedStore STORE = new ImportScope.ServedStore(3, "PETS-TM",
            List.<LocalDate[]>of(new LocalDate[] {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)}),
            List.of(new Settled(3, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), "ST-C-1-20260901")));

    static RowResolver resolver() {
        ImportScope scope = new ImportScope(VENDOR, STORE, Map.of("PETS-TM", STORE),
                store -> Map.of("小美", new ImportScope.Holder(11, VENDOR)), LocalDate.of(2026, 11, 22));
        return new RowResolver(scope, "店铺", "旺旺", "日期");
    }

    static KpiValues row(long number, LocalDate date) {
        return new KpiValues(number).set(KpiField.BUSINESS_DATE, date).set(KpiField.AGENT_ACCOUNT, "小美");
    }

    @Test
    void aDayOfAnApprovedStatementsCycleIsRefusedNamingTheStatement() {
        RowResolver.Outcome o = resolver().resolve(row(5, LocalDate.of(2026, 9, 30)));
        assertNull(o.resolved());
        assertEquals(1, o.problems().size());
        RowProblem p = o.problems().get(0);
        assertEquals(5, p.row());
        assertEquals("日期", p.column());
        assertEquals("kpi.row.settled", p.key());
        assertTrue(p.message(Locale.ENGLISH).contains("ST-C-1-20260901"), p.message(Locale.ENGLISH));
        assertTrue(p.message(Locale.SIMPLIFIED_CHINESE).contains("已结算"), p.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theDaysAroundASettledCycleStillImport() {
        assertNotNull(resolver().resolve(row(6, LocalDate.of(2026, 8, 31))).resolved());
        assertNotNull(resolver().resolve(row(7, LocalDate.of(2026, 10, 1))).resolved());
    }
}
