package com.csvendor.portal.bench;

import com.csvendor.portal.security.Api;
import com.csvendor.portal.security.Api.Login;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The command line the benchmark scripts pass to their Java side ({@code COMMAND --name value ...})
 * and what both benchmarks make of it: the JDBC connection (with LOAD DATA LOCAL and batched
 * statements allowed), the portal's API at {@code --base}, the administrator of {@code --admin USER:PW}.
 */
public final class BenchArgs {

    private final Map<String, String> options = new HashMap<>();

    public BenchArgs(String[] args) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            }
        }
    }

    public String get(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is missing");
        }
        return value;
    }

    public String get(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    public int integer(String name, int otherwise) {
        return Integer.parseInt(get(name, String.valueOf(otherwise)));
    }

    public long number(String name, long otherwise) {
        return Long.parseLong(get(name, String.valueOf(otherwise)));
    }

    public Connection connect() throws SQLException {
        String url = get("jdbc");
        String sep = url.contains("?") ? "&" : "?";
        return DriverManager.getConnection(url + sep + "allowLoadLocalInfile=true&rewriteBatchedStatements=true"
                + "&sslMode=DISABLED&allowPublicKeyRetrieval=true", get("db-user"), get("db-password"));
    }

    /** The application's root, ending in a slash. */
    public URI base() {
        String base = get("base");
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    public Api api() {
        return new Api(base());
    }

    public Login admin() {
        String[] admin = get("admin").split(":", 2);
        return new Login(admin[0], admin[1]);
    }
}
