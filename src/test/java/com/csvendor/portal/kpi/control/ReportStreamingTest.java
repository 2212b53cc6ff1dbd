package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large export streams through the file and the parser one row at a time: halfway through,
 * only about half the file has been read and the heap holds no more than it did at the start.
 */
class ReportStreamingTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandRowsStreamWithinATimeAndMemoryBudget() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("GB18030"))) {
            out.write("萌宠旗舰店 客服绩效\r\n旺旺,日期,咨询人数,接待人数,询单人数,最终付款人数,询单->最终付款成功率,平均响应(秒),"
                    + "首次响应时长,3分钟人工响应率,客服销售额,退款人数,退款金额,很满意,满意,一般,不满意,很不满意\r\n");
            LocalDate day = LocalDate.of(2026, 1, 1);
            for (int i = 0; i < ROWS; i++) {
                out.write("萌宠旗舰店:客服" + (i % 500) + "," + day.plusDays(i / 500) + ",152,148,60,24,40.00%,18.50,1分05秒,"
                        + "99.32%,\"3,456.00\",1,89.00,20,5,1,0,0\r\n");
            }
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        long data = 0;
        long usedAtStart = 0;
        long usedHalfway = 0;
        double progressHalfway = 0;
        try (ReportFile report = ReportFile.open(file, ImportLimits.defaults())) {
            KpiRowParser parser = ReportLayout.detect(report, BuiltInProfiles.all(), null).parser();
            System.gc();
            usedAtStart = memory.getHeapMemoryUsage().getUsed();
            for (RawRow row = report.next(); row != null; row = report.next()) {
                ParsedRow parsed = parser.parse(row);
                data += parsed.status() == ParsedRow.Status.DATA ? 1 : 0;
                if (data == ROWS / 2) {
                    progressHalfway = report.progress();
                    System.gc();
                    usedHalfway = memory.getHeapMemoryUsage().getUsed();
                }
            }
            assertEquals(1.0, report.progress());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("%d rows (%d MB) parsed in %d ms; heap at start %d MB, halfway %d MB%n", ROWS,
                Files.size(file) >> 20, took.toMillis(), usedAtStart >> 20, usedHalfway >> 20);
        assertEquals(ROWS, data);
        assertTrue(progressHalfway > 0.4 && progressHalfway < 0.6, "halfway through the rows: " + progressHalfway);
        assertTrue(usedHalfway - usedAtStart < 32L << 20, "heap grew by " + ((usedHalfway - usedAtStart) >> 20) + " MB");
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "took " + took);
    }
}
