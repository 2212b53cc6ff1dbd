package com.csvendor.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.platform.Operations;
import com.csvendor.portal.security.AccessMatrix.Role;
import com.csvendor.portal.security.AccessMatrix.Row;
import com.csvendor.portal.security.AccessMatrix.Scope;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The matrix itself: complete for the WAR's routes and the roles, and its missing-id rule. */
class AccessMatrixTest {

    @Test
    void everyJaxRsRouteOfTheWarHasExactlyOneRow() {
        Set<String> rows = AccessMatrix.ROWS.stream().map(r -> r.method() + " /" + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(AccessMatrix.ROWS.size(), rows.size(), "a route is listed twice");
        assertEquals(Operations.jaxRsRoutes(), rows);
    }

    @Test
    void everyRowNamesEveryRoleWithOwnAndForeignForRoutesWithAnId() {
        for (Row row : AccessMatrix.ROWS) {
            assertEquals(EnumSet.allOf(Role.class), EnumSet.copyOf(row.statuses().keySet()), row::toString);
            row.statuses().values().forEach(s -> assertEquals(row.hasId() ? 2 : 1, s.split(" ").length, row::toString));
            assertTrue(row.path().contains("{id}") == row.hasId(), row::toString);
        }
    }

    @Test
    void aMissingIdAnswers404WhereTheRoleMayCallTheRouteAnd403WhereNot() {
        Row agent = AccessMatrix.ROWS.stream().filter(r -> r.toString().equals("GET /api/agents/{id}")).findFirst()
                .orElseThrow();
        assertEquals(404, agent.expected(Role.STORE_MANAGER, Scope.MISSING));
        assertEquals(404, agent.expected(Role.STORE_MANAGER, Scope.FOREIGN));
        assertEquals(200, agent.expected(Role.STORE_MANAGER, Scope.OWN));
        assertEquals(403, agent.expected(Role.FINANCE, Scope.MISSING));
    }
}
