package com.csvendor.portal.web.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.csvendor.portal.kpi.boundary.ImportProfileView;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImportLabelsTest {

    @Test
    void timesStoredInUtcAreShownInBeijingTime() {
        assertEquals("2026-03-01 08:30:00", ImportLabels.at(Instant.parse("2026-03-01T00:30:00Z")));
        assertEquals("2026-03-01 07:59:59", ImportLabels.at(Instant.parse("2026-02-28T23:59:59Z")));
        assertEquals("", ImportLabels.at(null));
    }

    @Test
    void profilesAreShownByTheirNamesAndAnUnknownCodeAsItIs() {
        List<ImportProfileView> profiles = List.of(
                new ImportProfileView(1, "PORTAL", "CS Vendor Portal template · 门户模板", null, true, List.of(), 0),
                new ImportProfileView(2, "JD", "JD · 京东 (咚咚·客服管家)", null, true, List.of(), 0));
        assertEquals("京东（咚咚·客服管家）", ImportLabels.profileName("JD", profiles, Locale.SIMPLIFIED_CHINESE));
        assertEquals("JD (Dongdong, Service Manager)", ImportLabels.profileName("JD", profiles, Locale.ENGLISH));
        assertEquals("CS Vendor Portal template", ImportLabels.profileName("portal", profiles, Locale.ENGLISH));
        assertEquals("GONE", ImportLabels.profileName("GONE", profiles, Locale.ENGLISH));
        assertEquals("", ImportLabels.profileName(null, profiles, Locale.ENGLISH));
    }

    @Test
    void progressIsAWholePercentageRoundedDown() {
        assertEquals(0, ImportLabels.percent(null));
        assertEquals(0, ImportLabels.percent(BigDecimal.ZERO));
        assertEquals(99, ImportLabels.percent(new BigDecimal("0.9999")));
        assertEquals(100, ImportLabels.percent(BigDecimal.ONE));
        assertEquals(100, ImportLabels.percent(new BigDecimal("1.2")));
    }

    @Test
    void pageTextsFormatTheirArguments() {
        assertEquals("Import #12345", Messages.format(Locale.ENGLISH, "kpi.result.title", 12345L));
        assertEquals("导入 #12345", Messages.format(Locale.SIMPLIFIED_CHINESE, "kpi.result.title", 12345L));
        assertEquals("1 new agent registered. Run the import again to import the file.",
                Messages.format(Locale.ENGLISH, "kpi.accounts.registered", 1));
        assertEquals("1,200 data rows read (header and title lines not counted): 1,190 imported, 10 skipped"
                + " (blank or summary rows)", Messages.format(Locale.ENGLISH, "kpi.result.rowCounts", 1190L, 10L, 0L, 1200L));
        assertEquals("3 data rows read: 2 valid, 0 skipped (blank or summary rows), 1 row with errors; none imported",
                Messages.format(Locale.ENGLISH, "kpi.result.rowCountsNotImported", 2L, 0L, 1L, 3L));
    }

    @Test
    void everyBuiltInProfileReadsInTheReadersLanguageOnlyWhileItKeepsItsSeededName() {
        for (var seeded : com.csvendor.portal.kpi.control.BuiltInProfiles.all()) {
            ImportProfileView p = new ImportProfileView(1, seeded.code(), seeded.name(), null, true, List.of(), 0);
            String zh = ImportLabels.profileName(p, Locale.SIMPLIFIED_CHINESE);
            String en = ImportLabels.profileName(p, Locale.ENGLISH);
            assertFalse(en.matches(".*\\p{IsHan}.*"), en);
            assertFalse(zh.matches(".*[A-Za-z]{3,}.*"), zh);
        }
        ImportProfileView renamed = new ImportProfileView(1, "JD", "京东 2027 版", null, true, List.of(), 0);
        assertEquals("京东 2027 版", ImportLabels.profileName(renamed, Locale.ENGLISH));
        ImportProfileView own = new ImportProfileView(9, "JD", "JD · 京东 (咚咚·客服管家)", null, false, List.of(), 0);
        assertEquals("JD · 京东 (咚咚·客服管家)", ImportLabels.profileName(own, Locale.ENGLISH),
                "a profile an administrator made is named as they wrote it");
    }
}
