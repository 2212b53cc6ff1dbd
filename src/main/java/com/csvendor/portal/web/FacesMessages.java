package com.csvendor.portal.web;

import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.shared.Failures;
import com.csvendor.portal.shared.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Puts user messages on the page in the view's language. The one place JSF shows business errors. */
public final class FacesMessages {

    private static final Logger LOG = Logger.getLogger(FacesMessages.class.getName());

    private FacesMessages() {
    }

    public static String text(String key, Object... arguments) {
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, arguments));
    }

    public static void error(String clientId, String text) {
        add(FacesMessage.SEVERITY_ERROR, clientId, text);
    }

    /** Shows what went wrong in a service call; anything unexpected is rethrown to the error page. */
    public static void error(RuntimeException thrown) {
        Throwable e = Failures.unwrap(thrown);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof BusinessException be && be.findings().size() > 1) {
            be.findings().forEach(f -> error(null, f.message(faces.getViewRoot().getLocale())));
        } else if (e instanceof BusinessException be) {
            error(null, be.localizedMessage(faces.getViewRoot().getLocale()));
        } else if (e instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().forEach(v ->
                    error(null, Failures.fieldOf(v.getPropertyPath()) + ": " + v.getMessage()));
        } else if (Failures.isAccessDenied(e)) {
            LOG.log(Level.WARNING, "Refused 403: user {0} on page action of {1}", new Object[] {
                    faces.getExternalContext().getRemoteUser(), faces.getViewRoot().getViewId()});
            error(null, text("error.forbidden"));
        } else if (e instanceof OptimisticLockException) {
            error(null, text("error.version.stale"));
        } else {
            throw thrown;
        }
        faces.validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
