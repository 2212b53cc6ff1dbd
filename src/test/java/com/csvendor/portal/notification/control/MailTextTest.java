package com.csvendor.portal.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.notification.entity.NotificationKind;
import com.csvendor.portal.sla.boundary.SlaSubjects;
import com.csvendor.portal.sla.entity.DisputeSubject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Mails read in the reader's language, name the record and link to its page, and show no internal code. */
class MailTextTest {

    private static final String BASE = "https://portal.example.com/";

    private final Notice raised = new Notice(NotificationKind.DISPUTE_RAISED, Notice.Concerns.store(3),
            "sla/contract.xhtml?id=12", List.of("YF-PETS-2026", "萌宠旗舰店", "云帆客服",
                    new Notice.Text(SlaSubjects.BREACH, SlaSubjects.breach(Metric.FIRST_RESPONSE_SECONDS,
                            SlaWindow.DAILY, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))),
                    new Notice.Text("notification.decision.accepted"), "当天系统故障"));

    /** The dispute's subject as the home queue words it (Wording through SlaSubjects), from the service's code. */
    private static final String HOME_QUEUE_ZH = new SlaSubjects(Locale.SIMPLIFIED_CHINESE)
            .subject(DisputeSubject.BREACH, "FIRST_RESPONSE_SECONDS DAILY 2026-03-01");
    private static final String HOME_QUEUE_EN = new SlaSubjects(Locale.ENGLISH)
            .subject(DisputeSubject.BREACH, "FIRST_RESPONSE_SECONDS DAILY 2026-03-01");

    @Test
    void aDisputeReadsInChineseForAChineseReader() {
        MailText.Mail m = MailText.of(raised, "wang@example.com", Locale.SIMPLIFIED_CHINESE, BASE);
        assertEquals("待处理异议：云帆客服对" + HOME_QUEUE_ZH + "提出异议", m.subject());
        assertTrue(m.body().contains("YF-PETS-2026") && m.body().contains("萌宠旗舰店") && m.body().contains("当天系统故障"),
                m.body());
        assertTrue(m.body().contains("https://portal.example.com/sla/contract.xhtml?id=12"), m.body());
        assertTrue(m.body().contains("https://portal.example.com/settings.xhtml"), m.body());
        assertFalse(m.body().matches("(?s).*[A-Z]+_[A-Z]+.*"), () -> "a constant's name in " + m.body());
        assertEquals("wang@example.com", m.to());
    }

    @Test
    void theSameNoticeReadsInEnglishForAnEnglishReader() {
        MailText.Mail m = MailText.of(raised, "li@example.com", Locale.ENGLISH, BASE);
        assertEquals("Dispute to decide: 云帆客服 disputes " + HOME_QUEUE_EN, m.subject());
        assertTrue(m.body().contains("Open it in the portal: https://portal.example.com/sla/contract.xhtml?id=12"),
                m.body());
        assertTrue(m.body().contains("a vendor disputes a breach or an incident in my stores"), m.body());
        assertFalse(m.body().matches("(?s).*[A-Z]+_[A-Z]+.*"), () -> "a constant's name in " + m.body());
    }

    /** A missing daily report names the store, vendor, day and due time, in either language. */
    @Test
    void aMissingDailyReportNamesStoreVendorDayAndDueTime() {
        Notice missing = new Notice(NotificationKind.REPORT_MISSING, Notice.Concerns.both(7, 3),
                "contracts/reports.xhtml?id=12", List.of("YF-PETS-2026", "萌宠旗舰店", "云帆客服", "2026-12-03",
                        "2026-12-04 12:00"));
        MailText.Mail zh = MailText.of(missing, "wang@example.com", Locale.SIMPLIFIED_CHINESE, BASE);
        assertEquals("日报缺失：云帆客服（萌宠旗舰店）2026-12-03", zh.subject());
        assertTrue(zh.body().contains("北京时间 2026-12-04 12:00") && zh.body().contains("YF-PETS-2026"), zh.body());
        MailText.Mail en = MailText.of(missing, "li@example.com", Locale.ENGLISH, BASE);
        assertEquals("Daily report missing: 云帆客服 for 萌宠旗舰店, 2026-12-03", en.subject());
        assertTrue(en.body().contains("was due at 2026-12-04 12:00 Beijing time"), en.body());
        assertTrue(en.body().contains("https://portal.example.com/contracts/reports.xhtml?id=12"), en.body());
        assertFalse(en.body().matches("(?s).*[A-Z]+_[A-Z]+.*"), () -> "a constant's name in " + en.body());
    }

    /** A short staffing day's dispute reads alike in mail and on the home queue, in both languages, with no code. */
    @Test
    void aStaffingDayDisputeNamesTheDay() {
        Notice staffing = new Notice(NotificationKind.DISPUTE_RAISED, Notice.Concerns.store(3),
                "sla/contract.xhtml?id=12", List.of("YF-PETS-2026", "萌宠旗舰店", "云帆客服",
                        new Notice.Text(SlaSubjects.STAFFING_DAY, "2026-12-12"),
                        new Notice.Text("notification.decision.accepted"), "当天平台故障"));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String queue = new SlaSubjects(locale).subject(DisputeSubject.STAFFING_DAY, "2026-12-12");
            assertTrue(queue.contains("2026-12-12") && !queue.equals("2026-12-12"), queue);
            MailText.Mail m = MailText.of(staffing, "wang@example.com", locale, BASE);
            assertTrue(m.subject().contains(queue), m.subject() + " / " + queue);
            assertFalse(m.subject().matches("(?s).*[A-Z]+_[A-Z]+.*"), m.subject());
        }
    }

    @Test
    void aRefusedImportGivesItsReasonInTheReadersLanguage() {
        Notice refused = new Notice(NotificationKind.IMPORT_REFUSED, Notice.Concerns.user("vendor"),
                "kpi/import.xhtml?id=5", List.of("daily.csv", "萌宠旗舰店", new Notice.Text("kpi.import.noRows"), 0L));
        String zh = MailText.of(refused, "a@example.com", Locale.SIMPLIFIED_CHINESE, BASE).body();
        String en = MailText.of(refused, "a@example.com", Locale.ENGLISH, BASE).body();
        assertFalse(zh.contains("kpi.import.noRows") || en.contains("kpi.import.noRows"), zh + en);
        assertTrue(zh.contains("daily.csv") && en.contains("daily.csv"));
        assertFalse(zh.equals(en));
    }

    @Test
    void everyKindHasASubjectAndABodyInBothLanguages() {
        for (NotificationKind k : NotificationKind.values()) {
            Notice n = new Notice(k, Notice.Concerns.everyone(), "index.xhtml", List.of("A", "B", "C", "D", "E",
                    "F", "G", "H"));
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                MailText.Mail m = MailText.of(n, "x@example.com", l, BASE);
                assertFalse(m.subject().startsWith("notification.") || m.body().startsWith("notification."), m::toString);
                assertFalse(m.subject().contains("\n"), m::subject);
            }
        }
    }

    @Test
    void linksHaveOneSlashBetweenBaseAndPath() {
        assertEquals("http://h:8080/kpi/import.xhtml?id=1", MailText.link("http://h:8080", "/kpi/import.xhtml?id=1"));
        assertEquals("http://h:8080/kpi/import.xhtml?id=1", MailText.link("http://h:8080/", "kpi/import.xhtml?id=1"));
    }
}
