package com.csvendor.portal.web;

import com.csvendor.portal.shared.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * The sign-in form posted with a view state this server does not know — it was served by another
 * instance behind the load balancer, or before a restart, or long ago — is shown again with the
 * reason, in the user's language, instead of an error page: there is nothing to lose on it but the
 * typed password, and the fresh form signs in on this instance. Any other expired page still goes
 * to the expired-page error page (web.xml).
 */
public class SignInFormExpired extends ExceptionHandlerFactory {

    static final String SIGN_IN = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(SignInFormExpired.class.getName());

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

        private static void showAgain(FacesContext faces) {
            LOG.fine("Sign-in form with an unknown view state: shown again");
            UIViewRoot fresh = faces.getApplication().getViewHandler().createView(faces, SIGN_IN);
            faces.setViewRoot(fresh);
            var parameters = faces.getExternalContext().getRequestParameterMap();
            String next = parameters.getOrDefault("login:next", parameters.get("next"));
            CDI.current().select(LoginBacking.class).get().setNext(next);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.format(fresh.getLocale(), "login.expired"), null));
            faces.renderResponse();
        }
    }
}
