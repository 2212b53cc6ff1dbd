package com.csvendor.portal.vendor.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An agent as a client sends it: the whole list of accounts replaces the stored one. */
public class AgentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotNull
    @Size(max = 50)
    private List<@NotNull @Valid Account> accounts = new ArrayList<>();

    private Long version;

    /** One platform account: the store and the name the agent works under there. */
    public static class Account implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private Long storeId;

        @NotBlank
        @Size(max = 100)
        private String accountName;

        public Account() {
        }

        public Account(Long storeId, String accountName) {
            this.storeId = storeId;
            this.accountName = accountName;
        }

        public Long getStoreId() {
            return storeId;
        }

        public void setStoreId(Long storeId) {
            this.storeId = storeId;
        }

        public String getAccountName() {
            return accountName;
        }

        public void setAccountName(String accountName) {
            this.accountName = accountName;
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public void setAccounts(List<Account> accounts) {
        this.accounts = accounts;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
