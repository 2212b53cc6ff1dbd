package com.csvendor.portal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A user's choice for one kind of notification. A kind without a row takes its default (on for the
 * kinds of the user's roles), so only choices a user saved are stored.
 */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
@NamedQuery(name = "NotificationPreference.findOfUsers", query = "SELECT p FROM NotificationPreference p"
        + " WHERE p.userId IN :users")
public class NotificationPreference {

    /** The composite key, as JPA wants it: a class with the id fields' names. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long userId;
        private NotificationKind kind;

        public Key() {
        }

        public Key(long userId, NotificationKind kind) {
            this.userId = userId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, kind);
        }
    }

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private NotificationKind kind;

    @Column(nullable = false)
    private boolean enabled;

    protected NotificationPreference() {
    }

    public NotificationPreference(long userId, NotificationKind kind, boolean enabled) {
        this.userId = userId;
        this.kind = Objects.requireNonNull(kind);
        this.enabled = enabled;
    }

    public void choose(boolean on) {
        this.enabled = on;
    }

    public long getUserId() {
        return userId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof NotificationPreference p && Objects.equals(userId, p.userId) && kind == p.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, kind);
    }
}
