package com.csvendor.portal.contract;

import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.TermsJson;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.LocalDate;

/**
 * The bodies a client sends to {@code api/contracts}, built from typed terms ({@link Terms}) so a
 * test names only what it changes. Terms travel in their one JSON form ({@link TermsJson}).
 */
public final class ContractJson {

    private ContractJson() {
    }

    /** {@link Terms#valid() Valid seat terms} over the given period. */
    public static ContractTerms terms(LocalDate start, LocalDate end) {
        ContractTerms t = Terms.valid();
        t.getPeriod().setStart(start);
        t.getPeriod().setEnd(end);
        return t;
    }

    public static JsonObject json(ContractTerms terms) {
        try (var reader = Json.createReader(new StringReader(TermsJson.write(terms)))) {
            return reader.readObject();
        }
    }

    /** A new contract (POST api/contracts), signed a month before it starts. */
    public static JsonObject form(long storeId, long vendorId, String number, ContractTerms terms) {
        return form(storeId, vendorId, number, json(terms)).build();
    }

    /** A contract form from terms as read; add {@code version} to rewrite a draft. */
    public static JsonObjectBuilder form(long storeId, long vendorId, String number, JsonObject terms) {
        LocalDate start = LocalDate.parse(terms.getJsonObject("period").getString("start"));
        return Json.createObjectBuilder().add("storeId", storeId).add("vendorId", vendorId).add("number", number)
                .add("signedOn", start.minusMonths(1).toString()).add("terms", terms);
    }

    public static JsonObject status(String status, long version) {
        return Json.createObjectBuilder().add("status", status).add("version", version).build();
    }

    public static JsonObject amendment(LocalDate effectiveFrom, String reason, JsonObject terms, long version) {
        return Json.createObjectBuilder().add("effectiveFrom", effectiveFrom.toString()).add("reason", reason)
                .add("terms", terms).add("version", version).build();
    }

    public static JsonObject amendment(LocalDate effectiveFrom, String reason, ContractTerms terms, long version) {
        return amendment(effectiveFrom, reason, json(terms), version);
    }

    /** One existing contract for POST api/contracts/import, with its amendments (oldest first). */
    public static JsonObject imported(String storeCode, String vendorCreditCode, String number, String status,
            ContractTerms terms, JsonArray amendments) {
        return Json.createObjectBuilder().add("storeCode", storeCode).add("vendorCreditCode", vendorCreditCode)
                .add("number", number).add("signedOn", terms.getPeriod().getStart().minusMonths(1).toString())
                .add("status", status).add("terms", json(terms)).add("amendments", amendments).build();
    }

    public static JsonObject importedAmendment(LocalDate effectiveFrom, String reason, ContractTerms terms) {
        return Json.createObjectBuilder().add("effectiveFrom", effectiveFrom.toString()).add("reason", reason)
                .add("terms", json(terms)).build();
    }
}
