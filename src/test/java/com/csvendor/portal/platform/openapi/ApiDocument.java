package com.csvendor.portal.platform.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The snapshot of /openapi kept in src/test/resources, from which the test client is generated. */
public final class ApiDocument {

    /** Where the snapshot is, relative to the project and on the test class path. */
    public static final String SNAPSHOT = "openapi/portal-api.json";

    private ApiDocument() {
    }

    public static JsonObject snapshot() {
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(SNAPSHOT);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as kept and compared: without {@code servers}, which name the host that answered,
     * and without the {@code endpoints} list Payara adds when it merges the applications' documents
     * (after any filter), which OpenAPI does not allow and openapi-generator refuses.
     */
    public static JsonObject comparable(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").remove("endpoints").build();
    }
}
