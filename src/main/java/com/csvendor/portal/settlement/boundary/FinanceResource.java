package com.csvendor.portal.settlement.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("finance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Finance", description = "Finance's overview of the statements")
public class FinanceResource {

    @EJB
    SettlementService settlement;

    @GET
    @Path("dashboard")
    @Operation(summary = "Statements by status with totals, approved statements by payment due date, the overdue"
            + " ones, totals per vendor and month (FINANCE, ADMIN)")
    public FinanceDashboard dashboard() {
        return settlement.dashboard();
    }
}
