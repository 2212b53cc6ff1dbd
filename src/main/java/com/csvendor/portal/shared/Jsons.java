package com.csvendor.portal.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createArrayBuilder()} and its siblings look the
 * provider up again on every call (a service-loader scan of the class path): encoding the explanation
 * arguments of 24,402 statement lines that way took 43 % of generating 1,001 statements.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
