package com.csvendor.portal.contract.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Termination (合同解除的条件): the agreed conditions in words, a no-fault exit window at the
 * start, the days allowed for data handover and whether sub-accounts are revoked on exit. The
 * structured trigger of consecutive breaches is a penalty clause.
 */
public class Termination implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 4000)
    private String conditions;

    @Min(0) @Max(365)
    private int noFaultExitDays;

    @Min(0) @Max(365)
    private int dataHandoverDays = 7;

    private boolean revokeSubAccounts = true;

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public int getNoFaultExitDays() {
        return noFaultExitDays;
    }

    public void setNoFaultExitDays(int noFaultExitDays) {
        this.noFaultExitDays = noFaultExitDays;
    }

    public int getDataHandoverDays() {
        return dataHandoverDays;
    }

    public void setDataHandoverDays(int dataHandoverDays) {
        this.dataHandoverDays = dataHandoverDays;
    }

    public boolean isRevokeSubAccounts() {
        return revokeSubAccounts;
    }

    public void setRevokeSubAccounts(boolean revokeSubAccounts) {
        this.revokeSubAccounts = revokeSubAccounts;
    }
}
