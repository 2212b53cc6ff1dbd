package com.csvendor.portal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages: taken from the browser (Accept-Language, among zh-CN and English)
 * until the user picks one in the page; the pick lasts for the session.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the pick, read by {@link PortalViewHandler} before the page renders. */
    static final String CHOSEN = "portal.locale";

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return supported(faces.getApplication().getViewHandler().calculateLocale(faces));
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    /** Switches language and stays on the same page. */
    public String change(String languageTag) {
        chosen = supported(Locale.forLanguageTag(languageTag));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getSessionMap().put(CHOSEN, chosen);
        faces.getViewRoot().setLocale(chosen);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
