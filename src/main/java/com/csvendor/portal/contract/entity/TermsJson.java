package com.csvendor.portal.contract.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyOrderStrategy;

/**
 * The one JSON form of contract terms: what a version stores, what the audit trail records and
 * what the version diff compares. Properties in a fixed order so equal terms give equal text.
 */
public final class TermsJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private TermsJson() {
    }

    public static String write(ContractTerms terms) {
        return JSONB.toJson(terms);
    }

    /** Any record that embeds terms (an audit snapshot), in the same form. */
    public static String writeRecord(Object record) {
        return JSONB.toJson(record);
    }

    public static ContractTerms read(String json) {
        try {
            return JSONB.fromJson(json, ContractTerms.class);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("Unreadable contract terms: " + e.getMessage(), e);
        }
    }

    /** A deep copy, so a stored version's terms are never changed through a caller's reference. */
    public static ContractTerms copy(ContractTerms terms) {
        return read(write(terms));
    }
}
