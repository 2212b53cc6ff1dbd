package com.csvendor.portal.kpi.bench;

import com.csvendor.portal.kpi.entity.KpiField;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a KPI report in the portal's canonical template (English headers, a {@code store} column
 * so one file spans every store) with the rows of a {@link BenchShape}: day by day, store by store,
 * agent by agent. Optionally writes the same rows at the same time as a tab-separated file for
 * {@code LOAD DATA} into a table like {@code kpi_daily}: store_id, agent_id, business_date,
 * vendor_id, import_id (0), then the stored fields in column order. Rows are streamed, one line
 * at a time, so a file of any size needs no memory.
 */
public final class KpiFileGenerator {

    /** The template's columns: every field that has an English template header. */
    static final List<KpiField> CSV_FIELDS = Arrays.stream(KpiField.values())
            .filter(f -> f.templateHeader(false) != null).toList();

    private final BenchShape shape;
    private final long seed;

    public KpiFileGenerator(BenchShape shape, long seed) {
        this.shape = shape;
        this.seed = seed;
    }

    public void writeCsv(Path csv) throws IOException {
        write(csv, null, null);
    }

    /** Writes both files in one pass; the ids are those seeding gave the shape's stores and agents. */
    public void write(Path csv, Path tsv, BenchIds ids) throws IOException {
        if (tsv != null && (ids.stores() < shape.stores() || ids.agents() < shape.agents())) {
            throw new IllegalArgumentException("seeded " + ids.stores() + " stores and " + ids.agents()
                    + " agents, the file needs " + shape.stores() + " and " + shape.agents());
        }
        try (Writer c = open(csv); Writer t = tsv == null ? Writer.nullWriter() : open(tsv)) {
            c.write(header());
            StringBuilder line = new StringBuilder(512);
            long written = 0;
            for (LocalDate date = shape.firstDate(); written < shape.rows(); date = date.plusDays(1)) {
                String day = date.toString();
                for (int s = 0; s < shape.stores() && written < shape.rows(); s++) {
                    for (int a = 0; a < shape.agents() && written < shape.rows(); a++, written++) {
                        SyntheticKpiRow row = new SyntheticKpiRow(seed, s, a, date);
                        c.append(csvLine(line, row, s, a, day));
                        if (tsv != null) {
                            t.append(tsvLine(line, row, ids, s, a, day));
                        }
                    }
                }
            }
        }
    }

    static String header() {
        StringBuilder h = new StringBuilder();
        for (KpiField f : CSV_FIELDS) {
            h.append(h.length() == 0 ? "" : ",").append(f.templateHeader(false));
        }
        return h.append('\n').toString();
    }

    private static StringBuilder csvLine(StringBuilder line, SyntheticKpiRow row, int s, int a, String day) {
        line.setLength(0);
        for (KpiField f : CSV_FIELDS) {
            switch (f) {
                case STORE -> line.append(BenchShape.storeCode(s));
                case AGENT_ACCOUNT -> line.append(BenchShape.accountName(s, a));
                case BUSINESS_DATE -> line.append(day);
                default -> row.append(f, line);
            }
            if (f.kind() == KpiField.Kind.RATE) {
                line.append('%');
            }
            line.append(',');
        }
        line.setCharAt(line.length() - 1, '\n');
        return line;
    }

    private static StringBuilder tsvLine(StringBuilder line, SyntheticKpiRow row, BenchIds ids, int s, int a,
            String day) {
        line.setLength(0);
        line.append(ids.storeId(s)).append('\t').append(ids.agentId(a)).append('\t').append(day)
                .append('\t').append(ids.vendorId()).append('\t').append(0);
        for (KpiField f : KpiField.stored()) {
            row.append(f, line.append('\t'));
        }
        return line.append('\n');
    }

    /** The columns of the tab-separated file, for the column list of {@code LOAD DATA}. */
    public static String tsvColumns() {
        StringBuilder cols = new StringBuilder("store_id,agent_id,business_date,vendor_id,import_id");
        KpiField.stored().forEach(f -> cols.append(',').append(f.column()));
        return cols.toString();
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
