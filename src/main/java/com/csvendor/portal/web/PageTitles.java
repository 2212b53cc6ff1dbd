package com.csvendor.portal.web;

import com.csvendor.portal.shared.Messages;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * A page's title names its record — "Contract HT-2026-001", "结算单 ST-…", "Agents of 云帆客服" — so
 * browser tabs, history and bookmarks tell records apart: key {@code <title key>Of} with the record's
 * name. While there is no record (a page about to answer 404) the plain title stands. Pages call it
 * as {@code pt:title('contracts.view.title', …)}.
 */
public final class PageTitles {

    private PageTitles() {
    }

    public static String title(String key, Object record) {
        return of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, record);
    }

    static String of(Locale locale, String key, Object record) {
        return record == null || record.toString().isBlank() ? Messages.format(locale, key)
                : Messages.format(locale, key + "Of", record.toString());
    }
}
