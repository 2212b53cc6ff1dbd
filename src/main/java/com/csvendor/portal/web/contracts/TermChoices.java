package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.entity.Channel;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ConfidentialScope;
import com.csvendor.portal.contract.entity.DepositDirection;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.Map;

/** The choices of the terms' enums for the pages, by the enum's simple name: {@code #{termChoices.of('Metric')}}. */
@Named
@ApplicationScoped
public class TermChoices {

    private static final Map<String, Enum<?>[]> CHOICES = Map.ofEntries(
            Map.entry("ServiceType", ServiceType.values()), Map.entry("Channel", Channel.values()),
            Map.entry("DayOfWeek", DayOfWeek.values()), Map.entry("FeeModel", FeeModel.values()),
            Map.entry("InvoiceType", InvoiceType.values()), Map.entry("SettlementCycle", SettlementCycle.values()),
            Map.entry("DepositKind", DepositKind.values()), Map.entry("DepositDirection", DepositDirection.values()),
            Map.entry("Metric", Metric.values()), Map.entry("Comparator", Comparator.values()),
            Map.entry("SlaWindow", SlaWindow.values()), Map.entry("IncidentType", IncidentType.values()),
            Map.entry("ConfidentialScope", ConfidentialScope.values()),
            Map.entry("MissingReportRule", MissingReportRule.values()));

    public Enum<?>[] of(String type) {
        Enum<?>[] values = CHOICES.get(type);
        if (values == null) {
            throw new IllegalArgumentException("No choices for " + type);
        }
        return values.clone();
    }
}
