package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.job.boundary.JobView;
import com.csvendor.portal.shared.Messages;
import java.util.Arrays;
import java.util.Locale;

/**
 * A background job's summary as its work leaves it — a message key and its arguments, kept as one
 * text — and as a reader sees it, worded in their language. The first argument is a count (a
 * number to the message), the others are text. A summary without the separator is shown as it is.
 */
final class JobText {

    private static final String SEPARATOR = "\u001f";

    private JobText() {
    }

    static String of(String key, Object... arguments) {
        StringBuilder out = new StringBuilder(key);
        for (Object a : arguments) {
            out.append(SEPARATOR).append(a);
        }
        return out.toString();
    }

    static JobView worded(JobView job, Locale locale) {
        return new JobView(job.id(), job.kind(), job.state(), job.done(), job.total(), text(job.summary(), locale),
                job.error(), job.requestedBy(), job.requestedAt(), job.finishedAt());
    }

    static String text(String stored, Locale locale) {
        if (stored == null || !stored.contains(SEPARATOR)) {
            return stored;
        }
        String[] parts = stored.split(SEPARATOR, -1);
        Object[] arguments = Arrays.copyOfRange(parts, 1, parts.length, Object[].class);
        if (arguments.length > 0) {
            arguments[0] = Long.valueOf(parts[1]);
        }
        return Messages.format(locale, parts[0], arguments);
    }
}
