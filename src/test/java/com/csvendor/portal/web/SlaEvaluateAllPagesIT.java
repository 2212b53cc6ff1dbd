package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.shared.BusinessTime;
import java.net.URL;
import java.time.Duration;
import java.time.YearMonth;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Evaluate all" on the SLA list: finance starts the month's evaluation of every signed contract and
 * follows its progress bar to the end (English); the administrator sees it in Chinese; a store
 * manager does not get it.
 */
@ExtendWith(ArquillianExtension.class)
class SlaEvaluateAllPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void financeEvaluatesAMonthForEveryContractAndSeesItsProgressToTheEnd() throws Exception {
        String lastMonth = YearMonth.now(BusinessTime.ZONE).minusMonths(1).toString();
        try (Browser finance = new Browser(Deployments.onLoopback(base), "en")) {
            finance.signIn("finance", "finance123");
            finance.open("sla/list.xhtml");
            assertEquals("Evaluate all contracts", finance.find("evaluate-all-form:evaluate-all").getText());
            finance.selectByLabel("evaluate-all-form:month", lastMonth);
            finance.usable("evaluate-all-form:evaluate-all").click();
            // Every signed contract of the shared test database: give it time on a busy machine.
            finance.waiting(Duration.ofSeconds(600)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("evaluate-all-form:job-state"), "Evaluation finished"));
            String state = finance.find("evaluate-all-form:job-state").getText();
            assertTrue(state.matches("Evaluation finished: (\\d+) of \\1 contracts done\\."), state);
            assertTrue(finance.find("evaluate-all-form:job-summary").getText().contains("contracts evaluated"),
                    finance.find("evaluate-all-form:job-summary").getText());
            assertTrue(finance.find("evaluate-all-form:job-progress").getText().contains("100%"),
                    finance.find("evaluate-all-form:job-progress").getText());
            assertTrue(finance.usable("evaluate-all-form:evaluate-all").isEnabled());
        }
        try (Browser admin = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            admin.signIn("admin", "admin123");
            admin.open("sla/list.xhtml");
            assertEquals("评估全部合同", admin.find("evaluate-all-form:evaluate-all").getText());
            assertFalse(admin.text().contains("???"), admin.text());
        }
        try (Browser manager = new Browser(Deployments.onLoopback(base), "en")) {
            manager.signIn("manager", "manager123");
            manager.open("sla/list.xhtml");
            assertFalse(manager.present("evaluate-all-form:evaluate-all"));
        }
    }
}
