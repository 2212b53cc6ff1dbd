package com.csvendor.portal.shared;

/** Optimistic locking for edits that travel through a form or a JSON body. */
public final class Versions {

    private Versions() {
    }

    /** Fails when the client edited an older version than the one stored. */
    public static void check(Long sent, long current) {
        if (sent == null) {
            throw new InvalidInputException("version", "error.version.required");
        }
        if (sent != current) {
            throw new ConflictException("version", "error.version.stale");
        }
    }
}
