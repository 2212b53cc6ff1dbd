package com.csvendor.portal.web.sla;

import com.csvendor.portal.sla.boundary.ContractStanding;
import com.csvendor.portal.shared.Figures;
import com.csvendor.portal.sla.boundary.SlaService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/** The SLA standing of every contract the caller sees: the latest cycle, cycle-to-date (the service scopes it). */
@Named
@RequestScoped
public class SlaListBacking {

    @EJB
    SlaService sla;

    private List<ContractStanding> standings;

    public List<ContractStanding> getStandings() {
        if (standings == null) {
            standings = sla.standings();
        }
        return standings;
    }

    /** An amount as every page, export and PDF writes it ({@link Figures#money}): ¥1,234.50, −¥80.00, "—" for none. */
    public String money(BigDecimal amount) {
        return Figures.money(amount);
    }
}
