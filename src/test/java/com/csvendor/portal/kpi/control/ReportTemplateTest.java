package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.csvendor.portal.kpi.entity.KpiField;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The downloadable template is a header line that the parser takes for the portal's own profile. */
class ReportTemplateTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theTemplateIsABomAndOneHeaderLineOfEveryTemplateField(boolean chinese) {
        byte[] csv = ReportTemplate.csv(chinese);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> expected = Arrays.stream(KpiField.values()).map(f -> f.templateHeader(chinese)).filter(h -> h != null).toList();
        assertEquals(String.join(",", expected) + "\r\n", text, "a header line only, no example row to import by mistake");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theTemplateWithOneRowAddedIsReadAsThePortalProfile(boolean chinese) throws IOException {
        long columns = Arrays.stream(KpiField.values()).filter(f -> f.templateHeader(chinese) != null).count();
        // As a spreadsheet saves it: every row has a cell for every column, empty ones included.
        String row = "PETS-TM,萌宠旗舰店:小美,2026-11-03,152,148" + ",".repeat((int) columns - 5) + "\r\n";
        Path file = dir.resolve("filled.csv");
        Files.write(file, ReportTemplate.csv(chinese));
        Files.writeString(file, row, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            ReportLayout layout = ReportLayout.detect(report, BuiltInProfiles.all(), null);
            assertEquals(BuiltInProfiles.PORTAL, layout.profile().code());
            assertEquals(List.of(), layout.unknownColumns());
            ParsedRow parsed = layout.parser().parse(report.next());
            assertEquals(ParsedRow.Status.DATA, parsed.status());
            assertEquals("PETS-TM", parsed.values().storeCode());
            assertEquals(148L, parsed.values().count(KpiField.RECEIVED));
        }
    }

    @Test
    void theTemplateFixturesInBothLanguagesReadToTheSameValues() {
        List<KpiValues> en = KpiFixtures.data(KpiFixtures.parseAll(KpiFixtures.resource("portal-template-en.csv"), null));
        List<KpiValues> zh = KpiFixtures.data(KpiFixtures.parseAll(KpiFixtures.resource("portal-template-zh-utf16.csv"), null));
        assertEquals(6, en.size());
        for (int i = 0; i < en.size(); i++) {
            for (KpiField field : KpiField.values()) {
                assertEquals(en.get(i).get(field), zh.get(i).get(field), field + " of row " + i);
            }
        }
        KpiValues first = en.get(0);
        assertEquals("HOME-JD", en.get(2).storeCode());
        assertEquals(LocalDate.of(2026, 11, 1), first.date());
        assertEquals(147L, first.count(KpiField.RESPONDED_3MIN), "derived: 99.32% of 148");
        assertEquals(139L, first.count(KpiField.RESPONDED_30S), "derived: 93.92% of 148");
        assertEquals(148L, first.count(KpiField.RESPONSE_SESSIONS));
        assertEquals(new BigDecimal("8.5"), first.decimal(KpiField.ONLINE_HOURS));
    }

    @Test
    void theFixturesCarryTheTemplatesCurrentHeader() throws IOException {
        String en = Files.readAllLines(KpiFixtures.resource("portal-template-en.csv")).get(0);
        assertEquals(new String(ReportTemplate.csv(false), StandardCharsets.UTF_8).substring(1).strip(), en);
        byte[] utf16 = Files.readAllBytes(KpiFixtures.resource("portal-template-zh-utf16.csv"));
        String zh = new String(utf16, 2, utf16.length - 2, StandardCharsets.UTF_16LE).lines().findFirst().orElseThrow();
        assertEquals(new String(ReportTemplate.csv(true), StandardCharsets.UTF_8).substring(1).strip(), zh);
    }
}
