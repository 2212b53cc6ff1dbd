package com.csvendor.portal.vendor.boundary;

import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.entity.Agent;
import com.csvendor.portal.vendor.entity.AgentStatus;
import java.io.Serializable;
import java.util.List;
import java.util.function.Predicate;

public record AgentView(long id, long vendorId, String vendorName, String displayName, AgentStatus status,
        List<Account> accounts, long version) implements Serializable {

    public record Account(long storeId, String storeCode, String storeName, String accountName) implements Serializable {
    }

    /** The agent with the accounts in the stores the viewer may see. */
    static AgentView of(Agent a, Predicate<Store> shown) {
        List<Account> accounts = a.getAccounts().stream().filter(acc -> shown.test(acc.getStore()))
                .map(acc -> new Account(acc.getStore().getId(), acc.getStore().getCode(), acc.getStore().getName(),
                        acc.getAccountName()))
                .toList();
        return new AgentView(a.getId(), a.getVendor().getId(), a.getVendor().getName(), a.getDisplayName(),
                a.getStatus(), accounts, a.getVersion());
    }
}
