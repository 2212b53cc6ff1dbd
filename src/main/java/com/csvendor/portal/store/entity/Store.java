package com.csvendor.portal.store.entity;

import com.csvendor.portal.shared.Activatable;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A shop on one platform. Its code is the short key people and files use; its time zone decides
 * the business date of its KPI figures. A deactivated store keeps its history but takes no new work.
 */
@Entity
@Table(name = "store")
@NamedQuery(name = "Store.findAll", query = "SELECT s FROM Store s ORDER BY s.code")
@NamedQuery(name = "Store.findByIds", query = "SELECT s FROM Store s WHERE s.id IN :ids ORDER BY s.code")
@NamedQuery(name = "Store.findByCode", query = "SELECT s FROM Store s WHERE s.code = :code")
@NamedQuery(name = "Store.findByCodes", query = "SELECT s FROM Store s WHERE s.code IN :codes")
public class Store implements Activatable {

    /** A new store's time zone unless given: the business time zone. */
    public static final String DEFAULT_TIME_ZONE = BusinessTime.ZONE_ID;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Platform platform;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Store() {
    }

    public Store(String code, String name, Platform platform, String timeZone) {
        change(code, name, platform, timeZone);
    }

    public final void change(String code, String name, Platform platform, String timeZone) {
        this.code = Objects.requireNonNull(code).trim();
        this.name = Objects.requireNonNull(name).trim();
        this.platform = Objects.requireNonNull(platform);
        this.timeZone = validZone(timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone.trim());
    }

    private static String validZone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "store.timeZone.invalid", zone);
        }
    }

    @Override
    public void deactivate() {
        active = false;
    }

    @Override
    public void reactivate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Store other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Store.class.hashCode();
    }
}
