package com.csvendor.portal.settlement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.sla.boundary.IncidentView;
import com.csvendor.portal.sla.boundary.SlaResultView;
import com.csvendor.portal.sla.control.Outcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reads the statement PDF back with PDFBox, an independent parser. */
class StatementPdfTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 1);
            // Table cells wrap (a date even at its hyphen); compare without the breaks a narrow column puts in.
            return new PDFTextStripper().getText(doc).replaceAll("\\s*\\R\\s*", " ").replaceAll("(\\d)- (\\d)", "$1-$2");
        }
    }

    @Test
    void theEnglishStatementShowsPartiesLinesTotalsInvoiceAndDueDates() throws IOException {
        String text = text(StatementPdf.render(StatementFixtures.statement("3,120 received customers × ¥0.70",
                StatementFixtures.invoice()), LineSourceWords.NONE, Locale.ENGLISH));
        for (String expected : List.of("Statement ST-YF-PETS-001-20261001", "萌宠旗舰店", "云帆客服", "YF-PETS-001 (v2)",
                "2026-10-01 – 2026-10-31", "Approved", "3,120 received customers × ¥0.70",
                "KPI figures 2026-10-01 – 2026-10-31, contract version 2", "SLA result of the window from", "¥2,184.00", "3 agents × 4 days × ¥300.00", "−¥200.00",
                "Subtotal", "¥5,584.00", "6 %", "¥335.04", "¥5,919.04", "Amount due", "2026-12-05",
                "26312000000012345678", "Invoice type differs from the contract", "the invoice implies 5.37 %",
                "differs from the statement by −¥35.04", "Days charged", "2026-10-05 – 2026-10-31", "system",
                "finance2")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(text.contains("kpi:") || text.contains("sla_result:") || text.contains("temporary_agents:"), text);
    }

    @Test
    void theChineseStatementHasChineseLabels() throws IOException {
        String text = text(StatementPdf.render(StatementFixtures.statement("3,120 位接待客户 × ¥0.70", null),
                LineSourceWords.NONE, Locale.SIMPLIFIED_CHINESE));
        for (String expected : List.of("结算单", "已审批", "3,120 位接待客户 × ¥0.70", "应付金额", "小计", "未登记发票")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(text.contains("Amount due"));
    }

    /** The records the lines name, looked up as the statement page looks them up. */
    private static final LineSourceWords LOOKED_UP = new LineSourceWords(
            List.of(new SlaResultView(658, 7, 2, 1, Metric.FIRST_RESPONSE_SECONDS, SlaWindow.DAILY,
                    LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 7), Comparator.LE, new BigDecimal("30"),
                    new BigDecimal("45.5"), 120, 0, 1, 0, Outcome.BREACHED, null, false, new BigDecimal("51.67"), false,
                    null, Instant.parse("2026-10-08T00:00:00Z"), 0, false)),
            List.of(new IncidentView(42, 7, "YF-PETS-001", LocalDate.of(2026, 10, 3), IncidentType.FORBIDDEN_PHRASE,
                    "v2 penalties.incidentFines[0]", "截图", new BigDecimal("200.00"), null, "manager",
                    Instant.parse("2026-10-03T02:00:00Z"), 0)),
            List.of(new TemporaryAgentsView(7, 7, "YF-PETS-001", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 13),
                    3, 4, "双十一预热", "manager", Instant.parse("2026-10-01T02:00:00Z"), 0)));

    private static final LineView INCIDENT_FINE = new LineView(4, LineSection.PENALTY, "INCIDENT", BigDecimal.ONE,
            new BigDecimal("-200.00"), new BigDecimal("-200.00"), "=fine for the incident", "incident:42");

    /** A record number ("no. 42", "42 号", "#42") or a stored reference left in the text. */
    private static final Pattern INTERNAL = Pattern.compile(
            "no\\. \\d|\\d+ ?号|#\\d|kpi:|sla_result|incident:|temporary_agents:|penalties\\.|target \\d");

    @Test
    void theLinesSourcesReadAsOnTheStatementPageInEnglish() throws IOException {
        String text = text(StatementPdf.render(StatementFixtures.statement("x", null, INCIDENT_FINE), LOOKED_UP,
                Locale.ENGLISH));
        for (String expected : List.of("First response time (s), 2026-10-07 – 2026-10-07: measured 45.5 s, target at most 30 s",
                "Forbidden phrase used on 2026-10-03", "Temporary agents 2026-10-10 – 2026-10-13: 3 agents × 4 days",
                "KPI figures 2026-10-01 – 2026-10-31, contract version 2")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(INTERNAL.matcher(text).find(), text);
    }

    @Test
    void theLinesSourcesReadAsOnTheStatementPageInChinese() throws IOException {
        String text = text(StatementPdf.render(StatementFixtures.statement("x", null, INCIDENT_FINE), LOOKED_UP,
                Locale.SIMPLIFIED_CHINESE));
        for (String expected : List.of("首次响应时长", "实际 45.5 s", "2026-10-03 使用禁用语",
                "临时坐席 2026-10-10 – 2026-10-13：3 人 × 4 天")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(INTERNAL.matcher(text).find(), text);
    }

    @Test
    void recordsTheCallerMayNotSeeStillReadAsWordsWithoutTheirNumbers() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String text = text(StatementPdf.render(StatementFixtures.statement("x", null, INCIDENT_FINE),
                    LineSourceWords.NONE, locale));
            assertFalse(INTERNAL.matcher(text).find(), text);
        }
    }

    @Test
    void theFileNameSaysTheLanguage() {
        StatementView s = StatementFixtures.statement("x", null);
        assertEquals("ST-YF-PETS-001-20261001-zh.pdf", StatementPdf.fileName(s, Locale.SIMPLIFIED_CHINESE));
        assertEquals("ST-YF-PETS-001-20261001-en.pdf", StatementPdf.fileName(s, Locale.ENGLISH));
    }
}
