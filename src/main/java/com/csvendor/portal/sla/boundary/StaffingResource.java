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

@Path("contracts/{id}/staffing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing reconciliation", description = "The agents a contract commits each day against the agents"
        + " present in its vendor's KPI rows")
public class StaffingResource {

    @EJB
    StaffingService staffing;

    @GET
    @Operation(summary = "A contract's staffing reconciliation (404 outside the caller's scope and for drafts): every"
            + " service day of the contract in force from..to (default: its start to today) with the agents committed"
            + " (shift headcounts of the shifts starting that day, the promotion commitment as the day's total on its"
            + " days, plus accepted staffing requests), the agents present (distinct agents with KPI rows; null when"
            + " the day has no rows: not judged), online hours against the shifts' agent-hours, and whether the day"
            + " is short; staffing kept % = kept / committed agent-days over the judged days")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StaffingView get(@PathParam("id") @Parameter(description = "contract id") long id,
            @QueryParam("from") @Parameter(description = "ISO date, default the contract's start") LocalDate from,
            @QueryParam("to") @Parameter(description = "ISO date, default today") LocalDate to) {
        return staffing.staffing(id, from, to);
    }
}
