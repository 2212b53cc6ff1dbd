package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which price parameters belong to which fee model: the wizard shows only those, and clears the
 * others on saving, so a value typed for a model given up is not kept unseen in the contract.
 */
public final class FeeParameters {

    public enum Parameter {
        SEAT_PRICE, SESSION_TIERS, COMMISSION, BASE_PER_AGENT, HOURLY_RATE
    }

    private FeeParameters() {
    }

    public static Set<Parameter> of(FeeModel model) {
        return switch (model) {
            case SEAT_MONTHLY -> EnumSet.of(Parameter.SEAT_PRICE);
            case PER_SESSION -> EnumSet.of(Parameter.SESSION_TIERS);
            case COMMISSION -> EnumSet.of(Parameter.COMMISSION);
            case BASE_PLUS_COMMISSION -> EnumSet.of(Parameter.BASE_PER_AGENT, Parameter.COMMISSION);
            case HOURLY -> EnumSet.of(Parameter.HOURLY_RATE);
        };
    }

    public static void clearUnused(Fees fees) {
        Set<Parameter> used = of(fees.getModel());
        if (!used.contains(Parameter.SEAT_PRICE)) {
            fees.setSeatPrice(null);
        }
        if (!used.contains(Parameter.SESSION_TIERS)) {
            fees.setSessionTiers(null);
        }
        if (!used.contains(Parameter.COMMISSION)) {
            fees.setCommissionPercent(null);
            fees.setCommissionNetOfRefunds(false);
        }
        if (!used.contains(Parameter.BASE_PER_AGENT)) {
            fees.setBasePerAgent(null);
        }
        if (!used.contains(Parameter.HOURLY_RATE)) {
            fees.setHourlyRate(null);
        }
    }
}
