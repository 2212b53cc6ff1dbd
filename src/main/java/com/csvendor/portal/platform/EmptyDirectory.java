package com.csvendor.portal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A directory of this process that stays empty: the only place Connector/J may read a local file
 * from on a server's request ({@code allowLoadLocalInfileInPath}), so that it may read none.
 */
final class EmptyDirectory {

    private static Path path;

    private EmptyDirectory() {
    }

    static synchronized String path() {
        if (path == null) {
            try {
                path = Files.createTempDirectory("portal-no-local-files-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-x------")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the empty directory for local data", e);
            }
            path.toFile().deleteOnExit();
        }
        return path.toString();
    }
}
