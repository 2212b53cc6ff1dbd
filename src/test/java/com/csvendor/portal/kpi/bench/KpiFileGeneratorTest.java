package com.csvendor.portal.kpi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.kpi.entity.KpiField;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiFileGeneratorTest {

    private static final BenchShape SHAPE = new BenchShape(3, 4, LocalDate.of(2025, 1, 30), 30);
    private static final BenchIds IDS = new BenchIds(7, new long[] {101, 102, 103}, new long[] {11, 12, 13, 14});

    @TempDir
    Path dir;

    @Test
    void writesTheTemplateHeaderAndOneLinePerKeyAcrossDays() throws IOException {
        List<String> csv = csv();
        assertEquals("store,agent_account,date,consultations,received,inquiries,orders,paid_buyers,sales_amount,"
                + "refunds,refund_amount,returns,disputes,first_response_seconds,avg_response_seconds,"
                + "response_sessions,responded_within_3min,responded_within_30s,ratings,satisfied_ratings,"
                + "dissatisfied_ratings,online_hours,conversion_rate,response_rate_3min,response_rate_30s,"
                + "satisfaction_rate,reply_rate", csv.get(0));
        assertEquals(31, csv.size());
        Set<String> keys = new HashSet<>();
        csv.subList(1, 31).forEach(line -> {
            String[] c = line.split(",");
            keys.add(c[0] + "|" + c[1] + "|" + c[2]);
        });
        assertEquals(30, keys.size());
        assertTrue(csv.get(1).startsWith("BENCH-S01,bench01:客服0001,2025-01-30,"), csv.get(1));
        assertTrue(csv.get(30).startsWith("BENCH-S02,bench02:客服0002,2025-02-01,"), csv.get(30));
        assertEquals(LocalDate.of(2025, 2, 1), SHAPE.lastDate());
    }

    @Test
    void figuresAreConsistentLikeAPlatformExport() throws IOException {
        for (String line : csv().subList(1, 31)) {
            String[] c = line.split(",");
            long consultations = Long.parseLong(c[3]);
            long received = Long.parseLong(c[4]);
            long inquiries = Long.parseLong(c[5]);
            long orders = Long.parseLong(c[6]);
            long paid = Long.parseLong(c[7]);
            assertTrue(received >= 50 && received <= 400 && consultations >= received, line);
            assertTrue(inquiries <= received && orders <= inquiries && paid <= orders, line);
            assertTrue(Long.parseLong(c[9]) <= paid && Long.parseLong(c[11]) <= Long.parseLong(c[9]), line);
            assertTrue(c[8].matches("\\d+\\.\\d\\d") && c[13].matches("\\d+\\.\\d\\d"), line);
            assertTrue(Long.parseLong(c[17]) <= Long.parseLong(c[16]) && Long.parseLong(c[16]) <= received, line);
            assertTrue(Long.parseLong(c[19]) + Long.parseLong(c[20]) <= Long.parseLong(c[18]), line);
            BigDecimal conversion = new BigDecimal(c[22].replace("%", ""));
            BigDecimal expected = BigDecimal.valueOf(paid * 100).divide(BigDecimal.valueOf(inquiries), 2,
                    java.math.RoundingMode.HALF_UP);
            assertEquals(expected, conversion, line);
        }
    }

    @Test
    void theLoadDataFileHoldsTheSameRowsWithIds() throws IOException {
        Path csv = dir.resolve("k.csv");
        Path tsv = dir.resolve("k.tsv");
        new KpiFileGenerator(SHAPE, 1).write(csv, tsv, IDS);
        List<String> csvLines = Files.readAllLines(csv);
        List<String> tsvLines = Files.readAllLines(tsv);
        assertEquals(30, tsvLines.size());
        String[] first = tsvLines.get(0).split("\t");
        assertEquals(List.of("101", "11", "2025-01-30", "7", "0"), List.of(first).subList(0, 5));
        assertEquals(5 + KpiField.stored().size(), first.length);
        assertEquals(KpiFileGenerator.tsvColumns().split(",").length, first.length);
        String[] last = tsvLines.get(29).split("\t");
        assertEquals(List.of("102", "12", "2025-02-01"), List.of(last).subList(0, 3));
        for (int i = 0; i < 30; i++) {
            String[] c = csvLines.get(i + 1).replace("%", "").split(",");
            String[] t = tsvLines.get(i).split("\t");
            assertEquals(List.of(c).subList(3, c.length), List.of(t).subList(5, t.length));
        }
    }

    @Test
    void theSameSeedWritesTheSameFile() throws IOException {
        Path again = dir.resolve("again.csv");
        new KpiFileGenerator(SHAPE, 1).writeCsv(again);
        assertEquals(csv(), Files.readAllLines(again));
    }

    private List<String> csv() throws IOException {
        Path csv = dir.resolve("k.csv");
        new KpiFileGenerator(SHAPE, 1).writeCsv(csv);
        return Files.readAllLines(csv);
    }
}
