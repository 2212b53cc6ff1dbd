package com.csvendor.portal.notification.control;

import com.csvendor.portal.notification.entity.NotificationKind;
import java.util.List;
import java.util.Objects;

/**
 * One event to tell people about, before it is worded: its kind, whom it concerns, the page it
 * links to (a path below the portal's base URL) and the arguments of its subject and body
 * ({@code notification.subject.<KIND>}, {@code notification.body.<KIND>}). An argument is shown as
 * {@link com.csvendor.portal.shared.Messages} shows it (an enum by its label); a {@link Text} is a
 * message of its own, worded in the reader's language.
 */
public record Notice(NotificationKind kind, Concerns concerns, String path, List<Object> arguments) {

    /** Whom an event concerns: the vendor whose leads, the store whose managers (or both), the user who uploaded. */
    public record Concerns(Long vendorId, Long storeId, String username) {

        public static Concerns vendor(long vendorId) {
            return new Concerns(vendorId, null, null);
        }

        public static Concerns store(long storeId) {
            return new Concerns(null, storeId, null);
        }

        /** A contract's vendor and store: its leads and its managers. */
        public static Concerns both(long vendorId, long storeId) {
            return new Concerns(vendorId, storeId, null);
        }

        public static Concerns user(String username) {
            return new Concerns(null, null, username);
        }

        public static Concerns everyone() {
            return new Concerns(null, null, null);
        }
    }

    /** A message inside a message, worded in the reader's language (arguments as stored ones are read). */
    public record Text(String key, Object... arguments) {
    }

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(concerns);
        arguments = List.copyOf(arguments);
    }
}
