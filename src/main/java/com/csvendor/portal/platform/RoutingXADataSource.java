package com.csvendor.portal.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.XAConnection;
import javax.sql.XADataSource;

/**
 * An XA data source that delegates to H2's or Connector/J's own XA data source according to the
 * JDBC URL it is given. The pool sets url, user and password through the setters below.
 */
public class RoutingXADataSource implements XADataSource {

    static final String H2_XA = "org.h2.jdbcx.JdbcDataSource";
    static final String MYSQL_XA = "com.mysql.cj.jdbc.MysqlXADataSource";

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;
    private XADataSource delegate;

    static String delegateClassFor(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("portal.db.url is not set");
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2_XA;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return MYSQL_XA;
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:h2: or jdbc:mysql:): " + url);
    }

    /**
     * Connector/J's own settings where the URL names none: its cache of parsed statements. Connector/J
     * parses every prepared statement's SQL on the client, per {@code prepareStatement}, unless
     * {@code cachePrepStmts}: parsing the same INSERT again took 40 % of generating 1,001 statements.
     */
    static final Map<String, String> MYSQL_DEFAULTS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            "cachePrepStmts", "true", "prepStmtCacheSize", "250", "prepStmtCacheSqlLimit", "1048576")));

    /**
     * Connector/J serves jdbc:mariadb: URLs too, under its own prefix; {@link #MYSQL_DEFAULTS} are
     * added for the properties the URL does not set.
     */
    static String mysqlUrl(String url) {
        String mysql = url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        StringBuilder out = new StringBuilder(mysql);
        char separator = mysql.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> d : MYSQL_DEFAULTS.entrySet()) {
            if (!Pattern.compile("[?&]" + d.getKey() + "=", Pattern.CASE_INSENSITIVE).matcher(mysql).find()) {
                out.append(separator).append(d.getKey()).append('=').append(d.getValue());
                separator = '&';
            }
        }
        return out.toString();
    }

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    private synchronized XADataSource delegate() throws SQLException {
        if (delegate == null) {
            String className = delegateClassFor(url);
            try {
                Class<?> type = Class.forName(className, true, getClass().getClassLoader());
                Object ds = type.getDeclaredConstructor().newInstance();
                String jdbcUrl = className.equals(MYSQL_XA) ? mysqlUrl(url) : url;
                type.getMethod("setURL", String.class).invoke(ds, jdbcUrl);
                type.getMethod("setUser", String.class).invoke(ds, user);
                type.getMethod("setPassword", String.class).invoke(ds, password);
                if (className.equals(MYSQL_XA)) {
                    // Local data is off on every connection: Connector/J sends no file a server asks for.
                    // The KPI import switches it on for its one LOAD DATA LOCAL statement (kpi.control.LocalInfile),
                    // which reads the application's own stream. The server must still know at connect time
                    // that the client may send local data: a path that holds nothing says so, and limits any
                    // file request to that empty directory.
                    type.getMethod("setAllowLoadLocalInfile", boolean.class).invoke(ds, false);
                    type.getMethod("setAllowLoadLocalInfileInPath", String.class).invoke(ds, EmptyDirectory.path());
                }
                delegate = (XADataSource) ds;
                delegate.setLoginTimeout(loginTimeout);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                throw new SQLException("Cannot create " + className + ": " + cause, cause);
            }
        }
        return delegate;
    }

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return delegate().getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return delegate().getXAConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        this.loginTimeout = seconds;
        if (delegate != null) {
            delegate.setLoginTimeout(seconds);
        }
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
