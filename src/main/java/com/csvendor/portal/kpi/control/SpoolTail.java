package com.csvendor.portal.kpi.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The spool of a running import as a stream that follows it while the chunk step writes it, so
 * the database loads the rows already checked while the later ones are still being read: the
 * chunk step's CPU and the database's overlap instead of adding up (on two cores, one works for
 * each). The stream hands out the bytes of committed chunks ({@link #grown}) and waits for more;
 * it ends when the import is found publishable ({@link #complete}) and fails when it is not
 * ({@link #abort}), which rolls the load back: the all-or-nothing decision stays at the end.
 */
public final class SpoolTail {

    private enum State { OPEN, COMPLETE, ABORTED }

    /** A stream nobody feeds for this long is given up (the job died without telling). */
    static final long STALL_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Path spool;
    private long available;
    private State state = State.OPEN;
    private String abortReason;
    private List<RowKeys.StoreDays> touched;
    private DaySums sums;

    public SpoolTail(Path spool) {
        this.spool = spool;
    }

    /** The chunk step has written (and flushed) the spool up to {@code length} bytes. */
    public synchronized void grown(long length) {
        if (length > available) {
            available = length;
            notifyAll();
        }
    }

    /** Every row is spooled and the import may be published: the stream ends after the last byte. */
    public synchronized void complete(long length, List<RowKeys.StoreDays> touched, DaySums sums) {
        if (state == State.OPEN) {
            available = Math.max(available, length);
            this.touched = List.copyOf(touched);
            this.sums = sums;
            state = State.COMPLETE;
            notifyAll();
        }
    }

    /** The import will not be published (or the job ended): the stream fails, the load rolls back. */
    public synchronized void abort(String reason) {
        if (state == State.OPEN) {
            abortReason = reason;
            state = State.ABORTED;
            notifyAll();
        }
    }

    /** Whether the rows read from the stream must not be published. */
    public synchronized boolean aborted() {
        return state == State.ABORTED;
    }

    /** The stores and days of the rows, once {@link #complete}. */
    public synchronized List<RowKeys.StoreDays> touched() {
        return touched;
    }

    /** The day sums of the rows ({@code null}: unknown), once {@link #complete}. */
    public synchronized DaySums sums() {
        return sums;
    }

    /**
     * Waits until bytes past {@code position} are available (answers how many) or the stream ends
     * (-1): complete, aborted or given up. An aborted stream ends as cleanly as a complete one —
     * a failing stream would leave the database connection broken mid-protocol — and the loader
     * then rolls back because {@link #aborted()}.
     */
    private synchronized long await(long position) {
        long idleSince = System.nanoTime();
        while (true) {
            if (state == State.ABORTED) {
                return -1;
            }
            if (available > position) {
                return available - position;
            }
            if (state == State.COMPLETE) {
                return -1;
            }
            if (System.nanoTime() - idleSince > STALL_NANOS) {
                abort("the spool did not grow for 10 minutes");
                return -1;
            }
            try {
                wait(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abort("interrupted while following the spool");
                return -1;
            }
        }
    }

    /** Why the stream was aborted ({@code null} if it was not). */
    public synchronized String abortReason() {
        return abortReason;
    }

    /** A stream over the spool's bytes as they come; one reader. */
    public InputStream stream() throws IOException {
        FileChannel channel = FileChannel.open(spool, StandardOpenOption.READ);
        return new InputStream() {
            private long position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                long ready = await(position);
                if (ready < 0) {
                    return -1;
                }
                int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, ready)), position);
                if (n < 0) {
                    abort("the spool " + spool.getFileName() + " is shorter than written");
                    return -1;
                }
                position += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
