package com.csvendor.portal.kpi.bench;

import java.time.LocalDate;

/**
 * The master data of the benchmark and the keys of a file: {@code stores} × {@code agents} per day,
 * day after day from {@code firstDate}, until {@code rows} keys are taken (the last day may be
 * partial). Every agent holds an account in every store, so every key is a valid (store, agent,
 * date) and no two rows share one. Names are what seeding creates and what a file refers to.
 */
public record BenchShape(int stores, int agents, LocalDate firstDate, long rows) {

    public BenchShape {
        if (stores < 1 || stores > 99 || agents < 1 || agents > 9999 || rows < 1) {
            throw new IllegalArgumentException("1-99 stores, 1-9999 agents and at least one row: " + this);
        }
    }

    public int keysPerDay() {
        return stores * agents;
    }

    public long days() {
        return (rows + keysPerDay() - 1) / keysPerDay();
    }

    public LocalDate lastDate() {
        return firstDate.plusDays(days() - 1);
    }

    public static String storeCode(int store) {
        return String.format("BENCH-S%02d", store + 1);
    }

    /** A Taobao-style sub-account: the store's main account, a colon, the agent's name there. */
    public static String accountName(int store, int agent) {
        return String.format("bench%02d:客服%04d", store + 1, agent + 1);
    }

    public static String agentName(int agent) {
        return String.format("客服%04d", agent + 1);
    }
}
