package com.csvendor.portal.vendor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Whom the store talks to at the vendor. All parts optional. */
@Embeddable
public class Contact {

    @Column(name = "contact_name", length = 100)
    private String name;

    @Column(name = "contact_phone", length = 40)
    private String phone;

    @Column(name = "contact_email", length = 200)
    private String email;

    protected Contact() {
    }

    public Contact(String name, String phone, String email) {
        this.name = blankToNull(name);
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact c && Objects.equals(name, c.name) && Objects.equals(phone, c.phone)
                && Objects.equals(email, c.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, phone, email);
    }
}
