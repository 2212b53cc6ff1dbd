package com.csvendor.portal.vendor.entity;

import com.csvendor.portal.store.entity.Store;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The name an agent works under in one store — a platform sub-account such as {@code 萌宠旗舰店:小美}.
 * Unique per store: KPI rows name the account, and the account names the agent.
 */
@Entity
@Table(name = "agent_account")
@NamedQuery(name = "AgentAccount.findByStoreAndName",
        query = "SELECT a FROM AgentAccount a WHERE a.store.id = :storeId AND a.accountName = :name")
public class AgentAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private Agent agent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @Column(name = "account_name", nullable = false, length = 100)
    private String accountName;

    protected AgentAccount() {
    }

    AgentAccount(Agent agent, Store store, String accountName) {
        this.agent = agent;
        this.store = store;
        this.accountName = accountName;
    }

    public Long getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public Store getStore() {
        return store;
    }

    public String getAccountName() {
        return accountName;
    }

    boolean sameAs(Store otherStore, String otherName) {
        return store.equals(otherStore) && accountName.equals(otherName);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof AgentAccount other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return AgentAccount.class.hashCode();
    }
}
