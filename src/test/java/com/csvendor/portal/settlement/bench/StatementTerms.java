package com.csvendor.portal.settlement.bench;

import com.csvendor.portal.bench.PortfolioSeeder;
import com.csvendor.portal.bench.PortfolioShape;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The settlement benchmark's contract terms: the README's example terms with the variety that makes
 * generation do the work it does in use, decided by the contract's index {@code k} (store by store,
 * vendor by vendor), so every fee model gets about a fifth of the contracts:
 * <ul>
 * <li>fee model {@code k % 5}: seats (¥4,500–5,900), per session in three graduated tiers (¥0.90 up
 * to 30,000 customers, ¥0.80 up to 60,000, ¥0.70 beyond), commission 3 % (net of refunds for odd
 * {@code k}), base ¥2,000 per agent + 2 %, hourly ¥35; every contract 208 contracted hours per agent
 * and ¥40 overtime (the synthetic agents are online 6–10 hours a day, so overtime lines appear);</li>
 * <li>a 15 % National Day surcharge on the month's first week for every fourth contract; a minimum
 * monthly fee of ¥100,000 for every seventh (tops up the small ones);</li>
 * <li>VAT 6 % (general taxpayer vendors) or 1 % (small-scale, every fifth vendor), prices inclusive
 * for even {@code k}, exclusive for odd;</li>
 * <li>two contracts in three have SLA targets the synthetic figures breach now and then (first
 * response ≤ 20 s daily, 30-second response rate ≥ 95 % per cycle, satisfaction ≥ 90 % per cycle) and
 * the example's penalty tiers, incident fines and 30 % cap; the others none;</li>
 * <li>deposits: none, the example's ¥10,000 earnest money from the vendor, or a ¥20,000 advance the
 * store paid ({@code k % 3}); every tenth contract ends with the month, so its statement is final and
 * offsets the deposit.</li>
 * </ul>
 */
final class StatementTerms {

    private final PortfolioShape shape;
    private final JsonObject example;
    private final int[] firstIndex;

    StatementTerms(PortfolioShape shape) throws IOException {
        this.shape = shape;
        this.example = PortfolioSeeder.exampleTerms();
        this.firstIndex = new int[shape.stores() + 1];
        for (int s = 0; s < shape.stores(); s++) {
            firstIndex[s + 1] = firstIndex[s] + shape.vendorsOf(s).length;
        }
    }

    /** The contract's index: store by store, the store's vendors in order. */
    int index(int store, int vendor) {
        int[] vendors = shape.vendorsOf(store);
        for (int i = 0; i < vendors.length; i++) {
            if (vendors[i] == vendor) {
                return firstIndex[store] + i;
            }
        }
        throw new IllegalArgumentException("vendor " + vendor + " does not serve store " + store);
    }

    static boolean finalStatement(int k) {
        return k % 10 == 0;
    }

    JsonObject of(int store, int vendor) {
        int k = index(store, vendor);
        LocalDate start = shape.firstDate();
        LocalDate end = finalStatement(k) ? shape.lastDate() : start.plusYears(1).minusDays(1);
        JsonObject period = Json.createObjectBuilder(example.getJsonObject("period"))
                .add("start", start.toString()).add("end", end.toString()).add("autoRenewal", !finalStatement(k))
                .add("noticeDays", finalStatement(k) ? 15 : 60).build();
        JsonObject staffing = Json.createObjectBuilder(example.getJsonObject("staffing"))
                .add("promotions", Json.createArrayBuilder()).build();
        boolean smallScale = vendor % 5 == 4; // the seeder's taxpayer type
        JsonObject tax = Json.createObjectBuilder().add("vatRatePercent", smallScale ? 1 : 6)
                .add("invoiceType", smallScale ? "GENERAL" : "SPECIAL").add("pricesIncludeTax", k % 2 == 0).build();
        boolean sla = k % 3 != 2;
        return Json.createObjectBuilder(example).add("period", period).add("staffing", staffing)
                .add("fees", fees(k, vendor)).add("tax", tax).add("deposit", deposit(k))
                .add("slaTargets", sla ? targets() : Json.createArrayBuilder())
                .add("penalties", penalties(sla)).build();
    }

    private JsonObject fees(int k, int vendor) {
        JsonObjectBuilder fees = Json.createObjectBuilder().add("contractedHoursPerAgent", 208)
                .add("overtimeRate", 40).add("temporaryAgentDayRate", 300);
        switch (k % 5) {
            case 0 -> fees.add("model", "SEAT_MONTHLY").add("seatPrice", new BigDecimal(4500 + 100 * (vendor % 15)));
            case 1 -> fees.add("model", "PER_SESSION").add("sessionTiers", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("upTo", 30_000).add("price", new BigDecimal("0.90")))
                    .add(Json.createObjectBuilder().add("upTo", 60_000).add("price", new BigDecimal("0.80")))
                    .add(Json.createObjectBuilder().add("price", new BigDecimal("0.70"))));
            case 2 -> fees.add("model", "COMMISSION").add("commissionPercent", 3)
                    .add("commissionNetOfRefunds", k % 2 == 1);
            case 3 -> fees.add("model", "BASE_PLUS_COMMISSION").add("basePerAgent", 2000).add("commissionPercent", 2);
            default -> fees.add("model", "HOURLY").add("hourlyRate", 35);
        }
        JsonArrayBuilder surcharges = Json.createArrayBuilder();
        if (k % 4 == 0) {
            surcharges.add(Json.createObjectBuilder().add("name", "国庆").add("from", shape.firstDate().toString())
                    .add("to", shape.firstDate().plusDays(6).toString()).add("upliftPercent", 15));
        }
        fees.add("surcharges", surcharges);
        if (k % 7 == 0) {
            fees.add("minimumMonthlyFee", 100_000);
        }
        return fees.build();
    }

    private static JsonObject deposit(int k) {
        return switch (k % 3) {
            case 0 -> Json.createObjectBuilder().add("kind", "NONE").build();
            case 1 -> Json.createObjectBuilder().add("kind", "EARNEST").add("amount", 10_000)
                    .add("direction", "VENDOR_TO_STORE").build();
            default -> Json.createObjectBuilder().add("kind", "ADVANCE").add("amount", 20_000)
                    .add("direction", "STORE_TO_VENDOR").build();
        };
    }

    private static JsonArrayBuilder targets() {
        return Json.createArrayBuilder()
                .add(target("FIRST_RESPONSE_SECONDS", "LE", 20, "DAILY"))
                .add(target("RESPONSE_30S_RATE", "GE", 95, "SETTLEMENT_CYCLE"))
                .add(target("SATISFACTION_RATE", "GE", 90, "SETTLEMENT_CYCLE"));
    }

    private static JsonObject target(String metric, String comparator, int threshold, String window) {
        return Json.createObjectBuilder().add("metric", metric).add("comparator", comparator)
                .add("threshold", threshold).add("window", window).add("minimumSample", 50).build();
    }

    private JsonObject penalties(boolean sla) {
        JsonObject penalties = example.getJsonObject("penalties");
        return sla ? penalties : Json.createObjectBuilder().add("tiers", Json.createArrayBuilder())
                .add("incidentFines", Json.createArrayBuilder()).build();
    }
}
