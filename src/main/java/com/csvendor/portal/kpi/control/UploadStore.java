package com.csvendor.portal.kpi.control;

import com.csvendor.portal.kpi.entity.StoredFile;
import com.csvendor.portal.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded files under {@code portal.upload.dir} by a generated id (never by the name the
 * client sent). With several instances the directory must be shared storage, so any instance can
 * run or re-run an import. The size limit is enforced while the bytes arrive: one byte over and the
 * partial file is deleted before anything is recorded.
 */
@ApplicationScoped
public class UploadStore {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(UploadStore.class.getName());

    @Inject
    @ConfigProperty(name = "portal.upload.dir", defaultValue = "./data/uploads")
    String directory;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "314572800")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public StoredFile store(InputStream in, String fileName) {
        return kept(fileName, out -> {
            try (InputStream content = in) {
                return copyAtMost(content, out, maxBytes);
            }
        });
    }

    /** One of several files uploaded together: the name the client sent (shown only) and its bytes. */
    public record Part(String name, InputStream content) {
    }

    /**
     * Keeps several files uploaded at once as one ZIP of reports ({@link ReportBundle}), so that they
     * are imported as one import: each file an entry named as the client sent it (no path, names
     * made distinct), in the order given. The size limit counts the bytes received, all files
     * together, as for one upload.
     */
    public StoredFile storeAll(List<Part> parts, String shownName) {
        return kept(shownName, out -> {
            long received = 0;
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                java.util.Set<String> names = new java.util.HashSet<>();
                for (Part part : parts) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(distinct(displayName(part.name()), names)));
                    try (InputStream in = part.content()) {
                        received += copyAtMost(in, zip, maxBytes - received);
                    }
                    if (received > maxBytes) {
                        return received;
                    }
                    zip.closeEntry();
                }
            }
            return received;
        });
    }

    /** What an upload writes into its file: the bytes received from the client, counted. */
    private interface Body {
        long writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the body to a partial file under a generated id, hashing what is stored, and keeps it
     * only if the client sent something and not one byte over the limit; the partial file never
     * outlives the call.
     */
    private StoredFile kept(String shownName, Body body) {
        Path dir = Path.of(directory);
        String id = UUID.randomUUID().toString();
        Path partial = dir.resolve(id + ".part");
        try {
            Files.createDirectories(dir);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long received;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
                received = body.writeTo(out);
            }
            if (received > maxBytes) {
                throw new InvalidInputException("file", "kpi.upload.tooLarge", maxBytes / (1024 * 1024));
            }
            if (received == 0) {
                throw new InvalidInputException("file", "kpi.upload.empty");
            }
            long size = Files.size(partial);
            Files.move(partial, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(displayName(shownName), size, HexFormat.of().formatHex(sha.digest()), id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part file holds nothing anyone reads
            }
        }
    }

    /** {@code day.csv}, then {@code day (2).csv}: two files of one upload never share a name in the history. */
    static String distinct(String name, java.util.Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
        }
        return candidate;
    }

    public Path path(String storedAs) {
        if (!storedAs.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a stored file id: " + storedAs);
        }
        return Path.of(directory).resolve(storedAs);
    }

    /** Deletes a stored file no import refers to any more (a duplicate's copy); best effort. */
    public void delete(String storedAs) {
        try {
            Files.deleteIfExists(path(storedAs));
        } catch (IOException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not delete the stored upload " + storedAs, e);
        }
    }

    /**
     * Where a running import keeps its validated rows until it is published ({@link RowSpool}): next
     * to the uploads, so on shared storage like them.
     */
    public Path spool(long importId) {
        return Path.of(directory).resolve("kpi-import-" + importId + ".rows");
    }

    /** Where a running import unpacks the n-th file of a ZIP of reports ({@link ReportBundle}), next to its spool. */
    public Path member(long importId, int n) {
        return Path.of(directory).resolve("kpi-import-" + importId + "-file-" + n);
    }

    /** Copies until the limit is passed by one byte (then stops: the rest is never read). */
    static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return total;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** The client's file name, for showing only: no path, no control characters, at most 255 characters. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
