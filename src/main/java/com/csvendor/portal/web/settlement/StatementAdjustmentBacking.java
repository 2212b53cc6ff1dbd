package com.csvendor.portal.web.settlement;

import com.csvendor.portal.settlement.boundary.AdjustmentForm;
import com.csvendor.portal.settlement.boundary.SettlementService;
import com.csvendor.portal.settlement.boundary.StatementView;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The adjustment dialog of the statement page: a reason and optional manual lines; the service
 * recomputes the cycle and makes the ADJUSTMENT statement, which the page then opens.
 */
@Named
@ViewScoped
public class StatementAdjustmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SettlementService settlement;

    @Inject
    StatementBacking page;

    @Inject
    LocaleBacking language;

    private AdjustmentForm adjustment = new AdjustmentForm();

    public void start() {
        adjustment = new AdjustmentForm();
    }

    public void addLine() {
        adjustment.getLines().add(new AdjustmentForm.ManualLine());
    }

    public void removeLine(AdjustmentForm.ManualLine line) {
        adjustment.getLines().remove(line);
    }

    public String adjust() {
        try {
            StatementView made = settlement.adjust(page.getStatement().id(), adjustment, language.getLocale());
            FacesMessages.info("settlement.adjusted", made.number());
            return "/settlement/statement?faces-redirect=true&id=" + made.id();
        } catch (RuntimeException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    public AdjustmentForm getAdjustment() {
        return adjustment;
    }
}
