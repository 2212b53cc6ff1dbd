package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Several reports uploaded as one ZIP (a month of Taobao's per-day exports): its CSV and XLSX
 * files, unpacked one by one under the same bomb limits as a workbook. At most
 * {@link ImportLimits#maxZipEntries()} entries, each file at most {@link ImportLimits#maxBytes()}
 * (what one uploaded report may be), all together at most {@link ImportLimits#maxXlsxEntryBytes()},
 * and no entry inflating more than {@value #MAX_INFLATION}× once past {@value #GRACE_BYTES}
 * bytes (POI's rule for workbooks). The sizes are counted while inflating, never taken from the
 * ZIP's directory (whose compressed size of an entry, the ratio's base, is capped at the ZIP's own). A ZIP inside the ZIP is refused unless it is a workbook. Entry names are only
 * shown: the files are written to the paths the caller gives. Folders and the metadata macOS adds
 * ({@code __MACOSX/}, {@code ._name}, {@code .DS_Store}) are left out.
 */
public final class ReportBundle {

    static final int MAX_INFLATION = 100;
    static final long GRACE_BYTES = 100 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** One report of the bundle: its name in the ZIP (for showing only) and where it was unpacked. */
    public record Member(String name, Path path) {
    }

    private ReportBundle() {
    }

    /** Whether a stored upload is a ZIP of reports rather than a report (a workbook is a ZIP too). */
    public static boolean isBundle(Path file) {
        try {
            if (!startsWithZip(file)) {
                return false;
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.getEntry("xl/workbook.xml") == null;
            }
        } catch (ZipException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Unpacks every report of the bundle, in the ZIP's order, the n-th (from 0) to {@code target.apply(n)}.
     * On a refusal the files written so far are deleted and {@link InvalidInputException} (field
     * {@code file}) says which entry and why.
     */
    public static List<Member> unpack(Path zipFile, ImportLimits limits, IntFunction<Path> target) {
        List<Member> members = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw new InvalidInputException("file", "kpi.bundle.tooManyFiles", limits.maxZipEntries());
            }
            long total = 0;
            // The directory's compressed sizes are claims: none is believed larger than the ZIP itself.
            long zipSize = Files.size(zipFile);
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = shownName(entry.getName());
                if (entry.isDirectory() || metadata(entry.getName())) {
                    continue;
                }
                Path out = target.apply(members.size());
                members.add(new Member(name, out));
                total += inflate(zip, entry, Math.min(entry.getCompressedSize(), zipSize), name, out, limits,
                        limits.maxXlsxEntryBytes() - total);
                if (nestedZip(out)) {
                    throw new InvalidInputException("file", "kpi.bundle.nested", name);
                }
            }
            if (members.isEmpty()) {
                throw new InvalidInputException("file", "kpi.bundle.empty");
            }
            return members;
        } catch (InvalidInputException e) {
            delete(members);
            throw e;
        } catch (ZipException e) {
            delete(members);
            throw new InvalidInputException("file", "kpi.bundle.unreadable");
        } catch (IOException e) {
            delete(members);
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the unpacked files (best effort: they hold nothing anyone reads once the import ends). */
    public static void delete(List<Member> members) {
        for (Member m : members) {
            try {
                Files.deleteIfExists(m.path());
            } catch (IOException ignored) {
                // a leftover member file is removed with its import's staging
            }
        }
    }

    private static long inflate(ZipFile zip, ZipEntry entry, long claimedCompressed, String name, Path out,
            ImportLimits limits, long totalLeft) throws IOException {
        long compressed = Math.max(1, claimedCompressed);
        long fileLimit = Math.min(limits.maxBytes(), totalLeft);
        long written = 0;
        try (InputStream in = zip.getInputStream(entry); OutputStream os = Files.newOutputStream(out)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > limits.maxBytes()) {
                    throw new InvalidInputException("file", "kpi.bundle.fileTooLarge", name, limits.maxBytes() / (1024 * 1024));
                }
                if (written > fileLimit) {
                    throw new InvalidInputException("file", "kpi.bundle.tooLarge", limits.maxXlsxEntryBytes() / (1024 * 1024));
                }
                if (written > GRACE_BYTES && written > compressed * MAX_INFLATION) {
                    throw new InvalidInputException("file", "kpi.bundle.bomb", name);
                }
                os.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static boolean nestedZip(Path file) throws IOException {
        if (!startsWithZip(file)) {
            return false;
        }
        try (ZipFile inner = new ZipFile(file.toFile())) {
            return inner.getEntry("xl/workbook.xml") == null;
        } catch (ZipException e) {
            return false;
        }
    }

    private static boolean startsWithZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(ZIP.length), ZIP);
        }
    }

    private static boolean metadata(String entryName) {
        String n = entryName.replace('\\', '/');
        String last = n.substring(n.lastIndexOf('/') + 1);
        return n.startsWith("__MACOSX/") || last.startsWith("._") || last.equals(".DS_Store");
    }

    /** The entry's name for messages and the history: its folders kept, no control characters, at most 255 characters. */
    static String shownName(String entryName) {
        String name = entryName.replace('\\', '/').replaceAll("\\p{Cntrl}", "").strip();
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "?";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
