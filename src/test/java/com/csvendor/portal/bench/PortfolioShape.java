package com.csvendor.portal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The master data and KPI keys of a benchmark's portfolio (the comparison and the settlement
 * benchmarks share it), computed, not stored: {@code stores}
 * stores served by {@code vendors} vendors, two or three vendors per store (every third store has
 * three), so most vendors serve several stores; each store has {@link #agentsPerStore()} agent
 * accounts, shared among its vendors 60/40 or 50/30/20; consecutive stores of a vendor share about
 * one agent in twenty (agents working in several stores); {@code days} days from {@code firstDate}.
 * Rows run store by store, account by account, day by day, until {@code rows} are taken, so the
 * last accounts of the last store may lack days (agents who left early). Pure, so it can be tested
 * and the generator, the seeder and the measurements agree on it without a file. Codes and names carry
 * the benchmark's {@link Names}, so two benchmarks' data never look alike.
 */
public final class PortfolioShape {

    /**
     * What a benchmark's codes and names start with: {@code code} three capital letters a credit code
     * may hold (no I, O, S, V, Z: "CMP", "PAY"), {@code label} a Chinese word for names ("对比").
     */
    public record Names(String code, String label) {

        public Names {
            if (!code.matches("[A-HJ-NP-RTUW-Y]{3}")) {
                throw new IllegalArgumentException("three capital letters of a credit code's alphabet: " + code);
            }
        }

        public String lower() {
            return code.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Names names;

    private final int stores;
    private final int vendors;
    private final LocalDate firstDate;
    private final int days;
    private final long rows;
    private final int agentsPerStore;
    /** For each store, the vendor (index) of each account slot. */
    private final int[][] slotVendor;
    /** For each store, the agent (global index) of each account slot. */
    private final int[][] slotAgent;
    /** For each agent (global index), its vendor (index). */
    private final int[] agentVendor;
    /** For each agent, its number within its vendor (1-based, for its name). */
    private final int[] agentNumber;

    public PortfolioShape(Names names, int stores, int vendors, LocalDate firstDate, int days, long rows) {
        if (stores < 1 || stores > 999 || vendors < 3 || days < 1 || rows < 1
                || rows > (long) Integer.MAX_VALUE * days) {
            throw new IllegalArgumentException("1-999 stores, at least 3 vendors, a day and a row");
        }
        this.names = names;
        this.stores = stores;
        this.vendors = vendors;
        this.firstDate = firstDate;
        this.days = days;
        this.rows = rows;
        this.agentsPerStore = (int) ((rows + (long) stores * days - 1) / ((long) stores * days));
        this.slotVendor = new int[stores][];
        this.slotAgent = new int[stores][];
        int[] nextLocal = new int[vendors];
        List<List<int[]>> agentsByVendor = new ArrayList<>();
        for (int v = 0; v < vendors; v++) {
            agentsByVendor.add(new ArrayList<>());
        }
        for (int s = 0; s < stores; s++) {
            int[] vs = vendorsOf(s);
            int[] counts = split(agentsPerStore, vs.length);
            slotVendor[s] = new int[agentsPerStore];
            slotAgent[s] = new int[agentsPerStore];
            int slot = 0;
            for (int i = 0; i < vs.length; i++) {
                int v = vs[i];
                int shared = Math.min(counts[i] / 20, nextLocal[v]);
                // the first `shared` accounts go to the agents the vendor hired last for its previous store
                int start = nextLocal[v] - shared;
                for (int k = 0; k < counts[i]; k++, slot++) {
                    slotVendor[s][slot] = v;
                    slotAgent[s][slot] = start + k; // vendor-local for now
                }
                nextLocal[v] = start + counts[i];
            }
        }
        int[] offset = new int[vendors + 1];
        for (int v = 0; v < vendors; v++) {
            offset[v + 1] = offset[v] + nextLocal[v];
        }
        agentVendor = new int[offset[vendors]];
        agentNumber = new int[offset[vendors]];
        for (int v = 0; v < vendors; v++) {
            for (int k = 0; k < nextLocal[v]; k++) {
                agentVendor[offset[v] + k] = v;
                agentNumber[offset[v] + k] = k + 1;
            }
        }
        for (int s = 0; s < stores; s++) {
            for (int slot = 0; slot < agentsPerStore; slot++) {
                slotAgent[s][slot] += offset[slotVendor[s][slot]];
            }
        }
    }

    /** The vendors (indexes) serving a store: two, or three for every third store, all different. */
    public int[] vendorsOf(int store) {
        int count = store % 3 == 0 ? 3 : 2;
        int[] out = new int[count];
        int[] steps = {1, 7, 13};
        for (int i = 0; i < count; i++) {
            int v = (store * steps[i] + i * 3) % vendors;
            while (contains(out, i, v)) {
                v = (v + 1) % vendors;
            }
            out[i] = v;
        }
        return out;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** {@code total} shared 60/40 between two or 50/30/20 between three, the remainder to the first. */
    static int[] split(int total, int parts) {
        int[] percent = parts == 2 ? new int[] {60, 40} : new int[] {50, 30, 20};
        int[] out = new int[parts];
        int rest = total;
        for (int i = 1; i < parts; i++) {
            out[i] = total * percent[i] / 100;
            rest -= out[i];
        }
        out[0] = rest;
        return out;
    }

    public Names names() {
        return names;
    }

    /** How many contracts: one per store and vendor serving it. */
    public int contracts() {
        int n = 0;
        for (int s = 0; s < stores; s++) {
            n += vendorsOf(s).length;
        }
        return n;
    }

    public int stores() {
        return stores;
    }

    public int vendors() {
        return vendors;
    }

    public LocalDate firstDate() {
        return firstDate;
    }

    public LocalDate lastDate() {
        return firstDate.plusDays(days - 1L);
    }

    public int days() {
        return days;
    }

    public long rows() {
        return rows;
    }

    public int agentsPerStore() {
        return agentsPerStore;
    }

    public int agents() {
        return agentVendor.length;
    }

    /** The agents (global indexes) holding an account in a store, in slot order. */
    public int[] agentsOf(int store) {
        return slotAgent[store].clone();
    }

    public int vendorOfSlot(int store, int slot) {
        return slotVendor[store][slot];
    }

    public int agentOfSlot(int store, int slot) {
        return slotAgent[store][slot];
    }

    public int vendorOfAgent(int agent) {
        return agentVendor[agent];
    }

    /** How many rows a store holds: all its accounts × days, except where the row count ends. */
    public long rowsOf(int store) {
        long before = (long) store * agentsPerStore * days;
        return Math.max(0, Math.min((long) agentsPerStore * days, rows - before));
    }

    /** How many days of figures a store's account slot has (the last slots may have fewer). */
    public int daysOf(int store, int slot) {
        long before = ((long) store * agentsPerStore + slot) * days;
        return (int) Math.max(0, Math.min(days, rows - before));
    }

    /** Store numbers in codes and contract numbers: two digits, three beyond 99 stores. */
    private String storeNumber(int store) {
        return String.format(stores > 99 ? "%03d" : "%02d", store + 1);
    }

    public String storeCode(int store) {
        return names.code() + "-S" + storeNumber(store);
    }

    public String storeName(int store) {
        return names.label() + "基准店铺 " + (store + 1);
    }

    public String vendorName(int vendor) {
        return String.format("%s客服%02d", names.label(), vendor + 1);
    }

    public String vendorLegalName(int vendor) {
        return "杭州" + names.label() + "客服外包" + (vendor + 1) + "有限公司";
    }

    /** A valid unified social credit code (check character included) carrying the benchmark's code. */
    public String creditCode(int vendor) {
        String first17 = String.format("91330106MA%s%04d", names.code(), vendor + 1);
        return first17 + com.csvendor.portal.vendor.entity.CreditCode.checkCharacter(first17);
    }

    public String contractNumber(int store, int vendor) {
        return String.format("%s-%s-%02d", names.code(), storeNumber(store), vendor + 1);
    }

    /** What every contract number of the benchmark starts with, for SQL LIKE. */
    public String contractPrefix() {
        return names.code() + "-";
    }

    public String agentName(int agent) {
        return String.format("%s客服%02d-%05d", names.label(), agentVendor[agent] + 1, agentNumber[agent]);
    }

    /** A Taobao-style sub-account: the store's main account, a colon, the agent's name there. */
    public String accountName(int store, int agent) {
        return String.format("%s%s:客服%02d-%05d", names.lower(), storeNumber(store), agentVendor[agent] + 1,
                agentNumber[agent]);
    }

    /** Identifies the shape in the database, so a re-run with the same shape skips generating. */
    public String signature(long seed) {
        // the comparison's signature has no code: the databases of earlier runs keep their rows
        return (names.code().equals("CMP") ? "" : names.code() + " ") + "stores=" + stores + " vendors=" + vendors
                + " first=" + firstDate + " days=" + days + " rows=" + rows + " seed=" + seed;
    }

    @Override
    public String toString() {
        return signature(0) + " agentsPerStore=" + agentsPerStore + " agents=" + agents() + " "
                + Arrays.toString(vendorsOf(0));
    }
}
