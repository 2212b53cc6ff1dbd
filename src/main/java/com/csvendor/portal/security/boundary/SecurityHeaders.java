package com.csvendor.portal.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers of every answer (OWASP ASVS V3.4), in one place: the pages through
 * {@link SecurityHeadersFilter}, and the answers the container sends before any filter — the 401
 * challenge, the redirect to the sign-in page, a 403 for a page the role may not open — through
 * {@link PortalAuthenticationMechanism}, which runs first on every request.
 * <p>
 * Scripts: only the portal's own files and, on pages, the inline scripts PrimeFaces writes with
 * the request's nonce (its CSP mode, {@code primefaces.CSP}); no {@code 'unsafe-inline'}, no
 * {@code 'unsafe-eval'}. Styles keep {@code 'unsafe-inline'}: PrimeFaces positions its widgets with
 * inline styles, which cannot run code. Everything but the static resources is {@code no-store}:
 * pages, statements, contracts, their PDFs and workbooks are other companies' money terms, and no
 * browser or proxy cache may keep a copy.
 */
public final class SecurityHeaders {

    static final String CSP_HEADER = "Content-Security-Policy";
    static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'; script-src 'self'";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,200})'");

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP_HEADER, CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!isStatic(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The policy with the nonce of a page's inline scripts, as PrimeFaces announces it. */
    static Optional<String> withNonceOf(String primeFacesPolicy) {
        Matcher nonce = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
        return nonce.find() ? Optional.of(CSP + " 'nonce-" + nonce.group(1) + "'") : Optional.empty();
    }

    /** Style sheets, scripts and images of the portal and PrimeFaces: the same for everybody, cacheable. */
    static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
