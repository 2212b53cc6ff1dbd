package com.csvendor.portal.kpi.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The database ids seeding gave the benchmark's vendor, stores (by index) and agents (by index),
 * kept in a properties file so the LOAD DATA file can be written by a later command.
 */
public final class BenchIds {

    private final long vendorId;
    private final long[] storeIds;
    private final long[] agentIds;

    public BenchIds(long vendorId, long[] storeIds, long[] agentIds) {
        this.vendorId = vendorId;
        this.storeIds = storeIds.clone();
        this.agentIds = agentIds.clone();
    }

    public long vendorId() {
        return vendorId;
    }

    public long storeId(int store) {
        return storeIds[store];
    }

    public long agentId(int agent) {
        return agentIds[agent];
    }

    public int stores() {
        return storeIds.length;
    }

    public int agents() {
        return agentIds.length;
    }

    public void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("vendor", String.valueOf(vendorId));
        p.setProperty("stores", String.valueOf(storeIds.length));
        p.setProperty("agents", String.valueOf(agentIds.length));
        for (int s = 0; s < storeIds.length; s++) {
            p.setProperty("store." + s, String.valueOf(storeIds[s]));
        }
        for (int a = 0; a < agentIds.length; a++) {
            p.setProperty("agent." + a, String.valueOf(agentIds[a]));
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "ids of the KPI benchmark's master data");
        }
    }

    public static BenchIds load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        long[] stores = new long[Integer.parseInt(p.getProperty("stores"))];
        long[] agents = new long[Integer.parseInt(p.getProperty("agents"))];
        for (int s = 0; s < stores.length; s++) {
            stores[s] = Long.parseLong(p.getProperty("store." + s));
        }
        for (int a = 0; a < agents.length; a++) {
            agents[a] = Long.parseLong(p.getProperty("agent." + a));
        }
        return new BenchIds(Long.parseLong(p.getProperty("vendor")), stores, agents);
    }
}
