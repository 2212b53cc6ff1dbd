package com.csvendor.portal.settlement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reads the statement PDF back with PDFBox, an independent parser. */
class StatementPdfTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 1);
            // Table cells wrap; compare without the line breaks a narrow column puts in.
            return new PDFTextStripper().getText(doc).replaceAll("\\s*\\R\\s*", " ");
        }
    }

    @Test
    void theEnglishStatementShowsPartiesLinesTotalsInvoiceAndDueDates() throws IOException {
        String text = text(StatementPdf.render(StatementFixtures.statement("3,120 received customers × ¥0.70",
                StatementFixtures.invoice()), Locale.ENGLISH));
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
                Locale.SIMPLIFIED_CHINESE));
        for (String expected : List.of("结算单", "已审批", "3,120 位接待客户 × ¥0.70", "应付金额", "小计", "未登记发票")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(text.contains("Amount due"));
    }

    @Test
    void theFileNameSaysTheLanguage() {
        StatementView s = StatementFixtures.statement("x", null);
        assertEquals("ST-YF-PETS-001-20261001-zh.pdf", StatementPdf.fileName(s, Locale.SIMPLIFIED_CHINESE));
        assertEquals("ST-YF-PETS-001-20261001-en.pdf", StatementPdf.fileName(s, Locale.ENGLISH));
    }
}
