package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ZIP of reports: unpacked under the workbook bomb limits, names only shown, never used as paths. */
class ReportBundleTest {

    @TempDir
    Path dir;

    private static final ImportLimits LIMITS = ImportLimits.defaults();

    @Test
    void theReportsAreUnpackedInOrderToTheGivenPathsLeavingFoldersAndMacMetadataOut() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("2026-11/", new byte[0]);
        entries.put("2026-11/taobao-1101.csv", "旺旺,日期\n".getBytes(StandardCharsets.UTF_8));
        entries.put("__MACOSX/2026-11/._taobao-1101.csv", new byte[] {0, 5, 22, 7});
        entries.put("taobao-1102.xlsx", workbook());
        entries.put(".DS_Store", new byte[] {0, 0, 0, 1});
        Path zip = zip("days.zip", entries);
        assertTrue(ReportBundle.isBundle(zip));

        List<ReportBundle.Member> members = ReportBundle.unpack(zip, LIMITS, n -> dir.resolve("member-" + n));
        assertEquals(List.of("2026-11/taobao-1101.csv", "taobao-1102.xlsx"), members.stream().map(ReportBundle.Member::name).toList());
        assertEquals(List.of(dir.resolve("member-0"), dir.resolve("member-1")), members.stream().map(ReportBundle.Member::path).toList());
        assertArrayEquals("旺旺,日期\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("member-0")));
        assertFalse(ReportBundle.isBundle(dir.resolve("member-1")), "a workbook is a ZIP but not a bundle");
        assertFalse(ReportBundle.isBundle(dir.resolve("member-0")));
    }

    @Test
    void anEntryNamedLikeAPathOutsideTheTargetIsWrittenOnlyWhereTheCallerSays() throws IOException {
        Path zip = zip("evil.zip", Map.of("../../etc/evil.csv", "旺旺,日期\n".getBytes(StandardCharsets.UTF_8)));
        List<ReportBundle.Member> members = ReportBundle.unpack(zip, LIMITS, n -> dir.resolve("m" + n));
        assertEquals("../../etc/evil.csv", members.get(0).name(), "shown as sent");
        assertTrue(Files.exists(dir.resolve("m0")));
        assertFalse(Files.exists(dir.getParent().getParent().resolve("etc/evil.csv")));
    }

    @Test
    void aZipBombIsRefusedNamingTheEntryAndLeavesNoFileBehind() throws IOException {
        Path zip = zip("bomb.zip", Map.of("ok.csv", "旺旺,日期\n".getBytes(StandardCharsets.UTF_8),
                "zeros.csv", new byte[20 * 1024 * 1024]));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportBundle.unpack(zip, LIMITS, n -> dir.resolve("m" + n)));
        assertEquals("kpi.bundle.bomb", e.messageKey());
        assertEquals(List.of("zeros.csv"), List.of(e.arguments()));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(zip), left.toList(), "the unpacked files are deleted");
        }
    }

    @Test
    void theSizeLimitsAreCountedWhileInflating() throws IOException {
        byte[] text = "旺旺,日期,接待人数\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        ImportLimits small = new ImportLimits(text.length - 1, 2_000_000, 200, 1024L * 1024 * 1024, 1000);
        Path one = zip("one.zip", Map.of("big.csv", text));
        InvalidInputException file = assertThrows(InvalidInputException.class,
                () -> ReportBundle.unpack(one, small, n -> dir.resolve("a" + n)));
        assertEquals("kpi.bundle.fileTooLarge", file.messageKey());
        assertEquals("big.csv", file.arguments()[0]);

        ImportLimits total = new ImportLimits(text.length, 2_000_000, 200, text.length + 10L, 1000);
        Path two = zip("two.zip", Map.of("a.csv", text, "b.csv", text));
        assertEquals("kpi.bundle.tooLarge", assertThrows(InvalidInputException.class,
                () -> ReportBundle.unpack(two, total, n -> dir.resolve("b" + n))).messageKey());
    }

    @Test
    void tooManyEntriesANestedZipAndAnEmptyZipAreRefused() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            many.put("day" + i + ".csv", "旺旺,日期\n".getBytes(StandardCharsets.UTF_8));
        }
        ImportLimits three = new ImportLimits(LIMITS.maxBytes(), LIMITS.maxRows(), 200, LIMITS.maxXlsxEntryBytes(), 3);
        assertEquals("kpi.bundle.tooManyFiles", assertThrows(InvalidInputException.class,
                () -> ReportBundle.unpack(zip("many.zip", many), three, n -> dir.resolve("c" + n))).messageKey());

        byte[] inner = Files.readAllBytes(zip("inner.zip", Map.of("day.csv", "旺旺,日期\n".getBytes(StandardCharsets.UTF_8))));
        InvalidInputException nested = assertThrows(InvalidInputException.class,
                () -> ReportBundle.unpack(zip("outer.zip", Map.of("more.zip", inner)), LIMITS, n -> dir.resolve("d" + n)));
        assertEquals("kpi.bundle.nested", nested.messageKey());
        assertEquals(List.of("more.zip"), List.of(nested.arguments()));

        assertEquals("kpi.bundle.empty", assertThrows(InvalidInputException.class,
                () -> ReportBundle.unpack(zip("empty.zip", Map.of("folder/", new byte[0])), LIMITS, n -> dir.resolve("e" + n)))
                .messageKey());
    }

    @Test
    void shownNamesKeepFoldersButNoControlCharacters() {
        assertEquals("a/b.csv", ReportBundle.shownName("/a\\b.csv"));
        assertEquals("day.csv", ReportBundle.shownName("day\u0000\u001b.csv"));
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private byte[] workbook() throws IOException {
        Path file = dir.resolve("wb.xlsx");
        new MiniXlsx(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>旺旺</t></is></c></row>")).write(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }
}
