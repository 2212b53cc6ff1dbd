package com.csvendor.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.csvendor.portal.ClassScan;
import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The role check before the body is read ({@code platform.RoleGate}) takes each route's
 * {@code @RolesAllowed}: every resource method has one, naming exactly the roles the access
 * matrix lets use the route (a status other than 403 on their own object).
 */
class ResourceRolesTest {

    @Test
    void everyRouteAllowsExactlyTheRolesTheAccessMatrixAllows() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Class<?> resource : ClassScan.annotatedWith(Path.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                Stream.of(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(h -> h != null).forEach(http -> {
                            RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                            assertNotNull(roles, () -> resource.getSimpleName() + "." + method.getName()
                                    + " has no @RolesAllowed");
                            declared.put(http.value() + " " + route(resource, method),
                                    new TreeSet<>(Arrays.asList(roles.value())));
                        });
            }
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Row row : AccessMatrix.ROWS) {
            expected.put(row.toString(), Arrays.stream(Role.values())
                    .filter(role -> !row.statuses().get(role).split(" ")[0].equals("403"))
                    .map(Role::name).collect(Collectors.toCollection(TreeSet::new)));
        }
        assertEquals(expected, declared);
    }

    private static String route(Class<?> resource, Method method) {
        String path = "/api/" + resource.getAnnotation(Path.class).value()
                + (method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "");
        return path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    }
}
