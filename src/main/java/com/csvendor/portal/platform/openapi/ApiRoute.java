package com.csvendor.portal.platform.openapi;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One operation of the REST API as JAX-RS serves it: HTTP method, path under the application path
 * ("/api/stores/{id}") and the resource method answering it.
 */
public record ApiRoute(String httpMethod, String path, Method method) {

    /** Every route of the given resource classes (those annotated with {@code @Path}). */
    public static List<ApiRoute> of(String applicationPath, List<Class<?>> resources) {
        List<ApiRoute> routes = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                Stream.of(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(m -> m != null)
                        .forEach(http -> routes.add(new ApiRoute(http.value(), normalize("/" + applicationPath + "/"
                                + resource.getAnnotation(Path.class).value() + "/"
                                + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value()
                                        : "")), method)));
            }
        }
        routes.sort(java.util.Comparator.comparing(ApiRoute::toString));
        return routes;
    }

    /** One slash between segments, none at the end, a template's regular expression dropped ({id: \d+} → {id}). */
    public static String normalize(String path) {
        String p = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** "GET /api/stores/{id}". */
    @Override
    public String toString() {
        return httpMethod + " " + path;
    }
}
