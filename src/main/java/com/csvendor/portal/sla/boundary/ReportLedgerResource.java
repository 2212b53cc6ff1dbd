package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("contracts/{id}/report-ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Daily-report ledger", description = "The daily reports a contract's vendor owes its store: each day"
        + " received, late, missing or not yet due")
public class ReportLedgerResource {

    @EJB
    ReportLedgerService ledgers;

    @GET
    @Operation(summary = "A contract's daily-report ledger (404 outside the caller's scope and for drafts): every day"
            + " of the contract in force from..to (default: its start to today), RECEIVED by its due time (default"
            + " 12:00 Beijing time the next day), LATE (first received after it), MISSING (past due, nothing"
            + " received) or NOT_YET_DUE, with the import that first brought the day's figures, when, and the"
            + " metrics they cover")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ReportLedgerView get(@PathParam("id") @Parameter(description = "contract id") long id,
            @QueryParam("from") @Parameter(description = "ISO date, default the contract's start") LocalDate from,
            @QueryParam("to") @Parameter(description = "ISO date, default today") LocalDate to) {
        return ledgers.ledger(id, from, to);
    }
}
