package com.csvendor.portal.security.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * {@link SecurityHeaders} on every answer that passes the filters, error pages included, kept
 * against later changes: PrimeFaces' CSP header becomes the portal's policy with its nonce, and a
 * no-store answer stays no-store. Redirects keep the path they were given ({@code Location:
 * /login.xhtml}): the container would make it absolute with whatever Host header the request
 * carried, so a forged Host could send a user's browser elsewhere.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final Set<String> CACHING = Set.of("cache-control", "pragma", "expires");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        chain.doFilter(request, new Hardened(response, !SecurityHeaders.isStatic(request)));
    }

    private static final class Hardened extends HttpServletResponseWrapper {

        private final boolean noStore;

        Hardened(HttpServletResponse response, boolean noStore) {
            super(response);
            this.noStore = noStore;
        }

        @Override
        public void setHeader(String name, String value) {
            if (kept(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (kept(name, value)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!noStore || !CACHING.contains(name.toLowerCase(Locale.ROOT))) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            setDateHeader(name, date);
        }

        /** Whether a header goes out as set; the CSP of a page is replaced here by ours with its nonce. */
        private boolean kept(String name, String value) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-security-policy")) {
                SecurityHeaders.withNonceOf(value).ifPresent(policy -> super.setHeader(SecurityHeaders.CSP_HEADER, policy));
                return false;
            }
            return !noStore || !CACHING.contains(lower);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (!location.startsWith("//") && (location.startsWith("/") || !location.contains(":"))) {
                resetBuffer();
                super.setStatus(SC_FOUND);
                super.setHeader("Location", location);
                flushBuffer();
            } else {
                super.sendRedirect(location);
            }
        }
    }
}
