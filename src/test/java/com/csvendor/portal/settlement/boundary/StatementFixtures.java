package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.settlement.boundary.FinanceDashboard.StatusCount;
import com.csvendor.portal.settlement.boundary.FinanceDashboard.VendorMonth;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.settlement.entity.StatementKind;
import com.csvendor.portal.settlement.entity.StatementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Views as the settlement service hands them out, for the exporters' tests. */
final class StatementFixtures {

    static final LocalDate START = LocalDate.of(2026, 10, 1);
    static final LocalDate END = LocalDate.of(2026, 10, 31);

    private StatementFixtures() {
    }

    static StatementView statement(String explanation, InvoiceView invoice, LineView... more) {
        List<LineView> lines = new ArrayList<>(List.of(
                new LineView(1, LineSection.FEE, "SESSIONS", new BigDecimal("3120"), new BigDecimal("0.70"),
                        new BigDecimal("2184.00"), explanation, "kpi:2026-10-01..2026-10-31 v2"),
                new LineView(2, LineSection.FEE, "TEMPORARY_AGENTS", new BigDecimal("12"), new BigDecimal("300.00"),
                        new BigDecimal("3600.00"), "3 agents × 4 days × ¥300.00", "temporary_agents:7"),
                new LineView(3, LineSection.PENALTY, "FIXED", BigDecimal.ONE, new BigDecimal("-200.00"),
                        new BigDecimal("-200.00"), "=breach of first response", "sla_result:2026-10-07 target 1")));
        lines.addAll(List.of(more));
        return new StatementView(42, "ST-YF-PETS-001-20261001", StatementKind.REGULAR, null, null, null, 7,
                "YF-PETS-001", 1, "萌宠旗舰店", 2, "云帆客服", START, END, START.plusDays(4), END, 2, false,
                StatementStatus.APPROVED, lines,
                new BigDecimal("5784.00"), new BigDecimal("-200.00"), new BigDecimal("1735.20"), new BigDecimal("5584.00"),
                new BigDecimal("6"), false, new BigDecimal("5584.00"), new BigDecimal("335.04"), new BigDecimal("5919.04"),
                BigDecimal.ZERO.setScale(2), new BigDecimal("5919.04"), InvoiceType.SPECIAL, LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 12, 5), false, "system", Instant.parse("2026-11-01T18:10:00Z"), "finance",
                Instant.parse("2026-11-02T02:00:00Z"), "vendor", Instant.parse("2026-11-03T02:00:00Z"), null,
                "finance2", Instant.parse("2026-11-04T02:00:00Z"), null, null, null, invoice, StatementActions.NONE, 3);
    }

    static InvoiceView invoice() {
        return new InvoiceView("26312000000012345678", null, InvoiceType.GENERAL, LocalDate.of(2026, 11, 6),
                new BigDecimal("5584.00"), new BigDecimal("300.00"), new BigDecimal("5884.00"),
                List.of("TYPE", "TAX_RATE", "AMOUNT"), new BigDecimal("-35.04"), new BigDecimal("5.37"), "finance",
                Instant.parse("2026-11-06T03:00:00Z"), 1);
    }

    static FinanceDashboard dashboard(String vendorName) {
        StatementSummary due = new StatementSummary(42, "ST-YF-PETS-001-20261001", StatementKind.REGULAR, null, 7,
                "YF-PETS-001", 1, "萌宠旗舰店", 2, vendorName, START, END, StatementStatus.APPROVED,
                new BigDecimal("5919.04"), new BigDecimal("5919.04"), LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 12, 5), false, false, false, 0, "system", 3);
        StatementSummary late = new StatementSummary(43, "-ST-2", StatementKind.REGULAR, null, 8, "SL-PETS-002", 1,
                "萌宠旗舰店", 3, "声联服务", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), StatementStatus.APPROVED,
                new BigDecimal("1234.56"), new BigDecimal("1234.56"), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 11, 4), true, false, true, 1, "system", 4);
        return new FinanceDashboard(
                List.of(new StatusCount(StatementStatus.DRAFT, 3, new BigDecimal("9000.10"), new BigDecimal("9000.10")),
                        new StatusCount(StatementStatus.APPROVED, 2, new BigDecimal("7153.60"), new BigDecimal("7153.60"))),
                List.of(late, due), List.of(late),
                List.of(new VendorMonth(2, vendorName, "2026-10", 1, new BigDecimal("5919.04"),
                        new BigDecimal("5919.04"))));
    }
}
