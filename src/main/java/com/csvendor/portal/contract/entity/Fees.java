package com.csvendor.portal.contract.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How the vendor is paid: one fee model with its parameters, and the modifiers. Amounts are yuan
 * (two decimals); percentages are 0–100. Which parameters are required depends on the model.
 */
public class Fees implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private FeeModel model = FeeModel.SEAT_MONTHLY;

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal seatPrice;

    @NotNull @Size(max = 10)
    private List<@NotNull @Valid SessionTier> sessionTiers = new ArrayList<>();

    @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal commissionPercent;

    private boolean commissionNetOfRefunds;

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal basePerAgent;

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal hourlyRate;

    @DecimalMin("0") @Digits(integer = 4, fraction = 1)
    private BigDecimal contractedHoursPerAgent;

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal overtimeRate;

    @NotNull @Size(max = 20)
    private List<@NotNull @Valid Surcharge> surcharges = new ArrayList<>();

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal temporaryAgentDayRate;

    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
    private BigDecimal minimumMonthlyFee;

    public FeeModel getModel() {
        return model;
    }

    public void setModel(FeeModel model) {
        this.model = model;
    }

    public BigDecimal getSeatPrice() {
        return seatPrice;
    }

    public void setSeatPrice(BigDecimal seatPrice) {
        this.seatPrice = seatPrice;
    }

    public List<SessionTier> getSessionTiers() {
        return sessionTiers;
    }

    public void setSessionTiers(List<SessionTier> sessionTiers) {
        this.sessionTiers = sessionTiers == null ? new ArrayList<>() : new ArrayList<>(sessionTiers);
    }

    public BigDecimal getCommissionPercent() {
        return commissionPercent;
    }

    public void setCommissionPercent(BigDecimal commissionPercent) {
        this.commissionPercent = commissionPercent;
    }

    public boolean isCommissionNetOfRefunds() {
        return commissionNetOfRefunds;
    }

    public void setCommissionNetOfRefunds(boolean commissionNetOfRefunds) {
        this.commissionNetOfRefunds = commissionNetOfRefunds;
    }

    public BigDecimal getBasePerAgent() {
        return basePerAgent;
    }

    public void setBasePerAgent(BigDecimal basePerAgent) {
        this.basePerAgent = basePerAgent;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(BigDecimal hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public BigDecimal getContractedHoursPerAgent() {
        return contractedHoursPerAgent;
    }

    public void setContractedHoursPerAgent(BigDecimal contractedHoursPerAgent) {
        this.contractedHoursPerAgent = contractedHoursPerAgent;
    }

    public BigDecimal getOvertimeRate() {
        return overtimeRate;
    }

    public void setOvertimeRate(BigDecimal overtimeRate) {
        this.overtimeRate = overtimeRate;
    }

    public List<Surcharge> getSurcharges() {
        return surcharges;
    }

    public void setSurcharges(List<Surcharge> surcharges) {
        this.surcharges = surcharges == null ? new ArrayList<>() : new ArrayList<>(surcharges);
    }

    public BigDecimal getTemporaryAgentDayRate() {
        return temporaryAgentDayRate;
    }

    public void setTemporaryAgentDayRate(BigDecimal temporaryAgentDayRate) {
        this.temporaryAgentDayRate = temporaryAgentDayRate;
    }

    public BigDecimal getMinimumMonthlyFee() {
        return minimumMonthlyFee;
    }

    public void setMinimumMonthlyFee(BigDecimal minimumMonthlyFee) {
        this.minimumMonthlyFee = minimumMonthlyFee;
    }
}
