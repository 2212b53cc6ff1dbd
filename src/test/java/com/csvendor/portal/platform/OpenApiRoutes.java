package com.csvendor.portal.platform;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations an OpenAPI document in YAML lists, as "GET /api/stores/{id}". Reads only the
 * {@code paths:} section as MicroProfile OpenAPI writes it: paths indented by two spaces, their
 * operations by four.
 */
final class OpenApiRoutes {

    private static final Pattern PATH = Pattern.compile("^ {2}['\"]?(/[^'\"]*)['\"]?:\\s*$");
    private static final Pattern OPERATION = Pattern.compile("^ {4}(get|put|post|delete|patch|head|options|trace):\\s*$");

    private OpenApiRoutes() {
    }

    static Set<String> of(String yaml) {
        Set<String> routes = new TreeSet<>();
        boolean inPaths = false;
        String path = null;
        for (String line : yaml.split("\\R")) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                inPaths = line.startsWith("paths:");
                path = null;
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher p = PATH.matcher(line);
            Matcher o = OPERATION.matcher(line);
            if (p.matches()) {
                path = normalize(p.group(1));
            } else if (o.matches() && path != null) {
                routes.add(o.group(1).toUpperCase() + " " + path);
            }
        }
        return routes;
    }

    /** One slash between segments, none at the end, a template's regular expression dropped ({id: \d+} → {id}). */
    static String normalize(String path) {
        return com.csvendor.portal.platform.openapi.ApiRoute.normalize(path);
    }
}
