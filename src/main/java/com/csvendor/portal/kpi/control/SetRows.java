package com.csvendor.portal.kpi.control;

/**
 * Row numbers of an import read from several files: the file's place in the set (from 0) in the
 * high 32 bits, the row as a spreadsheet numbers it in that file in the low ones. So the rows of
 * a set stay in reading order and unique (what the spool, the repeated-key check and a restart
 * rely on), the file and row of every problem can be told apart, and the rows of the first (or
 * only) file keep their plain numbers.
 */
public final class SetRows {

    private static final int SHIFT = 32;
    private static final long LINE = (1L << SHIFT) - 1;

    private SetRows() {
    }

    public static long of(int file, long line) {
        if (file < 0 || line < 0 || line > LINE) {
            throw new IllegalArgumentException("no row " + line + " of file " + file);
        }
        return (long) file << SHIFT | line;
    }

    /** The file's place in the set, from 0. */
    public static int file(long row) {
        return (int) (row >>> SHIFT);
    }

    /** The row as a spreadsheet numbers it in its file. */
    public static long line(long row) {
        return row & LINE;
    }
}
