package com.csvendor.portal.security.entity;

import com.csvendor.portal.shared.Activatable;
import com.csvendor.portal.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in. Invariants: at least one role; a VENDOR_LEAD leads exactly one vendor and
 * holds no other role (one company cannot sit on both sides of a contract); only a VENDOR_LEAD has
 * a vendor; only a STORE_MANAGER has assigned stores.
 */
@Entity
@Table(name = "portal_user")
@NamedQuery(name = "PortalUser.findByUsername", query = "SELECT u FROM PortalUser u WHERE u.username = :username")
@NamedQuery(name = "PortalUser.findVersion", query = "SELECT u.version FROM PortalUser u WHERE u.username = :username")
@NamedQuery(name = "PortalUser.findAll", query = "SELECT u FROM PortalUser u ORDER BY u.username")
@NamedQuery(name = "PortalUser.findWithEmail", query = "SELECT u FROM PortalUser u WHERE u.active = true"
        + " AND u.email IS NOT NULL ORDER BY u.username")
public class PortalUser implements Activatable {

    public static final String ZH = "zh";
    public static final String EN = "en";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "vendor_id")
    private Long vendorId;

    @Column(nullable = false)
    private boolean active = true;

    /** Where notifications go; none: the user gets no e-mail. */
    @Column(length = 200)
    private String email;

    /** The language of the user's notifications: {@code zh} (the default) or {@code en}. */
    @Column(nullable = false, length = 8)
    private String language = ZH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_store", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "store_id")
    private Set<Long> storeIds = new HashSet<>();

    @Version
    private long version;

    protected PortalUser() {
    }

    public PortalUser(String username, String displayName, String passwordHash) {
        this.username = normalizeUsername(username);
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
    }

    public static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Replaces roles and scope together, so the invariants are checked on the whole. */
    public void assign(Set<Role> newRoles, Set<Long> newStoreIds, Long newVendorId) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("roles", "user.roles.required");
        }
        boolean lead = newRoles.contains(Role.VENDOR_LEAD);
        if (lead && newRoles.size() > 1) {
            throw new InvalidInputException("roles", "user.roles.leadAlone");
        }
        if (lead && newVendorId == null) {
            throw new InvalidInputException("vendorId", "user.vendor.required");
        }
        if (!lead && newVendorId != null) {
            throw new InvalidInputException("vendorId", "user.vendor.onlyLead");
        }
        Set<Long> stores = newStoreIds == null ? Set.of() : newStoreIds;
        if (!newRoles.contains(Role.STORE_MANAGER) && !stores.isEmpty()) {
            throw new InvalidInputException("storeIds", "user.stores.onlyManager");
        }
        roles.clear();
        roles.addAll(newRoles);
        storeIds.clear();
        storeIds.addAll(stores);
        vendorId = newVendorId;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName.trim();
    }

    /** A blank address is none. The format is checked where it is entered (the forms' Bean Validation). */
    public void changeEmail(String newEmail) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public void changeLanguage(String newLanguage) {
        if (!ZH.equals(newLanguage) && !EN.equals(newLanguage)) {
            throw new InvalidInputException("language", "user.language.unknown", String.valueOf(newLanguage));
        }
        this.language = newLanguage;
    }

    /** The locale of the user's notifications. */
    public Locale locale() {
        return EN.equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    @Override
    public void deactivate() {
        active = false;
    }

    @Override
    public void reactivate() {
        active = true;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public boolean isActive() {
        return active;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Set<Long> getStoreIds() {
        return Collections.unmodifiableSet(storeIds);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PortalUser other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return PortalUser.class.hashCode();
    }
}
