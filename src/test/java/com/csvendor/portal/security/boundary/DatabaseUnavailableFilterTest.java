package com.csvendor.portal.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLNonTransientConnectionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableFilterTest {

    /** What the fake response was told. */
    private final Map<String, Object> told = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private boolean committed;

    private HttpServletRequest request(String servletPath) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath", "getRequestURI" -> servletPath;
                    case "getMethod" -> "GET";
                    case "getLocale" -> Locale.ENGLISH;
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> committed;
                    case "getWriter" -> writer;
                    case "sendError", "setStatus" -> told.put("status", args[0]);
                    case "setContentType" -> told.put("contentType", args[0]);
                    case "flushBuffer" -> {
                        writer.flush();
                        yield null;
                    }
                    default -> null;
                });
    }

    private static FilterChain failing(Exception e) {
        return (req, res) -> {
            if (e instanceof ServletException se) {
                throw se;
            }
            throw (RuntimeException) e;
        };
    }

    private static Exception databaseGone() {
        // What a page's service call throws when MariaDB refuses the connection: wrapped by JPA/EJB and Faces.
        return new ServletException("page failed", new IllegalStateException("EJB",
                new SQLNonTransientConnectionException("Socket fail to connect to host", "08000")));
    }

    @Test
    void aPageWhoseDatabaseIsGoneAnswers503NotTheErrorOf500() throws Exception {
        new DatabaseUnavailableFilter().doFilter(request("/contracts/list.xhtml"), response(), failing(databaseGone()));
        assertEquals(503, told.get("status"));
    }

    @Test
    void anApiCallAnswers503WithAProblemDocument() throws Exception {
        new DatabaseUnavailableFilter().doFilter(request("/api"), response(),
                failing(new RuntimeException(new SQLNonTransientConnectionException("refused", "08001"))));
        assertEquals(503, told.get("status"));
        assertEquals("application/problem+json", told.get("contentType"));
        assertTrue(body.toString().contains("\"status\":503"), body.toString());
    }

    /** A commit cut off by the database stopping names no database error: the database not answering explains it. */
    @Test
    void aFailureThatSaysNothingWhileTheDatabaseDoesNotAnswerIs503() throws Exception {
        DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();
        filter.databaseAnswers = () -> false;
        filter.doFilter(request("/contracts/list.xhtml"), response(), failing(new ServletException("page failed",
                new IllegalStateException("commit failed"))));
        assertEquals(503, told.get("status"));
    }

    @Test
    void otherFailuresPassUnchanged() {
        ServletException other = new ServletException(new IllegalArgumentException("a bug"));
        DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();
        filter.databaseAnswers = () -> true;
        ServletException thrown = assertThrows(ServletException.class, () -> filter
                .doFilter(request("/index.xhtml"), response(), failing(other)));
        assertSame(other, thrown);
        assertEquals(null, told.get("status"));
    }

    @Test
    void anAnswerAlreadyUnderWayKeepsItsStatus() {
        committed = true;
        assertThrows(ServletException.class, () -> new DatabaseUnavailableFilter()
                .doFilter(request("/index.xhtml"), response(), failing(databaseGone())));
        assertEquals(null, told.get("status"));
    }
}
