package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.BusinessException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one import, read from one report or, one after the other, from the files of a ZIP
 * of reports: one set of rows numbered by {@link SetRows}, so the import checks, spools and
 * publishes (or refuses) them together. The first file's profile (found or chosen) reads every
 * further file: one import, one kind of export. When a file's problem as a whole (encoding, no
 * header, too many rows…) ends the reading, {@link #failedFile()} names it. The row limit holds
 * for the set as for one file. Not thread-safe; close it when done.
 */
public final class ReportSet implements AutoCloseable {

    /** A file to read: its name ({@code null} for a single report, which needs none) and where it is. */
    public record Source(String name, Path path) {
    }

    private final List<Source> sources;
    private final List<ProfileMapping> profiles;
    private final ImportLimits limits;
    private final List<ReportLayout> layouts = new ArrayList<>();
    private ReportFile file;
    private int current = -1;
    private String failedFile;
    private String firstEncoding;
    private long rowsRead;

    private ReportSet(List<Source> sources, List<ProfileMapping> profiles, ImportLimits limits) {
        this.sources = List.copyOf(sources);
        this.profiles = profiles;
        this.limits = limits;
    }

    /**
     * Opens the first file and finds its layout.
     *
     * @param profileCode the profile the uploader chose, or {@code null} to find the best-fitting one
     * @throws BusinessException a problem of the first file as a whole ({@link #failedFile()} names it)
     */
    public static ReportSet open(List<Source> sources, List<ProfileMapping> profiles, String profileCode, ImportLimits limits) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no file to read");
        }
        ReportSet set = new ReportSet(sources, profiles, limits);
        set.openNext(profileCode);
        return set;
    }

    public int files() {
        return sources.size();
    }

    /** The name of the n-th file (from 0), {@code null} for a single report. */
    public String fileName(int n) {
        return sources.get(n).name();
    }

    /** The layout of the n-th file; only files reached so far have one. */
    public ReportLayout layout(int n) {
        return layouts.get(n);
    }

    /** The encoding of the first file (shown for the import). */
    public String encoding() {
        return firstEncoding;
    }

    /**
     * The next row of the set, numbered {@link SetRows#of(int, long)} by its file's place, or
     * {@code null} after the last file's last row.
     *
     * @throws BusinessException a problem of a file as a whole ({@link #failedFile()} names it)
     */
    public RawRow next() {
        RawRow row = guarded(() -> file.next());
        while (row == null && current + 1 < sources.size()) {
            openNext(layouts.get(0).profile().code());
            row = guarded(() -> file.next());
        }
        if (row != null && ++rowsRead > limits.maxRows()) {
            // each file is held to the limit by ReportFile; this holds the set to it as well
            failedFile = sources.get(current).name();
            throw new com.csvendor.portal.shared.InvalidInputException("file", "kpi.file.tooManyRows", limits.maxRows());
        }
        if (row == null || current == 0) {
            return row;
        }
        return new RawRow(SetRows.of(current, row.number()), row.cells(), row.written(), row.last());
    }

    /** The file whose problem as a whole ended the reading: {@code null} for none or for a single report. */
    public String failedFile() {
        return failedFile;
    }

    /** 0..1 of the set read: the files before the current one and that one's own progress. */
    public double progress() {
        return file == null ? 0 : (current + file.progress()) / sources.size();
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
            file = null;
        }
    }

    private void openNext(String profileCode) {
        close();
        current++;
        file = guarded(() -> ReportFile.open(sources.get(current).path(), limits));
        layouts.add(guarded(() -> ReportLayout.detect(file, profiles, profileCode)));
        if (current == 0) {
            firstEncoding = file.encoding();
        }
    }

    private <T> T guarded(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (BusinessException e) {
            failedFile = sources.get(current).name();
            throw e;
        }
    }
}
