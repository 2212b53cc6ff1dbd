package com.csvendor.portal.job.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class JobTextTest {

    @Test
    void theSummaryIsWordedInTheReadersLanguage() {
        String stored = JobText.of("settlement.generateAll.summarySkipped", 1234, "SL-PETS-2026-01, 20260001");
        assertEquals("1,234 statements written; left out because their SLA results could not be brought up to date"
                + " (the server log says why): SL-PETS-2026-01, 20260001.", JobText.text(stored, Locale.ENGLISH));
        assertEquals("已生成 1,234 张结算单；以下合同的 SLA 结果未能更新，未生成结算单（原因见服务器日志）：SL-PETS-2026-01, 20260001。",
                JobText.text(stored, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void englishCountsReadSingularAndPlural() {
        assertEquals("1 statement written.", JobText.text(JobText.of("settlement.generateAll.summary", 1), Locale.ENGLISH));
        assertEquals("No statement written.", JobText.text(JobText.of("settlement.generateAll.summary", 0), Locale.ENGLISH));
    }

    @Test
    void aSummaryWithoutArgumentsIsShownAsItIs() {
        assertEquals("done", JobText.text("done", Locale.ENGLISH));
        assertEquals(null, JobText.text(null, Locale.ENGLISH));
    }
}
