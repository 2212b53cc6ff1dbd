package com.csvendor.portal.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.contract.entity.TermsJson;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsDiffTest {

    @Test
    void identicalTermsHaveNoDifference() {
        assertEquals(List.of(), TermsDiff.between(TermsJson.write(Terms.valid()), TermsJson.write(Terms.valid())));
    }

    @Test
    void changedFieldsAreListedWithBeforeAndAfter() {
        ContractTerms after = Terms.valid();
        after.getFees().setSeatPrice(new BigDecimal("5200.00"));
        after.getHours().getShifts().get(0).setHeadcount(4);
        after.getScope().setServiceTypes(EnumSet.of(ServiceType.AFTER_SALES, ServiceType.PRE_SALES));
        List<TermsDiff.Change> changes = TermsDiff.between(TermsJson.write(Terms.valid()), TermsJson.write(after));
        assertEquals(List.of(
                new TermsDiff.Change("fees.seatPrice", "5000", "5200"),
                new TermsDiff.Change("hours.shifts[0].headcount", "3", "4"),
                new TermsDiff.Change("scope.serviceTypes", "PRE_SALES", "PRE_SALES, AFTER_SALES")), changes);
    }

    @Test
    void addedAndRemovedListItemsShowAnEmptySide() {
        ContractTerms after = Terms.valid();
        after.getHours().getShifts().add(Terms.shift("晚班", java.time.LocalTime.of(16, 0),
                java.time.LocalTime.of(23, 0), 2));
        List<TermsDiff.Change> added = TermsDiff.between(TermsJson.write(Terms.valid()), TermsJson.write(after));
        assertEquals(new TermsDiff.Change("hours.shifts[1].name", "", "晚班"),
                added.stream().filter(c -> c.path().equals("hours.shifts[1].name")).findFirst().orElseThrow());
        List<TermsDiff.Change> removed = TermsDiff.between(TermsJson.write(after), TermsJson.write(Terms.valid()));
        assertEquals(added.size(), removed.size());
    }

    @Test
    void theSameAmountWrittenWithAnotherScaleIsNoChange() {
        assertEquals(List.of(), TermsDiff.between("{\"p\":5200}", "{\"p\":5200.00}"));
    }

    @Test
    void aMissingDocumentIsAllAdditions() {
        List<TermsDiff.Change> changes = TermsDiff.between(null, "{\"a\":{\"b\":1},\"c\":null}");
        assertEquals(List.of(new TermsDiff.Change("a.b", "", "1")), changes);
    }

    @Test
    void termsSurviveTheJsonRoundTripUnchanged() {
        ContractTerms t = Terms.valid();
        String json = TermsJson.write(t);
        assertEquals(json, TermsJson.write(TermsJson.read(json)));
        assertEquals(EnumSet.of(ServiceType.PRE_SALES), TermsJson.read(json).getScope().getServiceTypes());
    }
}
