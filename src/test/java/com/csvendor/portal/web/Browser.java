package com.csvendor.portal.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Debian Chromium with its own profile and browser language, driving the portal. */
final class Browser implements AutoCloseable {

    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

    final WebDriver driver;
    private final String base;
    private final Path profile;
    /** The screen this browser pretends to be ({@link #screen}), or null: its window as it is. */
    private org.openqa.selenium.Dimension screen;

    Browser(URI base, String language) {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        try {
            profile = Files.createTempDirectory("chromium-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // The console, where Chromium reports every script or style the page's CSP refused.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
    }

    /**
     * From now on the pages are laid out for a screen of this size, as on a phone (the page's
     * viewport meta applies). A headless window cannot be narrower than 500 px: Chromium's own
     * emulation of the screen does it, as its device toolbar does.
     */
    void screen(int width, int height) {
        screen = new org.openqa.selenium.Dimension(width, height);
        emulate(screen);
    }

    private void emulate(org.openqa.selenium.Dimension size) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", true));
    }

    /** How much wider than the screen the page is: 0 when nothing overflows to the right. */
    long overflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String user, String password) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        clickAndWaitForPage(By.id("login:submit"));
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    /** Whether the loaded page has the element now; does not wait for it to appear. */
    boolean present(String id) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(By.id(id)).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** Clicks something that loads a new page (a non-ajax button or a link) and waits for it. */
    void clickAndWaitForPage(By by) {
        WebElement element = driver.findElement(by);
        element.click();
        waiting().until(d -> gone(element));
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * The element's page was replaced. Like {@code ExpectedConditions.stalenessOf}, but ChromeDriver
     * also answers "Node with given id does not belong to the document" (not a stale element error)
     * when the page is swapped during the check.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The element, once it can be used: scrolled into the middle of its scrolling containers (a
     * dialog's table, the dialog) and visible and enabled. {@code find} alone can hand out an input
     * a dialog still animates or that lies below a scrolled table's edge ("not interactable").
     */
    WebElement usable(String id) {
        WebElement element = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return waiting().until(ExpectedConditions.elementToBeClickable(element));
    }

    /**
     * Picks a day in a date picker ({@code inputId}: its {@code …_input}) through its widget, as a
     * click in its calendar would, then fires the input's change event for the page's listeners.
     * Typing into the field races with the pop-up calendar, which may write its own day back when
     * it closes (seen in ComparisonPagesIT and SettlementPagesIT under load).
     */
    void date(String inputId, LocalDate day) {
        usable(inputId);
        String widget = "widget_" + inputId.substring(0, inputId.length() - "_input".length()).replaceAll("[:-]", "_");
        ((JavascriptExecutor) driver).executeScript("var w = PF(arguments[0]); w.setDate(new Date(arguments[1],"
                + " arguments[2] - 1, arguments[3])); w.input.trigger('change');", widget, day.getYear(),
                day.getMonthValue(), day.getDayOfMonth());
        waiting().withMessage(() -> inputId + " shows " + find(inputId).getAttribute("value") + ", not " + day)
                .until(d -> day.toString().equals(find(inputId).getAttribute("value")));
    }

    /**
     * Picks the item of a PrimeFaces select menu whose label contains the text, through its widget
     * (as a click on the item would, with its change event). Clicking into the pop-up panel raced
     * with the panel's animation under load (SettlementPagesIT in CI).
     */
    void selectByLabel(String menuId, String label) {
        usable(menuId);
        // The exact label first, then one starting with it, then one containing it: other classes' data share
        // the database ("比测云帆客服" contains "云帆客服"), so the first option containing the label may be theirs.
        ((JavascriptExecutor) driver).executeScript("var w = PF(arguments[0]); var label = arguments[1];"
                + " var exact = null, starts = null, contains = null;"
                + " w.input.find('option').each(function(){ var t = this.text.trim();"
                + "   if (exact === null && t === label) exact = this.value;"
                + "   if (starts === null && t.indexOf(label) === 0) starts = this.value;"
                + "   if (contains === null && t.indexOf(label) >= 0) contains = this.value; });"
                + " w.selectValue(exact !== null ? exact : starts !== null ? starts : contains);",
                "widget_" + menuId.replaceAll("[:-]", "_"), label);
        waiting().withMessage(() -> menuId + " shows " + find(menuId + "_label").getText() + ", not " + label)
                .until(d -> find(menuId + "_label").getText().contains(label));
    }

    WebDriverWait waiting() {
        return waiting(Duration.ofSeconds(15));
    }

    /** For what runs in the background (a job over many contracts): a longer wait. */
    WebDriverWait waiting(Duration limit) {
        return new WebDriverWait(driver, limit);
    }

    String cookie(String name) {
        var c = driver.manage().getCookieNamed(name);
        return c == null ? null : c.getValue();
    }

    /** The whole page as it is, when {@code -Dscreenshots=DIR} asks for the README's pictures; else nothing. */
    void screenshot(String name) throws IOException {
        screenshot(name, 5000);
    }

    /** {@link #screenshot(String)}, the page's top {@code maxHeight} pixels only (a long page, a smaller file). */
    void screenshot(String name, int maxHeight) throws IOException {
        String dir = System.getProperty("screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        org.openqa.selenium.Dimension before = screen != null ? screen : driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        org.openqa.selenium.Dimension whole = new org.openqa.selenium.Dimension(before.getWidth(),
                (int) Math.min(Math.max(height, before.getHeight()), maxHeight));
        if (screen != null) {
            emulate(whole);
        } else {
            driver.manage().window().setSize(whole);
        }
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, name), png);
        if (screen != null) {
            emulate(screen);
        } else {
            driver.manage().window().setSize(before);
        }
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * The Content-Security-Policy violations the console reported since the last call: each a
     * script, handler or style of a page the policy refused, which then did not run. Every browser
     * test checks them when it closes its browser.
     */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    /** Closes the browser; fails if a page it showed had something refused by the CSP. */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = cspViolations();
        } finally {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("the pages broke their Content-Security-Policy: " + violations);
        }
    }
}
