package com.csvendor.portal.kpi.control;

import com.csvendor.portal.shared.InvalidInputException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's defences against hostile workbooks, set to the import limits, and the translation of
 * what fails while reading a workbook into a message for the user. POI keeps these limits in
 * static fields: every open sets them again, so the last import's limits are in force (the
 * portal uses one set of limits).
 */
final class XlsxGuards {

    private static final Logger LOG = Logger.getLogger(XlsxGuards.class.getName());

    /** POI's own default: real sheets compress 5–20×, a zip bomb of zeros about 1000×. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private XlsxGuards() {
    }

    static synchronized void apply(ImportLimits limits) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(limits.maxXlsxEntryBytes());
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, limits.maxXlsxSidePartBytes()));
    }

    /**
     * A failure while reading a workbook, as the user's message. A limit (zip bomb, entry size or
     * count, a refused DOCTYPE) is "unsafe"; anything else is "unreadable". POI signals its limits
     * only by exception messages, hence the text matching. Only the exception's class and
     * message are logged, never content of the file.
     */
    static InvalidInputException refused(Throwable failure) {
        boolean unsafe = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            unsafe |= t instanceof UnsafeWorkbook || t instanceof CountingInputStream.LimitExceeded
                    || message.contains("Zip bomb") || message.contains("DOCTYPE")
                    || message.startsWith(ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 30));
        }
        LOG.log(Level.FINE, "Workbook refused: {0}: {1}", new Object[] {failure.getClass().getName(), failure.getMessage()});
        InvalidInputException refused = new InvalidInputException("file", unsafe ? "kpi.file.xlsxUnsafe" : "kpi.file.xlsxUnreadable");
        refused.initCause(failure);
        return refused;
    }

    /** Something in a workbook that the portal refuses on principle. */
    static final class UnsafeWorkbook extends java.io.IOException {
        UnsafeWorkbook(String what) {
            super(what);
        }
    }
}
