package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("report-deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Daily-report ledger", description = "The daily reports a contract's vendor owes its store: each day"
        + " received, late, missing or not yet due")
public class ReportDeadlinesResource {

    @EJB
    ReportDeadlines deadlines;

    @POST
    @Path("check")
    @Operation(summary = "Run the hourly check of daily reports now (ADMIN): re-evaluate the contracts with days"
            + " fallen due missing, and mail each newly missing day once to the vendor's leads and the store's"
            + " managers who want it; answers how many contracts were re-evaluated and days announced")
    @RolesAllowed(Role.ADMIN_NAME)
    public ReportDeadlines.Checked check() {
        return deadlines.runNow();
    }
}
