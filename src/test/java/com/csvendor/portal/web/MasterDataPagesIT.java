package com.csvendor.portal.web;

import static com.csvendor.portal.security.Api.ADMIN;
import static com.csvendor.portal.security.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.Deployments;
import com.csvendor.portal.security.Api;
import com.csvendor.portal.vendor.entity.CreditCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The master-data pages used as their users would: in both languages, through the dialogs. */
@ExtendWith(ArquillianExtension.class)
class MasterDataPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorCreatesAndDeactivatesAStoreInChinese() {
        String code = "IT" + System.nanoTime() % 1_000_000_000L;
        try (Browser browser = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            browser.signIn("admin", "admin123");
            browser.open("stores/list.xhtml");
            browser.find("stores-form:new-store").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("store-dialog-form:code")));
            browser.find("store-dialog-form:code").sendKeys(code);
            browser.find("store-dialog-form:name").sendKeys("测试旗舰店");
            select(browser, "store-dialog-form:platform", "KUAISHOU");
            browser.find("store-dialog-form:save-store").click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("stores-form:stores"), code));
            assertTrue(browser.find("stores-form:stores").getText().contains("快手"), "platform shown in Chinese");

            String row = rowOf(browser, "stores-form:stores", code);
            browser.find(row + ":deactivate").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(row + ":reactivate")));
        }
    }

    @Test
    void aWrongCreditCodeIsExplainedInTheDialogAndNothingIsSaved() {
        String first17 = "91330106MA" + String.format("%07d", System.nanoTime() % 10_000_000L);
        char right = CreditCode.checkCharacter(first17);
        char wrong = right == '1' ? '2' : '1';
        String name = "测试供应商" + first17.substring(10);
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("admin", "admin123");
            browser.open("vendors/list.xhtml");
            browser.find("vendors-form:new-vendor").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("vendor-dialog-form:name")));
            browser.find("vendor-dialog-form:name").sendKeys(name);
            browser.find("vendor-dialog-form:legalName").sendKeys(name + "有限公司");
            browser.find("vendor-dialog-form:creditCode").sendKeys(first17 + wrong);
            select(browser, "vendor-dialog-form:taxpayerType", "SMALL_SCALE");
            browser.find("vendor-dialog-form:save-vendor").click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("vendor-dialog-form"),
                    "should be \"" + right + "\""));
            assertFalse(browser.find("vendors-form:vendors").getText().contains(name), "nothing saved");

            browser.find("vendor-dialog-form:creditCode").clear();
            browser.find("vendor-dialog-form:creditCode").sendKeys(first17 + right);
            browser.find("vendor-dialog-form:save-vendor").click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("vendors-form:vendors"), name));
        }
    }

    @Test
    void aVendorLeadAddsAnAgentWithAPlatformAccountAndMarksThemLeft() {
        String name = "新客服" + System.nanoTime() % 100_000;
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("vendor", "vendor123");
            browser.clickAndWaitForPage(By.id("nav:menu-agents"));
            assertTrue(browser.find("vendor-name").getText().contains("云帆客服"));
            browser.find("agents-form:new-agent").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("agent-dialog-form:displayName")));
            browser.find("agent-dialog-form:displayName").sendKeys(name);
            // A new agent starts with one empty account row.
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("agent-dialog-form:accounts:0:accountName")));
            selectFirstOption(browser, "agent-dialog-form:accounts:0:store");
            browser.find("agent-dialog-form:accounts:0:accountName").sendKeys("萌宠旗舰店:" + name);
            browser.find("agent-dialog-form:save-agent").click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agents-form:agents"), name));

            String row = rowOf(browser, "agents-form:agents", name);
            browser.find(row + ":leave").click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(row + ":rejoin")));
        }
    }

    @Test
    void aStoreManagerReadsStoresButCannotChangeThem() {
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn("manager", "manager123");
            browser.open("stores/list.xhtml");
            String stores = browser.find("stores-form:stores").getText();
            assertTrue(stores.contains("PETS-TM") && stores.contains("HOME-JD"));
            assertFalse(stores.contains("BEAUTY-DY"), "a store not assigned to the manager");
            assertFalse(browser.present("stores-form:new-store"));
            assertFalse(browser.present("stores-form:stores:0:edit"));
        }
    }

    @Test
    void anAdministratorAddsAHeaderAliasToTheJdProfileInChinese() {
        String header = "咚咚询单转化率" + System.nanoTime() % 100_000;
        try (Browser browser = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            browser.signIn("admin", "admin123");
            browser.clickAndWaitForPage(By.id("nav:menu-kpi-profiles"));
            String row = rowOf(browser, "profiles-form:profiles", "咚咚");
            int before = Integer.parseInt(browser.find(row + ":aliases").getText());
            browser.usable(row + ":edit").click();
            browser.usable("profile-dialog-form:name");
            String added = "profile-dialog-form:aliases:" + before;
            browser.usable("profile-dialog-form:add-alias").click();

            // A header the profile has already (spaces do not count) is explained next to its row.
            browser.usable(added + ":header").sendKeys("客服 账号");
            select(browser, added + ":field", "CONVERSION_RATE");
            browser.usable("profile-dialog-form:save-profile").click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-dialog-form"),
                    "重复"));
            assertTrue(browser.find("profile-dialog-form:aliases").getText().contains("重复"), "message at the row");

            WebElement input = browser.usable(added + ":header");
            input.clear();
            input.sendKeys(header);
            browser.usable("profile-dialog-form:save-profile").click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id(row + ":aliases"), String.valueOf(before + 1)));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("profile-dialog")));

            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='profiles-form:profiles_data'] > tr[data-ri='"
                    + row.substring(row.lastIndexOf(':') + 1) + "'] .ui-row-toggler"))).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("profiles-form:profiles"),
                    header));
            assertTrue(browser.find("profiles-form:profiles").getText().contains(header + " → 询单转化率（报表值）"),
                    "the new header listed with the field's Chinese label");
        }
    }

    @Test
    void aUserChoosesTheirNotificationsAndTheirLanguageOnMySettingsInBothLanguages() {
        Api api = new Api(Deployments.onLoopback(base));
        String name = ("h18mweb" + Long.toString(System.nanoTime(), 36)).toLowerCase(java.util.Locale.ROOT);
        Api.Login me = new Api.Login(name, "Throwaway-pw-1");
        long id = expect(201, api.post(ADMIN, "api/users", Json.createObjectBuilder().add("username", name)
                .add("displayName", name).add("password", me.password()).add("roles", Json.createArrayBuilder()
                        .add("FINANCE").add("STORE_MANAGER")).add("email", name + "@h18m.test").build())).json()
                .getJsonNumber("id").longValue();
        try (Browser browser = new Browser(Deployments.onLoopback(base), "zh-CN")) {
            browser.signIn(name, me.password());
            browser.clickAndWaitForPage(By.id("nav:settings"));
            String page = browser.text();
            assertTrue(page.contains("我的设置") && page.contains(name + "@h18m.test") && page.contains("供应商对结算单提出异议")
                    && page.contains("服务商的日报逾期未交"), page);
            browser.find("settings-form:notifications").findElement(By.cssSelector(".ui-chkbox-box")).click();
            browser.find("settings-form:language").findElements(By.cssSelector(".ui-radiobutton-box")).get(1).click();
            browser.find("settings-form:save-settings").click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-form:messages"),
                    "设置已保存"));
        }
        JsonObject saved = expect(200, api.get(me, "api/me/notification-preferences")).json();
        assertEquals("en", saved.getString("language"), saved::toString);
        assertEquals(false, saved.getJsonArray("notifications").getJsonObject(0).getBoolean("enabled"), saved::toString);
        try (Browser browser = new Browser(Deployments.onLoopback(base), "en")) {
            browser.signIn(name, me.password());
            browser.open("settings.xhtml");
            String page = browser.text();
            assertTrue(page.contains("My settings") && page.contains("a vendor disputes a statement")
                    && page.contains("a daily report owed by my vendor or to my stores is missing past its due time")
                    && !page.contains("notificationKind."), page);
        } finally {
            expect(200, api.post(ADMIN, "api/users/" + id + "/deactivate", null));
        }
    }

    private static void select(Browser browser, String clientId, String value) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "PF(arguments[0]).selectValue(arguments[1]);", widget(clientId), value);
    }

    private static void selectFirstOption(Browser browser, String clientId) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "var w = PF(arguments[0]); var o = w.input.find('option').filter(function(){return this.value;}).first();"
                        + " w.selectValue(o.val());", widget(clientId));
    }

    private static String widget(String clientId) {
        return "widget_" + clientId.replace(':', '_').replace('-', '_');
    }

    /** The client id of the table row whose text contains the given text, e.g. {@code stores-form:stores:3}. */
    private static String rowOf(Browser browser, String tableId, String text) {
        var rows = browser.driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return tableId + ":" + rows.get(i).getAttribute("data-ri");
            }
        }
        throw new AssertionError(text + " not in " + tableId);
    }
}
