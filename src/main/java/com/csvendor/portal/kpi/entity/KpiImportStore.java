package com.csvendor.portal.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A store whose figures an import published (one import may span several with a store column). */
@Entity
@Table(name = "kpi_import_store")
@IdClass(KpiImportStore.Key.class)
public class KpiImportStore {

    /** The composite key, as JPA wants it: a class with the id fields' names. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long importId;
        private Long storeId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(importId, k.importId)
                    && java.util.Objects.equals(storeId, k.storeId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(importId, storeId);
        }
    }

    @Id
    @Column(name = "import_id")
    private Long importId;

    @Id
    @Column(name = "store_id")
    private Long storeId;

    protected KpiImportStore() {
    }

    public KpiImportStore(long importId, long storeId) {
        this.importId = importId;
        this.storeId = storeId;
    }

    public Long getImportId() {
        return importId;
    }

    public Long getStoreId() {
        return storeId;
    }
}
