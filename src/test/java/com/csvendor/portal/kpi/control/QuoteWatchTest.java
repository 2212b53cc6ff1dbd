package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Whether a text ends inside a quoted cell, however the parser's reads cut it up. */
class QuoteWatchTest {

    @Test
    void anEndInsideAQuotedCellIsToldWhateverTheReadSizes() throws IOException {
        String[] open = {"a,\"b", "a,\"b\"\"", "a,b\n\"x,y\nz", "\"", "a,\"b\"\n\"c"};
        String[] closed = {"a,b", "a,\"b\"", "a,\"b\"\"c\"", "a,b\"c", "a,\"b\"x", "a,\"\"", "\"a\"\n\"b,c\"\n", ""};
        for (int size = 1; size <= 7; size++) {
            for (String text : open) {
                assertEquals(true, endsInQuotes(text, size), text + " read by " + size);
            }
            for (String text : closed) {
                assertEquals(false, endsInQuotes(text, size), text + " read by " + size);
            }
        }
    }

    @Test
    void notBeforeTheEndIsRead() throws IOException {
        QuoteWatch watch = new QuoteWatch(new StringReader("a,\"b"), ',');
        watch.read(new char[4], 0, 4);
        assertEquals(false, watch.endedInQuotes());
        assertEquals(-1, watch.read(new char[4], 0, 4));
        assertEquals(true, watch.endedInQuotes());
    }

    private static boolean endsInQuotes(String text, int readSize) throws IOException {
        QuoteWatch watch = new QuoteWatch(new SmallReads(text, readSize), ',');
        char[] buffer = new char[16];
        while (watch.read(buffer, 0, buffer.length) >= 0) {
            // read to the end
        }
        return watch.endedInQuotes();
    }

    /** Hands out at most {@code size} characters a read, as a parser's buffer boundaries may. */
    private static final class SmallReads extends Reader {
        private final String text;
        private final int size;
        private int at;

        SmallReads(String text, int size) {
            this.text = text;
            this.size = size;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(size, length), text.length() - at);
            text.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
