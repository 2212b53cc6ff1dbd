package com.csvendor.portal.bench;

import com.csvendor.portal.kpi.bench.SyntheticKpiRow;
import com.csvendor.portal.kpi.entity.KpiField;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One store's {@code kpi_daily} rows of a {@link PortfolioShape} as the tab-separated stream
 * {@code LOAD DATA LOCAL INFILE} reads ({@link com.csvendor.portal.kpi.bench.KpiFileGenerator#tsvColumns()}
 * order: store_id, agent_id, business_date, vendor_id, import_id, the stored fields), produced as
 * it is read: account by account, day by day, so neither a file nor memory holds them. The figures
 * are {@link SyntheticKpiRow}'s, seeded by (store, agent, date).
 */
public final class KpiRowStream extends InputStream {

    private static final java.util.List<KpiField> STORED = KpiField.stored();

    private final PortfolioShape shape;
    private final PortfolioIds ids;
    private final long[] importIdByVendor;
    private final int store;
    private final long seed;
    private final String[] dates;
    private final StringBuilder text = new StringBuilder(1 << 17);
    private byte[] buffer = new byte[0];
    private int position;
    private int slot;
    private long rows;

    public KpiRowStream(PortfolioShape shape, PortfolioIds ids, long[] importIdByVendor, int store, long seed) {
        this.shape = shape;
        this.ids = ids;
        this.importIdByVendor = importIdByVendor;
        this.store = store;
        this.seed = seed;
        this.dates = new String[shape.days()];
        for (int d = 0; d < dates.length; d++) {
            dates[d] = shape.firstDate().plusDays(d).toString();
        }
    }

    /** How many rows were produced so far (all of them once the stream answered -1). */
    public long rows() {
        return rows;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, buffer.length - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    /** Generates the next account's days when the buffer is used up; false at the end. */
    private boolean fill() {
        while (position >= buffer.length) {
            if (slot >= shape.agentsPerStore()) {
                return false;
            }
            text.setLength(0);
            int agent = shape.agentOfSlot(store, slot);
            int vendor = shape.vendorOfSlot(store, slot);
            String key = ids.stores()[store] + "\t" + ids.agents()[agent] + "\t";
            String after = "\t" + ids.vendors()[vendor] + "\t" + importIdByVendor[vendor];
            int days = shape.daysOf(store, slot);
            for (int d = 0; d < days; d++) {
                LocalDate date = shape.firstDate().plusDays(d);
                SyntheticKpiRow row = new SyntheticKpiRow(seed, store, agent, date);
                text.append(key).append(dates[d]).append(after);
                for (KpiField f : STORED) {
                    row.append(f, text.append('\t'));
                }
                text.append('\n');
            }
            rows += days;
            slot++;
            buffer = text.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }
}
