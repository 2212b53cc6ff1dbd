package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt are refused, quickly, with bounded memory, and nothing from outside the
 * file shows up in a message (RELIABILITY.md, uploads and bad input).
 */
class ReportHostileFilesTest {

    private static final long BOMB_BYTES = 200L * 1024 * 1024;

    @TempDir
    static Path dir;

    private static Path bomb;

    /**
     * Builds the bomb, and reads one honest workbook first: the first workbook a JVM opens pays
     * about two seconds of loading POI's classes and schemas, which a running server has paid
     * long before a hostile upload arrives and which is not what these tests time.
     */
    @BeforeAll
    static void buildZipBombAndLoadPoi() throws IOException {
        bomb = MiniXlsx.bomb(dir.resolve("zip-bomb.xlsx"), BOMB_BYTES);
        assertFalse(KpiFixtures.rows(KpiFixtures.resource("douyin.xlsx"), ImportLimits.defaults()).isEmpty());
    }

    @Test
    void theZipBombIsSmallOnDiskAndRefusedQuicklyWithoutInflatingIt() throws IOException {
        assertTrue(Files.size(bomb) < 1024 * 1024, "200 MB of one byte packs into less than 1 MB");
        long allocatedBefore = allocatedBytes();
        InvalidInputException refused = refusedWithin(bomb, ImportLimits.defaults());
        long allocated = allocatedBytes() - allocatedBefore;
        assertEquals("kpi.file.xlsxUnsafe", refused.messageKey());
        assertTrue(causes(refused).contains("Zip bomb detected"), "POI's inflate-ratio check stopped it: " + causes(refused));
        assertTrue(allocated < 64L * 1024 * 1024, "allocated " + allocated / 1024 / 1024 + " MB while refusing it");
    }

    @Test
    void aSheetLargerThanTheEntryLimitIsRefusedEvenWhenItCompressesLikeRealData() throws IOException {
        StringBuilder rows = new StringBuilder();
        Random random = new Random(7);
        for (int r = 1; r <= 60_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                    .append(random.nextLong()).append("</v></c></row>");
        }
        Path file = new MiniXlsx(MiniXlsx.sheet(rows.toString())).write(dir.resolve("big-sheet.xlsx"));
        assertTrue(rows.length() > 2 << 20 && Files.size(file) * 20 > rows.length(),
                "over 2 MB, compressed less than 20:1 like real sheets: the ratio check does not fire");
        ImportLimits oneMegabyte = new ImportLimits(300L << 20, 2_000_000, 200, 1 << 20, 1000);
        InvalidInputException refused = refusedWithin(file, oneMegabyte);
        assertEquals("kpi.file.xlsxUnsafe", refused.messageKey());
        assertTrue(causes(refused).contains("max size of the expanded data"), causes(refused));
    }

    @Test
    void aWorkbookWithMoreEntriesThanAllowedIsRefused() throws IOException {
        MiniXlsx workbook = new MiniXlsx(MiniXlsx.sheet(""));
        for (int i = 0; i < 1001; i++) {
            workbook.text("xl/media/padding" + i + ".xml", "<x/>");
        }
        Path file = workbook.write(dir.resolve("many-entries.xlsx"));
        assertEquals("kpi.file.xlsxUnsafe", refusedWithin(file, ImportLimits.defaults()).messageKey());
    }

    @Test
    void aSheetWithAnExternalEntityIsRefusedAndTheEntityNeverRead() throws IOException {
        InvalidInputException refused = refusedWithin(KpiFixtures.resource("xxe.xlsx"), ImportLimits.defaults());
        assertEquals("kpi.file.xlsxUnsafe", refused.messageKey());
        assertNothingOfTheHostLeaks(refused);
    }

    @Test
    void sharedStringsWithAnExternalEntityAreRefusedToo() throws IOException {
        String sst = KpiFixtures.withExternalEntity("<?xml version=\"1.0\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>");
        Path file = new MiniXlsx(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
                .text("xl/sharedStrings.xml", sst).write(dir.resolve("xxe-sst.xlsx"));
        InvalidInputException refused = refusedWithin(file, ImportLimits.defaults());
        assertEquals("kpi.file.xlsxUnsafe", refused.messageKey());
        assertNothingOfTheHostLeaks(refused);
    }

    @Test
    void entityExpansionIsRefusedBeforeItExpands() throws IOException {
        String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"hahahahaha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        String sheet = MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&d;</t></is></c></row>")
                .replace("<worksheet", laughs + "<worksheet");
        Path file = new MiniXlsx(sheet).write(dir.resolve("laughs.xlsx"));
        assertEquals("kpi.file.xlsxUnsafe", refusedWithin(file, ImportLimits.defaults()).messageKey());
    }

    @Test
    void anImageNamedCsvIsNotTabular() {
        assertEquals("kpi.file.notTabular", refusedWithin(KpiFixtures.resource("renamed-png.csv"), ImportLimits.defaults()).messageKey());
    }

    @Test
    void aPdfOrAZipWithoutAWorkbookIsNotTabular() throws IOException {
        Path pdf = Files.writeString(dir.resolve("report.csv"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
        assertEquals("kpi.file.notTabular", refusedWithin(pdf, ImportLimits.defaults()).messageKey());
        MiniXlsx docx = new MiniXlsx(MiniXlsx.sheet(""));
        Path zip = docx.write(dir.resolve("template.xlsx"));
        Path renamed = dir.resolve("not-a-workbook.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(renamed))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName().replace("xl/", "word/")));
                in.transferTo(out);
            }
        }
        assertEquals("kpi.file.notTabular", refusedWithin(renamed, ImportLimits.defaults()).messageKey());
    }

    @Test
    void anOldXlsWorkbookIsNamedAsSuch() {
        assertEquals("kpi.file.xls", refusedWithin(KpiFixtures.resource("old-format.xls"), ImportLimits.defaults()).messageKey());
    }

    @Test
    void bytesNoEncodingReadsAreRefusedNamingTheLine() {
        InvalidInputException refused = refusedWithin(KpiFixtures.resource("bad-bytes.csv"), ImportLimits.defaults());
        assertEquals("kpi.file.encoding", refused.messageKey());
        assertEquals(List.of(4L), List.of(refused.arguments()));
        assertEquals("The text cannot be read at line 4: it is neither UTF-8 nor GBK/GB18030 there. Save the file again"
                + " as CSV UTF-8 (or export it again from the platform).", refused.localizedMessage(Locale.ENGLISH));
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("limit.csv"), "旺旺,日期\n萌宠旗舰店:小美,2026-11-01\n");
        long size = Files.size(file);
        ImportLimits exact = new ImportLimits(size, 10, 10, 1 << 20, 10);
        ImportLimits oneLess = new ImportLimits(size - 1, 10, 10, 1 << 20, 10);
        ReportFile.open(file, exact).close();
        assertEquals("kpi.file.tooLarge", refusedWithin(file, oneLess).messageKey());
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() throws IOException {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertEquals("kpi.file.empty", refusedWithin(file, ImportLimits.defaults()).messageKey());
    }

    @Test
    void binaryBytesInTextAreNotTabular() throws IOException {
        Path file = Files.write(dir.resolve("nul.csv"), "旺旺,日期\u0000\u0001\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("kpi.file.notTabular", refusedWithin(file, ImportLimits.defaults()).messageKey());
    }

    /** Opens the file and reads it through, as the import would, and returns why it was refused. */
    private static InvalidInputException refusedWithin(Path file, ImportLimits limits) {
        long start = System.nanoTime();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> KpiFixtures.rows(file, limits));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "refused after " + took);
        assertEquals("file", refused.field());
        return refused;
    }

    private static void assertNothingOfTheHostLeaks(InvalidInputException refused) throws IOException {
        Path hostname = Path.of("/etc/hostname");
        String secret = Files.exists(hostname) ? Files.readString(hostname).strip() : "";
        List<String> texts = new ArrayList<>(List.of(refused.localizedMessage(Locale.ENGLISH),
                refused.localizedMessage(Locale.SIMPLIFIED_CHINESE)));
        for (Throwable t = refused.getCause(); t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
        }
        if (!secret.isEmpty()) {
            texts.forEach(text -> assertFalse(text.contains(secret), text));
        }
        assertFalse(texts.isEmpty());
    }

    private static String causes(Throwable refused) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = refused.getCause(); t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
