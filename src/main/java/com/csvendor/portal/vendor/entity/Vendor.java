package com.csvendor.portal.vendor.entity;

import com.csvendor.portal.shared.Activatable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** An outsourcing company. Its credit code identifies it legally and is unique. */
@Entity
@Table(name = "vendor")
@NamedQuery(name = "Vendor.findAll", query = "SELECT v FROM Vendor v ORDER BY v.name")
@NamedQuery(name = "Vendor.findByName", query = "SELECT v FROM Vendor v WHERE v.name = :name")
@NamedQuery(name = "Vendor.findByCreditCode", query = "SELECT v FROM Vendor v WHERE v.creditCode = :code")
public class Vendor implements Activatable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Convert(converter = CreditCodeConverter.class)
    @Column(name = "credit_code", nullable = false, length = 18)
    private CreditCode creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "taxpayer_type", nullable = false, length = 16)
    private TaxpayerType taxpayerType;

    @Embedded
    private Contact contact;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Vendor() {
    }

    public Vendor(String name, String legalName, CreditCode creditCode, TaxpayerType taxpayerType, Contact contact) {
        change(name, legalName, creditCode, taxpayerType, contact);
    }

    public final void change(String name, String legalName, CreditCode creditCode, TaxpayerType taxpayerType,
            Contact contact) {
        this.name = Objects.requireNonNull(name).trim();
        this.legalName = Objects.requireNonNull(legalName).trim();
        this.creditCode = Objects.requireNonNull(creditCode);
        this.taxpayerType = Objects.requireNonNull(taxpayerType);
        this.contact = contact == null ? new Contact(null, null, null) : contact;
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

    public String getName() {
        return name;
    }

    public String getLegalName() {
        return legalName;
    }

    public CreditCode getCreditCode() {
        return creditCode;
    }

    public TaxpayerType getTaxpayerType() {
        return taxpayerType;
    }

    public Contact getContact() {
        return contact == null ? new Contact(null, null, null) : contact;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Vendor other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Vendor.class.hashCode();
    }
}
