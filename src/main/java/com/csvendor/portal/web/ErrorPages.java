package com.csvendor.portal.web;

import com.csvendor.portal.shared.Failures;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers a page request with the portal's error pages: an object outside the caller's scope is
 * 404 exactly like a missing one or an id that is no number; a role not allowed is 403.
 */
public final class ErrorPages {

    private ErrorPages() {
    }

    /** The id in a request parameter, if it is a plain number. */
    public static Optional<Long> id(String parameter) {
        return parameter != null && parameter.strip().matches("\\d{1,18}")
                ? Optional.of(Long.valueOf(parameter.strip())) : Optional.empty();
    }

    public static void send(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    /** Sends 404 or 403 for a service call that failed so; rethrows anything else. */
    public static void sendFor(RuntimeException thrown) throws IOException {
        Throwable cause = Failures.unwrap(thrown);
        if (cause instanceof NotFoundException) {
            send(404);
        } else if (Failures.isAccessDenied(cause)) {
            send(403);
        } else {
            throw thrown;
        }
    }
}
