package com.csvendor.portal.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmarks' portfolio generator is pure: its shape and its rows are checked here. */
class PortfolioShapeTest {

    private final PortfolioShape standard = new PortfolioShape(new PortfolioShape.Names("CMP", "对比"), 50, 20,
            java.time.LocalDate.of(2025, 11, 1), 365, 10_000_000);

    @Test
    void tenMillionRowsAreFiftyStoresOfAYear() {
        assertEquals(548, standard.agentsPerStore());
        long rows = 0;
        for (int s = 0; s < standard.stores(); s++) {
            long ofStore = 0;
            for (int slot = 0; slot < standard.agentsPerStore(); slot++) {
                ofStore += standard.daysOf(s, slot);
            }
            assertEquals(standard.rowsOf(s), ofStore, "store " + s);
            rows += ofStore;
        }
        assertEquals(10_000_000, rows);
        assertEquals(365, standard.daysOf(0, 0));
        assertEquals(standard.firstDate().plusYears(1).minusDays(1), standard.lastDate());
    }

    @Test
    void everyStoreHasTwoOrThreeDifferentVendorsAndEveryVendorServesSeveralStores() {
        Map<Integer, Integer> storesOfVendor = new HashMap<>();
        for (int s = 0; s < standard.stores(); s++) {
            int[] vendors = standard.vendorsOf(s);
            assertTrue(vendors.length == 2 || vendors.length == 3);
            assertEquals(vendors.length, Set.of(java.util.Arrays.stream(vendors).boxed().toArray()).size());
            for (int v : vendors) {
                assertTrue(v >= 0 && v < standard.vendors());
                storesOfVendor.merge(v, 1, Integer::sum);
            }
            Set<Integer> slotVendors = new HashSet<>();
            for (int slot = 0; slot < standard.agentsPerStore(); slot++) {
                slotVendors.add(standard.vendorOfSlot(s, slot));
            }
            assertEquals(vendors.length, slotVendors.size(), "every vendor of store " + s + " has accounts there");
        }
        assertEquals(standard.vendors(), storesOfVendor.size());
        assertTrue(storesOfVendor.values().stream().allMatch(n -> n >= 2), storesOfVendor.toString());
    }

    @Test
    void anAgentWorksForOneVendorOnceInAStoreAndSomeWorkInSeveralStores() {
        Map<Integer, Integer> storesOfAgent = new HashMap<>();
        for (int s = 0; s < standard.stores(); s++) {
            Set<Integer> inStore = new HashSet<>();
            for (int slot = 0; slot < standard.agentsPerStore(); slot++) {
                int agent = standard.agentOfSlot(s, slot);
                assertTrue(inStore.add(agent), "agent " + agent + " twice in store " + s);
                assertEquals(standard.vendorOfSlot(s, slot), standard.vendorOfAgent(agent));
                storesOfAgent.merge(agent, 1, Integer::sum);
            }
        }
        assertEquals(standard.agents(), storesOfAgent.size());
        long several = storesOfAgent.values().stream().filter(n -> n > 1).count();
        assertTrue(several > 500 && several < standard.agents() / 10, several + " agents in several stores");
        Set<String> names = new HashSet<>();
        for (int a = 0; a < standard.agents(); a++) {
            assertTrue(names.add(standard.agentName(a)));
        }
    }

    @Test
    void shareOfAStoreGoesToItsVendorsSixtyFortyOrFiftyThirtyTwenty() {
        assertArrayEquals(new int[] {329, 219}, PortfolioShape.split(548, 2));
        assertArrayEquals(new int[] {275, 164, 109}, PortfolioShape.split(548, 3));
    }

    @Test
    void theRowStreamWritesOneLinePerRowWithEveryColumnTheSameEachTime() throws IOException {
        PortfolioShape small = new PortfolioShape(standard.names(), 3, 4, standard.firstDate(), 10, 250);
        PortfolioIds ids = new PortfolioIds(new long[] {11, 12, 13}, new long[] {21, 22, 23, 24},
                java.util.stream.LongStream.range(100, 100 + small.agents()).toArray());
        long[] imports = {31, 32, 33, 34};
        String first = read(new KpiRowStream(small, ids, imports, 2, 7));
        String again = read(new KpiRowStream(small, ids, imports, 2, 7));
        assertEquals(first, again);
        String[] lines = first.split("\n");
        assertEquals(small.rowsOf(2), lines.length);
        int columns = com.csvendor.portal.kpi.bench.KpiFileGenerator.tsvColumns().split(",").length;
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            assertEquals(columns, cells.length, line);
            assertEquals("13", cells[0]);
            assertTrue(keys.add(cells[1] + "/" + cells[2]), "key twice: " + line);
            int vendor = Integer.parseInt(cells[3]) - 21;
            assertEquals(String.valueOf(imports[vendor]), cells[4]);
            assertEquals(small.vendorOfAgent((int) (Long.parseLong(cells[1]) - 100)), vendor);
        }
        KpiRowStream stream = new KpiRowStream(small, ids, imports, 2, 7);
        read(stream);
        assertEquals(small.rowsOf(2), stream.rows());
    }

    @Test
    void namesCarryTheBenchmarksCodeAndTheComparisonKeepsItsOldOnes() {
        assertEquals("CMP-S01", standard.storeCode(0));
        assertEquals("CMP-01-" + String.format("%02d", standard.vendorsOf(0)[0] + 1),
                standard.contractNumber(0, standard.vendorsOf(0)[0]));
        assertEquals("stores=50 vendors=20 first=2025-11-01 days=365 rows=10000000 seed=7", standard.signature(7));
        PortfolioShape other = new PortfolioShape(new PortfolioShape.Names("PAY", "结算"), 120, 10,
                standard.firstDate(), 31, 120 * 31 * 5);
        assertEquals("PAY-S120", other.storeCode(119));
        assertEquals("PAY-S001", other.storeCode(0));
        assertTrue(other.signature(7).startsWith("PAY "));
        assertEquals(other.creditCode(9), com.csvendor.portal.vendor.entity.CreditCode.of(other.creditCode(9)).value());
        assertTrue(other.creditCode(9).contains("PAY"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new PortfolioShape.Names("STM", "结算"));
    }

    private static String read(KpiRowStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1000];
        for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
