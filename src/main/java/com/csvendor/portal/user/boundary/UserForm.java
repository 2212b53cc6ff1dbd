package com.csvendor.portal.user.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * A user as the administrator edits it. {@code password} is required when creating and, when
 * editing, changes the password only if given; what it must be is the service's
 * {@code PasswordPolicy} (one rule for every place a password is set), here only its size bound.
 * {@code email} is where notifications go (empty: none); {@code language} the language of those
 * notifications, {@code zh} or {@code en} (not given: kept, {@code zh} for a new user).
 */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{user.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @Size(max = 200)
    private String password;

    @NotEmpty
    private Set<@NotNull Role> roles = new HashSet<>();

    private Set<@NotNull Long> storeIds = new HashSet<>();

    private Long vendorId;

    @Email(regexp = EMAIL, message = "{user.email.invalid}")
    @Size(max = 200)
    private String email;

    @Pattern(regexp = "zh|en", message = "{user.language.unknown}")
    private String language;

    private Long version;

    /** An address a mail server accepts: a local part, one @, a domain with a dot; no spaces or angle brackets. */
    public static final String EMAIL = "[^\\s@<>,;]+@[^\\s@<>,;]+\\.[^\\s@<>,;]+";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Long> getStoreIds() {
        return storeIds;
    }

    public void setStoreIds(Set<Long> storeIds) {
        this.storeIds = storeIds;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public void setVendorId(Long vendorId) {
        this.vendorId = vendorId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
