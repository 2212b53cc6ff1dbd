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

@Path("contracts/{id}/dedicated-agent-flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dedicated agents", description = "Agents of a contract that says they are dedicated to the store (专人专店)"
        + " who have KPI figures in another store on the same day — counts only, the other store never named")
public class DedicatedAgentResource {

    @EJB
    DedicatedAgentService dedicated;

    @GET
    @Operation(summary = "A contract's dedicated agents seen elsewhere (404 outside the caller's scope and for drafts):"
            + " over from..to (default: the last 31 days, from the contract's start at the earliest, to today), on the"
            + " days a version saying hours.dedicatedAgents is in force, the agent-days of this store whose agent has"
            + " KPI rows in any other store that day — per day and per agent of this store")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public DedicatedAgentFlagsView get(@PathParam("id") @Parameter(description = "contract id") long id,
            @QueryParam("from") @Parameter(description = "ISO date, default 31 days back") LocalDate from,
            @QueryParam("to") @Parameter(description = "ISO date, default today") LocalDate to) {
        return dedicated.flags(id, from, to);
    }
}
