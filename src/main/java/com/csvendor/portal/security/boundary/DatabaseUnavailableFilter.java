package com.csvendor.portal.security.boundary;

import com.csvendor.portal.platform.DatabaseProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request that fails because the database does not answer (connection refused, link lost, the pool
 * cannot connect, a commit cut off: {@link DatabaseProbe}) is answered 503 — the page "try again later" or, under {@code /api}, a problem
 * document — never 500: the user did nothing wrong. Signing in already answers so
 * ({@link PortalAuthenticationMechanism}) and the REST API's mapper too; this covers what fails
 * after them, a page whose data the database no longer gives. An answer already under way keeps
 * its status (the container's 500 page).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    /** Whether the database answers now ({@link DatabaseProbe#answers}; a test gives its own). */
    BooleanSupplier databaseAnswers = DatabaseProbe::answers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseProbe.explains(e, databaseAnswers)) {
                throw e;
            }
            LOG.log(Level.SEVERE, "The database does not answer: " + request.getMethod() + " "
                    + request.getRequestURI() + " answered 503", e);
            response.resetBuffer();
            PortalAuthenticationMechanism.unavailable(request, response);
        }
    }
}
