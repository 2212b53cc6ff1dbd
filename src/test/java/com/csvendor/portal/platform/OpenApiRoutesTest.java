package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiRoutesTest {

    private static final String YAML = """
            openapi: 3.0.3
            info:
              title: CS Vendor Portal API
            paths:
              /api/stores:
                get:
                  summary: Stores
                post:
                  summary: Create
              "/api/stores/{id}":
                get:
                  parameters:
                  - name: id
                put:
                  summary: Edit
            components:
              schemas:
                /not/a/path:
                  get:
                    type: object
            """;

    @Test
    void readsOperationsOfThePathsSectionOnly() {
        assertEquals(Set.of("GET /api/stores", "POST /api/stores", "GET /api/stores/{id}", "PUT /api/stores/{id}"),
                OpenApiRoutes.of(YAML));
    }

    @Test
    void normalizesSlashesAndTemplateExpressions() {
        assertEquals("/api/stores/{id}", OpenApiRoutes.normalize("//api//stores/{id: \\d+}/"));
        assertEquals("/api/me", OpenApiRoutes.normalize("/api/me/"));
    }

    @Test
    void jaxRsRoutesOfTheWarIncludeEveryResourceMethod() {
        Set<String> routes = Operations.jaxRsRoutes();
        assertTrue(routes.containsAll(Set.of("GET /api/me", "POST /api/vendors/{id}/agents",
                "POST /api/agents/{id}/rejoin", "PUT /api/users/{id}")), routes::toString);
        assertTrue(routes.stream().allMatch(r -> r.matches("(GET|POST|PUT|DELETE|PATCH) /api/[a-z]+.*")),
                routes::toString);
    }
}
