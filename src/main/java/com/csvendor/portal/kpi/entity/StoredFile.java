package com.csvendor.portal.kpi.entity;

/** An uploaded file as kept: the name it was sent with (shown escaped, never used as a path), its size, hash and storage id. */
public record StoredFile(String name, long size, String sha256, String storedAs) {
}
