package com.csvendor.portal.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs every request refused for its role (403) with user, method, path and client address: the
 * REST answers as they leave the resource, the pages the container refuses when it forwards to
 * the 403 error page. Refused sign-ins are logged by {@link SignInGuard}, a cookie-only API change
 * by {@link PortalAuthenticationMechanism}; the 401 challenge to an anonymous first request is the
 * normal start of every sign-in and not logged.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class RefusalLog extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());
    private static final String LOGGED = RefusalLog.class.getName() + ".logged";

    @Inject
    SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            log(request, request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        log(request, response.getStatus(), request.getRequestURI());
    }

    private void log(HttpServletRequest request, Object status, Object path) {
        if (request.getAttribute(LOGGED) != null) {
            return;
        }
        line(status instanceof Integer code ? code : 0, request.getRemoteUser(), request.getMethod(),
                path == null ? request.getRequestURI() : path.toString(), guard.clientAddress(request))
                .ifPresent(line -> {
                    request.setAttribute(LOGGED, Boolean.TRUE);
                    LOG.log(Level.WARNING, line);
                });
    }

    /** The log line for an answer with this status, if it is a refusal worth logging. */
    static Optional<String> line(int status, String user, String method, String path, String client) {
        if (status != 403 && !(status == 401 && user != null)) {
            return Optional.empty();
        }
        return Optional.of("Refused " + status + ": user " + SignInGuard.printable(user == null ? "(anonymous)" : user)
                + " " + SignInGuard.printable(method) + " " + printablePath(path) + " from " + client);
    }

    private static String printablePath(String path) {
        String cleaned = path == null ? "" : path.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }
}
