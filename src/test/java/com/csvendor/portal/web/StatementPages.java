package com.csvendor.portal.web;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a user does on the settlement pages, step by step, as the browser tests need it. */
final class StatementPages {

    static final String REFERENCE = "CMB-20011231-0042";

    private StatementPages() {
    }

    /** On the list: generates the contract's cycle through the dialog and lands on the statement; answers its id. */
    static long generateOne(Browser browser, String contractNumber, LocalDate dayOfCycle) {
        browser.usable("statements-form:generate-one").click();
        settled(browser);
        browser.selectByLabel("generate-dialog-form:contract", contractNumber);
        browser.date("generate-dialog-form:cycle-start_input", dayOfCycle);
        browser.usable("generate-dialog-form:generate").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("statement-form:number")));
        return idInAddress(browser);
    }

    /**
     * On the list: starts generating every closed cycle's missing statement in the background and
     * waits until the polled progress says it finished (English page).
     */
    static void generateClosed(Browser browser) {
        WebElement button = browser.usable("statements-form:generate-closed");
        button.click();
        // A background job over every signed contract of the shared test database: give it time on a busy machine.
        browser.waiting(java.time.Duration.ofSeconds(120)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("statements-form:job-state"), "Generation finished"));
    }

    /** On the list: only the statements whose cycles overlap these days. */
    static void period(Browser browser, LocalDate from, LocalDate to) {
        browser.date("statements-form:from_input", from);
        browser.date("statements-form:to_input", to);
        WebElement search = browser.usable("statements-form:search");
        search.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(search));
        settled(browser);
    }

    /** On the list: opens the statement whose number starts so; answers its id. */
    static long open(Browser browser, String numberPrefix) {
        browser.clickAndWaitForPage(By.xpath("//tbody[@id='statements-form:statements_data']//a[starts-with("
                + "normalize-space(.), '" + numberPrefix + "')]"));
        return idInAddress(browser);
    }

    static String status(Browser browser) {
        return browser.find("statement-form:status-tag").getText();
    }

    /** A workflow button that posts the page (issue, revise, approve, recompute). */
    static void press(Browser browser, String button) {
        browser.usable("statement-form:" + button);
        browser.clickAndWaitForPage(By.id("statement-form:" + button));
    }

    /**
     * A step with a dialog (confirm, dispute, pay): opens it, gives the comment (or, to pay, the
     * reference) and submits. The dialog closes when the step is done and stays open with a message
     * when the input is refused.
     */
    static void step(Browser browser, String button, String comment) {
        browser.usable("statement-form:" + button).click();
        settled(browser);
        if (button.equals("pay")) {
            // The dialog focuses the payment date, whose calendar pops up over the fields below it.
            browser.find("step-dialog_title").click();
            settled(browser);
            type(browser, "step-dialog-form:reference", REFERENCE);
        }
        submitStep(browser, comment);
    }

    static void submitStep(Browser browser, String comment) {
        if (comment != null) {
            type(browser, "step-dialog-form:comment", comment);
        }
        browser.usable("step-dialog-form:submit").click();
        settled(browser);
        browser.waiting().until(d -> !browser.find("step-dialog").isDisplayed()
                || !browser.find("step-dialog-form:step-messages").getText().isBlank());
    }

    /** Records the vendor's invoice with this number and type; the amounts stay the statement's. */
    static void recordInvoice(Browser browser, String number, String typeLabel) {
        browser.usable("statement-form:record-invoice").click();
        settled(browser);
        type(browser, "invoice-dialog-form:invoice-number", number);
        browser.selectByLabel("invoice-dialog-form:invoice-type", typeLabel);
        browser.usable("invoice-dialog-form:save-invoice").click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("invoice-dialog")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("statement-form:invoice-flags")));
    }

    /** Waits until no ajax request is under way and nothing moves (a dialog or pop-up opening or closing). */
    static void settled(Browser browser) {
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0"
                        + " && jQuery(':animated').length === 0;")));
    }


    /** Replaces an input's text. */
    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.usable(id);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        browser.waiting().withMessage(() -> id + " shows " + browser.find(id).getAttribute("value") + ", not " + text)
                .until(d -> text.equals(browser.find(id).getAttribute("value")));
    }

    private static long idInAddress(Browser browser) {
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
