package com.csvendor.portal.kpi.control;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the text a CSV parser reads and tells whether it ended inside a quoted cell. FastCSV
 * takes a file that ends in an unclosed quote as if the quote closed there, so a file cut off
 * inside a quoted cell would import its last row with the cells it lost left empty. Quotes are
 * read as FastCSV reads them: one opens a quoted cell only at the start of a cell, and a doubled
 * quote inside stands for one quote.
 */
final class QuoteWatch extends FilterReader {

    private static final int CELL_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote seen inside a quoted cell: the cell closes unless another quote follows. */
    private static final int QUOTE_IN_QUOTED = 3;

    private final char delimiter;
    private int state = CELL_START;
    private boolean ended;

    QuoteWatch(Reader in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c < 0) {
            ended = true;
        } else {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            ended = true;
        }
        if (n > 0) {
            follow(buffer, offset, offset + n);
        }
        return n;
    }

    /**
     * Most text has no quote at all: then only the last character matters (outside a quoted cell)
     * or none does (inside one), and the per-character walk is spared (it cost ~0.4 s a million rows).
     */
    private void follow(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '"') {
                for (int j = from; j < to; j++) {
                    follow(buffer[j]);
                }
                return;
            }
        }
        if (state != QUOTED) {
            state = afterCell(buffer[to - 1], UNQUOTED);
        }
    }

    private void follow(char c) {
        switch (state) {
            case QUOTED -> state = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
            case QUOTE_IN_QUOTED -> state = c == '"' ? QUOTED : afterCell(c, UNQUOTED);
            case CELL_START -> state = c == '"' ? QUOTED : afterCell(c, UNQUOTED);
            default -> state = afterCell(c, UNQUOTED);
        }
    }

    private int afterCell(char c, int otherwise) {
        return c == delimiter || c == '\n' || c == '\r' ? CELL_START : otherwise;
    }

    /** The text has been read to its end, and that end is inside a quoted cell. */
    boolean endedInQuotes() {
        return ended && state == QUOTED;
    }
}
