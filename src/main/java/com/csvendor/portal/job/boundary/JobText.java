package com.csvendor.portal.job.boundary;

import com.csvendor.portal.kpi.control.MessageArgs;
import java.util.Locale;

/**
 * A background job's summary as its work leaves it — a message key and its typed arguments
 * ({@link MessageArgs}, as imports keep theirs), in the job's one summary text — and as a reader
 * sees it, worded in their language; rendering never throws. A summary without the separator is
 * shown as it is.
 */
public final class JobText {

    private static final String SEPARATOR = "\u001f";

    private JobText() {
    }

    public static String of(String key, Object... arguments) {
        return key + SEPARATOR + MessageArgs.toJson(arguments);
    }

    public static JobView worded(JobView job, Locale locale) {
        return new JobView(job.id(), job.kind(), job.state(), job.done(), job.total(), text(job.summary(), locale),
                job.error(), job.requestedBy(), job.requestedAt(), job.startedAt(), job.finishedAt());
    }

    static String text(String stored, Locale locale) {
        int separator = stored == null ? -1 : stored.indexOf(SEPARATOR);
        return separator < 0 ? stored
                : MessageArgs.format(locale, stored.substring(0, separator), stored.substring(separator + 1));
    }
}
