package com.csvendor.portal.web.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals("JD · 京东 (咚咚·客服管家)", ImportLabels.profileName("JD", profiles));
        assertEquals("CS Vendor Portal template · 门户模板", ImportLabels.profileName("portal", profiles));
        assertEquals("GONE", ImportLabels.profileName("GONE", profiles));
        assertEquals("", ImportLabels.profileName(null, profiles));
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
}
