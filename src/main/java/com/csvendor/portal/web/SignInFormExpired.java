package com.csvendor.portal.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * The sign-in form posted with a view state this server does not know — it was served by another
 * instance behind the load balancer, or before a restart, or long ago — is shown again (a redirect
 * to {@code login.xhtml?expired=1}, which says why in the user's language) instead of an error page: there is nothing to lose on it but the
 * typed password, and the fresh form signs in on this instance. Any other expired page still goes
 * to the expired-page error page (web.xml).
 */
public class SignInFormExpired extends ExceptionHandlerFactory {

    static final String SIGN_IN = "/login.xhtml";

    public SignInFormExpired(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                FacesContext faces = event.getContext().getContext();
                if (expiredSignIn(event.getContext().getException())) {
                    events.remove();
                    showAgain(faces);
                }
            }
            getWrapped().handle();
        }

        private static boolean expiredSignIn(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException expired) {
                    return SIGN_IN.equals(expired.getViewId());
                }
            }
            return false;
        }

        /**
         * A redirect, not the page rendered in this POST: PrimeFaces' CSP mode refuses to render a
         * postback whose view it did not issue ("Missing CSP nonce"), which also broke the error page
         * (the bare 500).
         */
        private static void showAgain(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            var parameters = external.getRequestParameterMap();
            String next = parameters.getOrDefault("login:next", parameters.get("next"));
            String query = "?expired=1" + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            try {
                external.redirect(external.getRequestContextPath() + SIGN_IN + query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
