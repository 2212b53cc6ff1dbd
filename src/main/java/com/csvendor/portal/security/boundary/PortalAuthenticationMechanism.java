package com.csvendor.portal.security.boundary;

import com.csvendor.portal.shared.Failures;
import com.csvendor.portal.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One mechanism for both doors (Jakarta Security 3 allows one per application): the sign-in page
 * authenticates through {@code SecurityContext.authenticate} and gets a session whose id changes at
 * that moment; {@code /api/*} takes HTTP Basic on every request over the same user store and
 * answers 401 instead of redirecting.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    private static final String REALM = "Basic realm=\"CS Vendor Portal\", charset=\"UTF-8\"";

    @Inject
    SignInGuard guard;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!Failures.isDatabaseUnavailable(e)) {
                throw e;
            }
            LOG.log(Level.SEVERE, "Sign-in impossible: the database does not answer", e);
            return unavailable(request, response);
        }
    }

    /** 503 instead of a failed sign-in: the user did nothing wrong and should try again later. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            if (isApi(request)) {
                response.setStatus(503);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("status", 503)
                        .add("title", Messages.format(request.getLocale(), "error.unavailable")).build().toString());
                response.flushBuffer();
            } else {
                response.sendError(503);
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api");
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential form) {
            CredentialValidationResult result = guard.validate(form, request.getRemoteAddr(), "form");
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT
                    : guard.validate(basic, request.getRemoteAddr(), "basic");
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            response.setHeader("WWW-Authenticate", REALM);
            return context.responseUnauthorized();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", REALM);
            return context.responseUnauthorized();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null
                    : new UsernamePasswordCredential(pair.substring(0, colon), new Password(pair.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
