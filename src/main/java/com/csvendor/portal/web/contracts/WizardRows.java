package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.DateRange;
import com.csvendor.portal.contract.entity.IncidentFine;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.Shift;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.Surcharge;
import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.util.List;

/** Adding and removing the rows of the wizard's tables (shifts, tiers, targets…); new rows start sensibly. */
@Dependent
public class WizardRows implements Serializable {

    private static final long serialVersionUID = 1L;

    public void addShift(ContractTerms terms) {
        Shift shift = new Shift();
        shift.setStart(terms.getHours().getOpens());
        shift.setEnd(terms.getHours().getCloses());
        shift.setDays(terms.getHours().getDays());
        shift.setHeadcount(1);
        terms.getHours().getShifts().add(shift);
    }

    public void addPromotion(ContractTerms terms) {
        PromotionCommitment p = new PromotionCommitment();
        p.setHeadcount(1);
        terms.getStaffing().getPromotions().add(p);
    }

    public void addSessionTier(ContractTerms terms) {
        terms.getFees().getSessionTiers().add(new SessionTier());
    }

    public void addSurcharge(ContractTerms terms) {
        terms.getFees().getSurcharges().add(new Surcharge());
    }

    public void addSlaTarget(ContractTerms terms) {
        terms.getSlaTargets().add(new SlaTarget());
    }

    public void addExemption(SlaTarget target) {
        target.getExemptions().add(new DateRange());
    }

    public void addPenaltyTier(ContractTerms terms) {
        terms.getPenalties().getTiers().add(new PenaltyTier());
    }

    public void addIncidentFine(ContractTerms terms) {
        terms.getPenalties().getIncidentFines().add(new IncidentFine());
    }

    /** Removes this very row (rows have no value equality). */
    public void remove(List<?> list, Object row) {
        list.removeIf(r -> r == row);
    }
}
