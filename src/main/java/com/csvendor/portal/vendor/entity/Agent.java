package com.csvendor.portal.vendor.entity;

import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.store.entity.Store;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person of one vendor who serves customers, under one or more platform accounts (one per store
 * at most once per name). An agent who left keeps their accounts and history.
 */
@Entity
@Table(name = "agent")
@NamedQuery(name = "Agent.findByVendor",
        query = "SELECT a FROM Agent a WHERE a.vendor.id = :vendorId ORDER BY a.displayName, a.id")
@NamedQuery(name = "Agent.findByVendorInStores", query = "SELECT DISTINCT a FROM Agent a JOIN a.accounts acc"
        + " WHERE a.vendor.id = :vendorId AND acc.store.id IN :storeIds ORDER BY a.displayName, a.id")
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AgentStatus status = AgentStatus.ACTIVE;

    @OneToMany(mappedBy = "agent", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("accountName")
    private List<AgentAccount> accounts = new ArrayList<>();

    @Version
    private long version;

    protected Agent() {
    }

    public Agent(Vendor vendor, String displayName) {
        this.vendor = Objects.requireNonNull(vendor);
        rename(displayName);
    }

    public final void rename(String newName) {
        this.displayName = Objects.requireNonNull(newName).trim();
    }

    /**
     * Makes the agent's accounts exactly the given ones (store to account names), keeping the rows
     * of accounts that stay. A name listed twice for one store is refused.
     */
    public void replaceAccounts(Map<Store, List<String>> wanted) {
        List<AgentAccount> next = new ArrayList<>();
        wanted.forEach((store, names) -> names.forEach(raw -> {
            String name = raw == null ? "" : raw.strip();
            if (name.isEmpty()) {
                throw new InvalidInputException("accounts", "agent.account.blank");
            }
            if (next.stream().anyMatch(a -> a.sameAs(store, name))) {
                throw new InvalidInputException("accounts", "agent.account.duplicate", name, store.getCode());
            }
            next.add(accounts.stream().filter(a -> a.sameAs(store, name)).findFirst()
                    .orElseGet(() -> new AgentAccount(this, store, name)));
        }));
        accounts.retainAll(next);
        next.stream().filter(a -> !accounts.contains(a)).forEach(accounts::add);
    }

    public void leave() {
        status = AgentStatus.LEFT;
    }

    public void rejoin() {
        status = AgentStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AgentStatus getStatus() {
        return status;
    }

    public List<AgentAccount> getAccounts() {
        return Collections.unmodifiableList(accounts);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Agent other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Agent.class.hashCode();
    }
}
