package com.csvendor.portal.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reads the rendered PDFs back with PDFBox, an independent parser. */
class PdfDocumentTest {

    private static PdfDocument contract() {
        return PdfDocument.create()
                .title("商品采购合同 Purchase Contract")
                .heading("一、合同双方 Parties")
                .labelValues(List.of(
                        new LabelValue("合同编号 Contract no.", "CS-2025-0042"),
                        new LabelValue("甲方 Party A", "上海便利店有限公司 Shanghai Convenience Stores Ltd."),
                        new LabelValue("乙方 Party B", "华东物流服务有限公司"),
                        new LabelValue("备注 Remarks", null)))
                .heading("二、服务内容 Services")
                .paragraph("乙方负责门店的日常补货与配送，服务时间为每日 07:00 至 22:00。"
                        + " Party B restocks and delivers to the stores every day from 07:00 to 22:00.")
                .table(List.of("序号 No.", "门店 Store", "月费 Monthly fee"), List.of(
                        List.of("1", "徐汇店 Xuhui", "12,000.00"),
                        List.of("2", "静安店 Jing'an", "9,500.00")));
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void chineseAndEnglishTextCanBeExtracted() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(contract().toBytes())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = text(pdf);
            for (String expected : List.of("商品采购合同", "Purchase Contract", "一、合同双方", "合同编号",
                    "CS-2025-0042", "上海便利店有限公司", "华东物流服务有限公司", "每日", "Party B restocks",
                    "徐汇店", "12,000.00", "1 / 1")) {
                assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
            }
        }
    }

    @Test
    void everyFontIsEmbeddedNotoSansSc() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(contract().toBytes())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font::getName);
                assertTrue(font.getName().contains("NotoSansSC"), font::getName);
            }
        }
    }

    @Test
    void embedsOnlyTheGlyphsUsed() {
        // The whole Regular face is 10 MB; a one-page document must not carry it.
        assertTrue(contract().toBytes().length < 200_000);
    }

    @Test
    void firstTitleIsTheDocumentTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(contract().title("附件 Annex").toBytes())) {
            assertEquals("商品采购合同 Purchase Contract", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void longTableRunsOntoNumberedPagesWithItsHeaderRepeated() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> List.of(String.valueOf(i), "门店 Store " + i, "¥" + i * 100))
                .toList();
        byte[] bytes = PdfDocument.create().title("门店清单 Store list")
                .table(List.of("序号 No.", "门店名称 Store name", "金额 Amount"), rows).toBytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                String text = pageText(pdf, page);
                assertTrue(text.contains(page + " / " + pages), text);
                assertTrue(text.contains("门店名称 Store name"), text);
            }
            assertTrue(text(pdf).contains("门店 Store 120"));
        }
    }

    @Test
    void textIsPrintedAsGivenNotReadAsMarkup() throws IOException {
        String tricky = "<b>粗体</b> &amp; <script>alert(1)</script> ${x}";
        try (PDDocument pdf = Loader.loadPDF(PdfDocument.create().paragraph(tricky).toBytes())) {
            String text = text(pdf);
            assertTrue(text.contains(tricky), text);
        }
    }

    @Test
    void rendersTheSameDocumentTwice() throws IOException {
        PdfDocument document = contract();
        document.toBytes();
        try (PDDocument pdf = Loader.loadPDF(document.toBytes())) {
            assertTrue(text(pdf).contains("徐汇店"));
        }
    }

    @Test
    void documentsRenderedInParallelKeepTheirOwnText() throws Exception {
        // The fonts are shared by all documents; each PDF must still embed and map its own glyphs.
        List<String> words = List.of("甲方", "乙方", "门店", "结算", "罚款", "指标", "合同", "服务");
        ExecutorService pool = Executors.newFixedThreadPool(words.size());
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (String word : words) {
                pdfs.add(pool.submit(() -> PdfDocument.create().title(word).paragraph(word.repeat(400)).toBytes()));
            }
            for (int i = 0; i < words.size(); i++) {
                try (PDDocument pdf = Loader.loadPDF(pdfs.get(i).get())) {
                    String text = text(pdf);
                    String own = words.get(i);
                    assertTrue(text.contains(own), text);
                    words.stream().filter(w -> !w.equals(own))
                            .forEach(other -> assertFalse(text.contains(other), other + " in " + own));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void laterChangesToTheCallersListsDoNotLeakIn() throws IOException {
        List<String> row = new ArrayList<>(List.of("原值 original"));
        PdfDocument document = PdfDocument.create().table(List.of("列 Column"), List.of(row));
        row.set(0, "改值 changed");
        try (PDDocument pdf = Loader.loadPDF(document.toBytes())) {
            String text = text(pdf);
            assertTrue(text.contains("原值 original") && !text.contains("改值"), text);
        }
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsRejected() {
        PdfDocument document = PdfDocument.create();
        List<String> headers = List.of("甲", "乙");
        List<List<String>> rows = List.of(List.of("1", "2"), List.of("only one"));
        assertThrows(IllegalArgumentException.class, () -> document.table(headers, rows));
    }

    @Test
    void tableWithoutColumnsIsRejected() {
        PdfDocument document = PdfDocument.create();
        List<List<String>> rows = List.of();
        assertThrows(IllegalArgumentException.class, () -> document.table(List.of(), rows));
    }

    @Test
    void nullCellPrintsEmpty() throws IOException {
        byte[] bytes = PdfDocument.create()
                .table(List.of("键 Key", "值 Value"), List.of(Arrays.asList("到期日 Expiry", null))).toBytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(text(pdf).contains("到期日 Expiry"));
        }
    }

    @Test
    void emptyDocumentIsRejected() {
        PdfDocument document = PdfDocument.create();
        assertThrows(IllegalStateException.class, document::toBytes);
    }
}
