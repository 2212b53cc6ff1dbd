package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.contract.entity.SettlementCycle;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the contract list: parties, period, status and the four terms stores check first. */
public record ContractSummary(long id, String number, long storeId, String storeCode, String storeName, long vendorId,
        String vendorName, ContractStatus status, LocalDate startDate, LocalDate endDate, int currentVersion,
        FeeModel feeModel, BigDecimal vatRatePercent, InvoiceType invoiceType, SettlementCycle cycle,
        int paymentNetDays, long version) implements Serializable {

    static ContractSummary of(Contract c) {
        ContractTerms t = c.current().getTerms();
        return new ContractSummary(c.getId(), c.getNumber(), c.getStore().getId(), c.getStore().getCode(),
                c.getStore().getName(), c.getVendor().getId(), c.getVendor().getName(), c.getStatus(),
                c.getStartDate(), c.getEndDate(), c.current().getNumber(), t.getFees().getModel(),
                t.getTax().getVatRatePercent(), t.getTax().getInvoiceType(), t.getSettlement().getCycle(),
                t.getSettlement().getPaymentNetDays(), c.getVersion());
    }
}
