package com.csvendor.portal.web.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermLabelsTest {

    private final TermLabels english = TermLabels.of(Locale.ENGLISH);
    private final TermLabels chinese = TermLabels.of(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aListItemPathReadsAsGroupListNumberAndField() {
        assertEquals("Fees › Per-session price tiers #2 › Price per customer (¥)",
                english.ofTerms("fees.sessionTiers[1].price"));
    }

    @Test
    void aTopLevelListIsNumberedFromOne() {
        assertEquals("SLA targets #1 › Metric", english.ofTerms("slaTargets[0].metric"));
        assertEquals("SLA targets #3 › Exempt dates #2 › From", english.ofTerms("slaTargets[2].exemptions[1].from"));
    }

    @Test
    void plainFieldsAndWholeGroupsAndLists() {
        assertEquals("Contract period › End date", english.ofTerms("period.end"));
        assertEquals("SLA targets", english.ofTerms("slaTargets"));
        assertEquals("Fees › Promotion surcharges", english.ofTerms("fees.surcharges"));
    }

    @Test
    void labelsComeInTheViewLanguage() {
        assertEquals("合作费用 › " + text("term.fees.seatPrice", Locale.SIMPLIFIED_CHINESE),
                chinese.ofTerms("fees.seatPrice"));
    }

    @Test
    void unknownPathsStayAsTheyAre() {
        assertEquals("fees.noSuchThing", english.ofTerms("fees.noSuchThing"));
        assertEquals("nothing.here[0]", english.ofTerms("nothing.here[0]"));
        assertEquals("fees..seatPrice", english.ofTerms("fees..seatPrice"));
        assertEquals("", english.ofTerms(null));
    }

    @Test
    void auditPathsAreTermsOrContractFields() {
        assertEquals("Fees › Price per agent per month (¥)", english.ofAudit("terms.fees.seatPrice"));
        assertEquals("Status", english.ofAudit("status"));
        assertEquals("Contract number", english.ofAudit("number"));
        assertEquals("Effective from", english.ofAudit("effectiveFrom"));
        assertEquals("somethingElse", english.ofAudit("somethingElse"));
    }

    @Test
    void enumValuesAndBooleansAreTranslated() {
        assertEquals("Monthly per seat", english.value("fees.model", "SEAT_MONTHLY"));
        assertEquals("Pre-sales, Review follow-up", english.value("scope.serviceTypes", "PRE_SALES, REVIEW_FOLLOW_UP"));
        assertEquals("at most", english.value("terms.slaTargets[0].comparator", "LE"));
        assertEquals("Active", english.value("status", "ACTIVE"));
        assertEquals("Yes", english.value("period.autoRenewal", "true"));
        assertEquals("Chinese, English", english.value("terms.scope.languages", "zh, en"));
        assertEquals("中文, 英语", chinese.value("terms.scope.languages", "zh, en"));
        assertEquals("Hakka", english.value("scope.languages", "Hakka"));
        assertEquals("5200", english.value("fees.seatPrice", "5200"));
        assertEquals("UNKNOWN", english.value("fees.model", "UNKNOWN"));
        assertEquals("", english.value("fees.model", ""));
    }

    @Test
    void anyTextSourceWorks() {
        TermLabels labels = new TermLabels(Map.of("group.fees", "F", "term.fees.x", "X")::get);
        assertEquals("F › X", labels.ofTerms("fees.x"));
        assertEquals("fees.y", labels.ofTerms("fees.y"));
    }

    private static String text(String key, Locale locale) {
        return java.util.ResourceBundle.getBundle("i18n.messages", locale).getString(key);
    }
}
