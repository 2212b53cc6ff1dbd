package com.csvendor.portal.contract.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.Messages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContractAlertTextTest {

    @Test
    void aNoticePeriodAlertNamesContractVendorEndAndDaysLeft() {
        ContractAlert alert = new ContractAlert(ContractAlert.Kind.NOTICE_PERIOD, 7, "HT-2031-01", "好家居京东自营店",
                "星辰客服", LocalDate.of(2031, 12, 31), 12, null, 0);
        assertEquals("Contract HT-2031-01 with vendor 星辰客服 ends on 2031-12-31 — notice period has started (12 days left)",
                alert.text(Locale.ENGLISH));
    }

    @Test
    void aPromotionAlertNamesPromotionContractStartAndHeadcount() {
        ContractAlert alert = new ContractAlert(ContractAlert.Kind.PROMOTION_STAFFING, 7, "HT-2031-01", "店", "星辰客服",
                LocalDate.of(2031, 11, 1), 5, "双11", 1200);
        assertEquals("合同 HT-2031-01 的大促 双11 于 2031-11-01 开始：请现在申请 1,200 名客服",
                alert.text(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Messages.format(Locale.ENGLISH, "home.alert.PROMOTION_STAFFING", "双11", "HT-2031-01",
                "2031-11-01", 1200), alert.text(Locale.ENGLISH));
    }

    @Test
    void oneIsSingularInEnglish() {
        ContractAlert alert = new ContractAlert(ContractAlert.Kind.NOTICE_PERIOD, 7, "HT-2031-01", "店", "星辰客服",
                LocalDate.of(2031, 12, 31), 1, null, 0);
        assertTrue(alert.text(Locale.ENGLISH).endsWith("(1 day left)"));
    }
}
