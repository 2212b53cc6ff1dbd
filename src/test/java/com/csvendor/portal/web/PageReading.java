package com.csvendor.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a business user must never read on a page, found in the page as the browser shows it: a
 * message key of the bundles, a constant's name ({@code REVIEW_FOLLOW_UP}), an English label on a
 * Chinese page or a Chinese one on an English page, and a word broken one character per line.
 */
final class PageReading {

    /**
     * Labels, section headings and tags: the portal's own words, never data (a select menu's label shows
     * the chosen item, a checkbox a store's or vendor's name, a column header may be a vendor's name, a
     * title a record's: those are left out; so is the language picker, where each language is named in
     * itself).
     */
    private static final String LABELS = ".portal-term-label, .ui-outputlabel, .ui-tag, .portal-status,"
            + " .portal-doc-heading";
    /**
     * A Chinese legal term kept beside its English one, e.g. "Earnest money (定金)" against "Advance
     * payment (订金)", which English words alone cannot tell apart: a gloss, not a mixed label.
     */
    private static final Pattern GLOSS = Pattern.compile("\\s*\\([^()]*\\p{IsHan}[^()]*\\)");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z0-9_]+\\b");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{3,}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    /** Text nodes of two or more characters that the browser lays out one character per line. */
    private static final String BROKEN = """
            const out = [];
            const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.textContent.replace(/\\s+/g, '');
              if (text.length < 2 || !n.parentElement || n.parentElement.offsetParent === null) continue;
              const range = document.createRange();
              range.selectNodeContents(n);
              const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (lines.size >= 2 && lines.size >= text.length) out.push(text);
            }
            return out;""";

    private static final List<String> KEYS = keys();

    private PageReading() {
    }

    /** What is wrong on the page now, in words for a test's message; empty when nothing is. */
    static List<String> problems(Browser b, boolean chinese) {
        List<String> out = new ArrayList<>();
        String text = b.text();
        for (String key : KEYS) {
            if (text.contains(key)) {
                out.add("message key " + key);
            }
        }
        var constant = CONSTANT.matcher(text);
        while (constant.find()) {
            out.add("code " + constant.group());
        }
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) ((JavascriptExecutor) b.driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).filter(e => e.offsetParent !== null)"
                        + ".map(e => e.innerText.trim()).filter(t => t.length > 0);", LABELS);
        for (String label : labels) {
            boolean other = chinese ? ENGLISH.matcher(label).find()
                    : CHINESE.matcher(GLOSS.matcher(label).replaceAll("")).find();
            if (other) {
                out.add((chinese ? "English label on a Chinese page: " : "Chinese label on an English page: ") + label);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) ((JavascriptExecutor) b.driver).executeScript(BROKEN);
        broken.forEach(w -> out.add("one character per line: " + w));
        return out;
    }

    /** The bundle's keys with at least two dots (one-dot keys such as "app.title" could be ordinary words). */
    private static List<String> keys() {
        Properties p = new Properties();
        try (InputStream in = PageReading.class.getResourceAsStream("/i18n/messages.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p.stringPropertyNames().stream().filter(k -> k.chars().filter(c -> c == '.').count() >= 2).sorted()
                .toList();
    }
}
