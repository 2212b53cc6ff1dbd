package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A page about one record names it in its title, in both languages; without a record the plain title stands. */
class PageTitlesTest {

    @Test
    void aRecordPageNamesItsRecord() {
        assertEquals("Contract HT-2026-001", PageTitles.of(Locale.ENGLISH, "contracts.view.title", "HT-2026-001"));
        assertEquals("合同 HT-2026-001", PageTitles.of(Locale.SIMPLIFIED_CHINESE, "contracts.view.title", "HT-2026-001"));
        assertEquals("Statement ST-1-20261101", PageTitles.of(Locale.ENGLISH, "settlement.statement.title", "ST-1-20261101"));
        assertEquals("结算单 ST-1-20261101",
                PageTitles.of(Locale.SIMPLIFIED_CHINESE, "settlement.statement.title", "ST-1-20261101"));
        assertEquals("Agents of 云帆客服", PageTitles.of(Locale.ENGLISH, "agents.title", "云帆客服"));
        assertEquals("云帆客服 的客服人员", PageTitles.of(Locale.SIMPLIFIED_CHINESE, "agents.title", "云帆客服"));
        assertEquals("Amend contract O'Neil-1", PageTitles.of(Locale.ENGLISH, "contracts.wizard.AMEND", "O'Neil-1"));
    }

    @Test
    void withoutARecordThePlainTitleStands() {
        assertEquals("Contract", PageTitles.of(Locale.ENGLISH, "contracts.view.title", null));
        assertEquals("合同", PageTitles.of(Locale.SIMPLIFIED_CHINESE, "contracts.view.title", " "));
    }

    @Test
    void everyTitleThatNamesARecordHasItsWordingInBothLanguages() {
        for (String key : new String[] {"contracts.view.title", "contracts.history.title", "contracts.wizard.DRAFT",
                "contracts.wizard.AMEND", "settlement.statement.title", "sla.contract.title", "agents.title",
                "kpi.importPage.title"}) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                String title = PageTitles.of(locale, key, "R-1");
                assertEquals(true, title.contains("R-1") && !title.contains("???") && !title.contains("Of"),
                        locale + " " + key + ": " + title);
            }
        }
    }
}
