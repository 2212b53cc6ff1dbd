package com.csvendor.portal.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One header alias of an {@link ImportProfile}, changed only through it. The normalized header is
 * its key within the profile: an edit that keeps it rewrites this row instead of replacing it.
 */
@Entity
@Table(name = "kpi_profile_alias")
public class ProfileAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id")
    private ImportProfile profile;

    @Column(nullable = false, length = ImportProfile.MAX_HEADER_LENGTH)
    private String header;

    @Column(nullable = false, length = ImportProfile.MAX_HEADER_LENGTH, updatable = false)
    private String normalized;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private KpiField field;

    protected ProfileAlias() {
    }

    ProfileAlias(ImportProfile profile, String header, String normalized, KpiField field) {
        this.profile = profile;
        this.normalized = normalized;
        rewrite(header, field);
    }

    final ProfileAlias rewrite(String newHeader, KpiField newField) {
        this.header = newHeader;
        this.field = newField;
        return this;
    }

    String normalized() {
        return normalized;
    }

    KpiField field() {
        return field;
    }

    HeaderAlias value() {
        return new HeaderAlias(header, field);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProfileAlias other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ProfileAlias.class.hashCode();
    }
}
