package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SLA incidents", description = "Incidents store managers record against a contract (forbidden phrase,"
        + " data leak…), fined by the contract's clause for their type")
public class IncidentResource {

    @EJB
    SlaService sla;

    @GET
    @Operation(summary = "Incidents the caller may see, newest first, optionally of one contract")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<IncidentView> list(@QueryParam("contract") Long contract) {
        return sla.incidents(contract);
    }

    @POST
    @Operation(summary = "Record an incident (STORE_MANAGER of the contract's store): date, type, evidence; the"
            + " fine comes from the incident clause of the contract version in force that day")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    @APIResponse(responseCode = "201", description = "Recorded, with its Location",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    public Response record(@NotNull @Valid IncidentForm form, @Context UriInfo uri) {
        IncidentView created = sla.recordIncident(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One incident")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public IncidentView get(@PathParam("id") long id) {
        return sla.incident(id);
    }
}
