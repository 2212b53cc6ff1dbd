package com.csvendor.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The reference an error page shows ("ERR-7KQ2M9XA"), written once to the server log with what failed:
 * status, address, user and, for a server error, the exception with its stack trace. Support finds the
 * log entry from the reference a user quotes; the page itself never shows the exception. 404, 403 and
 * an expired view are logged at INFO (the portal answering, not failing), anything else at SEVERE.
 */
@Named
@RequestScoped
public class ErrorReference {

    static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

    /** No 0/O, 1/I/L: a reference read out on the phone or retyped from a screenshot stays unambiguous. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    private String id;

    /** The reference of this request's error, created and logged the first time the page asks for it. */
    public String getId() {
        if (id == null) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            id = next();
            LOG.log(record(id, status instanceof Integer s ? s : 500, String.valueOf(uri), request.getRemoteUser(),
                    thrown instanceof Throwable t ? t : null));
        }
        return id;
    }

    static String next() {
        StringBuilder out = new StringBuilder("ERR-");
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    static LogRecord record(String id, int status, String uri, String user, Throwable thrown) {
        boolean answered = thrown == null ? status == 404 || status == 403 : expired(thrown);
        LogRecord r = new LogRecord(answered ? Level.INFO : Level.SEVERE,
                "Error reference {0}: HTTP {1} for {2} (user {3}){4}");
        r.setParameters(new Object[] {id, String.valueOf(status), uri, user == null ? "-" : user,
                thrown == null ? "" : ": " + thrown});
        r.setThrown(thrown);
        r.setLoggerName(LOG.getName());
        return r;
    }

    /** A view that expired (a page left open past the session) is the user's situation, not a fault. */
    private static boolean expired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
