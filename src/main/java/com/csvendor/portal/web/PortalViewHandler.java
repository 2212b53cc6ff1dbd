package com.csvendor.portal.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * Gives a new view the language the user picked, not only the browser's. The layout's
 * {@code f:view locale} applies the pick when the page renders, which is after a page's
 * {@code f:viewAction}: without this, a backing bean that words things while loading
 * (the contract history's audit actions and field labels) used the browser's language on a page
 * the user had switched to the other one.
 */
public class PortalViewHandler extends ViewHandlerWrapper {

    public PortalViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object session = context.getExternalContext().getSession(false);
        if (session instanceof HttpSession http && http.getAttribute(LocaleBacking.CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        return LocaleBacking.supported(getWrapped().calculateLocale(context));
    }
}
