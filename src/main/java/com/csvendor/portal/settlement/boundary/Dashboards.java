package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.settlement.control.StatementRepository;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The finance dashboard, from aggregate queries over every statement (finance and administrators see all). */
@RequestScoped
public class Dashboards {

    static final int MAX_DUE = 500;

    @Inject
    StatementRepository statements;

    @Inject
    ContractRepository contracts;

    @Inject
    StatementViews views;

    FinanceDashboard of() {
        Map<StatementStatus, FinanceDashboard.StatusCount> counts = new EnumMap<>(StatementStatus.class);
        for (StatementStatus st : StatementStatus.values()) {
            counts.put(st, new FinanceDashboard.StatusCount(st, 0, Money.ZERO, Money.ZERO));
        }
        for (Object[] row : statements.countsByStatus()) {
            StatementStatus st = (StatementStatus) row[0];
            counts.put(st, new FinanceDashboard.StatusCount(st, ((Number) row[1]).longValue(), money(row[2]),
                    money(row[3])));
        }
        List<StatementSummary> due = new ArrayList<>();
        for (Statement s : statements.due(MAX_DUE)) {
            Contract c = contracts.getContract(s.getContractId());
            due.add(views.summary(s, c, statements.findInvoice(s.getId()).orElse(null)));
        }
        List<StatementSummary> overdue = due.stream().filter(StatementSummary::overdue).toList();
        return new FinanceDashboard(new ArrayList<>(counts.values()), due, overdue, perVendorMonth());
    }

    private List<FinanceDashboard.VendorMonth> perVendorMonth() {
        Map<String, FinanceDashboard.VendorMonth> rows = new TreeMap<>();
        for (Object[] row : statements.totalsByVendorAndCycleEnd()) {
            long vendorId = ((Number) row[0]).longValue();
            String month = ((LocalDate) row[2]).toString().substring(0, 7);
            String key = month + "|" + row[1] + "|" + vendorId;
            FinanceDashboard.VendorMonth before = rows.get(key);
            long count = ((Number) row[3]).longValue() + (before == null ? 0 : before.statements());
            BigDecimal total = money(row[4]).add(before == null ? Money.ZERO : before.total());
            BigDecimal due = money(row[5]).add(before == null ? Money.ZERO : before.amountDue());
            rows.put(key, new FinanceDashboard.VendorMonth(vendorId, (String) row[1], month, count, total, due));
        }
        return rows.values().stream().sorted(Comparator.comparing(FinanceDashboard.VendorMonth::month).reversed()
                .thenComparing(FinanceDashboard.VendorMonth::vendorName)).toList();
    }

    private static BigDecimal money(Object value) {
        return value == null ? Money.ZERO : Money.fen(new BigDecimal(value.toString()));
    }
}
