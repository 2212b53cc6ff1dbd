package com.csvendor.portal.security.boundary;

import static com.csvendor.portal.shared.Jsons.JSON;

import com.csvendor.portal.security.control.SessionSignIn;
import com.csvendor.portal.security.control.UserDirectory;
import com.csvendor.portal.shared.Failures;
import com.csvendor.portal.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for both doors (Jakarta Security 3 allows one per application): the sign-in page
 * authenticates through {@code SecurityContext.authenticate} and gets a session whose id changes at
 * that moment; {@code /api/*} takes HTTP Basic on every request over the same user store, creates
 * no session, and answers 401 instead of redirecting.
 * <p>
 * A session keeps only a {@link SessionSignIn}, never the groups (which {@code @AutoApplySession}
 * would re-apply as they were at sign-in): every request takes the user's roles from the directory
 * as they are now, and a deactivated user, a changed password or a session older than
 * {@code portal.session.absolute-hours} ends the session. A session cookie alone authenticates only
 * pages and safe (GET, HEAD) API calls such as the downloads the pages link; a state-changing API
 * call must carry HTTP Basic, so another site cannot make a signed-in browser change anything
 * through the API (the CSRF defence of {@code /api}).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    private static final String REALM = "Basic realm=\"CS Vendor Portal\", charset=\"UTF-8\"";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    @Inject
    SignInGuard guard;

    @Inject
    UserDirectory users;

    @Inject
    @ConfigProperty(name = "portal.session.absolute-hours", defaultValue = "12")
    long absoluteHours;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
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
    static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            if (isApi(request)) {
                response.setStatus(503);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(JSON.createObjectBuilder().add("type", "about:blank").add("status", 503)
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
            CredentialValidationResult result = guard.validate(form, request, "form");
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            users.find(result.getCallerPrincipal().getName()).ifPresent(account -> request.getSession(true)
                    .setAttribute(SessionSignIn.ATTRIBUTE, SessionSignIn.of(account, clock.instant())));
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT
                    : guard.validate(basic, request, "basic");
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            response.setHeader("WWW-Authenticate", REALM);
            return context.responseUnauthorized();
        }
        Optional<AuthenticationStatus> session = fromSession(request, context);
        if (session.isPresent()) {
            return session.get();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            if (request.getSession(false) != null && !SAFE_METHODS.contains(request.getMethod())) {
                LOG.log(Level.WARNING, "Refused 401: {0} {1} with a session cookie but no Basic credentials from {2}",
                        new Object[] {request.getMethod(), SignInGuard.printable(request.getRequestURI()),
                                guard.clientAddress(request)});
            }
            response.setHeader("WWW-Authenticate", REALM);
            return context.responseUnauthorized();
        }
        return toSignInPage(request, response);
    }

    /**
     * A redirect whose Location is the sign-in page's path alone: {@code context.redirect} would let
     * the container prefix it with the request's Host header, which the client chooses.
     */
    private static AuthenticationStatus toSignInPage(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The session's user with the groups they have now; empty if there is none or it just ended. */
    private Optional<AuthenticationStatus> fromSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionSignIn.ATTRIBUTE) instanceof SessionSignIn signIn)
                || isApi(request) && !SAFE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        Optional<Set<String>> groups = signIn.groups(users.find(signIn.username()), clock.instant(),
                Duration.ofHours(absoluteHours));
        if (groups.isEmpty()) {
            LOG.log(Level.INFO, "Session ended: user {0} was deactivated, changed password or signed in over {1} h ago",
                    new Object[] {SignInGuard.printable(signIn.username()), absoluteHours});
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(context.notifyContainerAboutLogin(signIn.username(), groups.get()));
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
