package com.csvendor.portal.kpi.control;

/**
 * How much of an uploaded report the parser accepts before it refuses the file: its size on disk,
 * its rows (title lines and header included), the non-blank columns of a row, and for a workbook
 * the uncompressed size of any one zip entry and the number of entries. They bound time and
 * memory against hostile files (zip bombs, endless rows), not what a real export needs.
 */
public record ImportLimits(long maxBytes, long maxRows, int maxColumns, long maxXlsxEntryBytes, int maxZipEntries) {

    private static final long MB = 1024L * 1024;

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxXlsxEntryBytes <= 0 || maxZipEntries <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** 300 MB, 2,000,000 rows, 200 columns, 1 GB per uncompressed workbook part, 1,000 zip entries. */
    public static ImportLimits defaults() {
        return new ImportLimits(300 * MB, 2_000_000, 200, 1024 * MB, 1000);
    }

    /**
     * The most a workbook's shared strings or styles part may hold uncompressed. Those parts are
     * loaded whole into memory (the sheet itself is streamed), so they get a thirty-second of the
     * sheet budget: 32 MB by default, far above what a per-agent export needs.
     */
    public long maxXlsxSidePartBytes() {
        return Math.max(1, maxXlsxEntryBytes / 32);
    }
}
