package com.csvendor.portal.settlement.boundary;

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

@Path("temporary-agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Temporary agents", description = "Agents a store orders for a promotion, charged on the statement of"
        + " each cycle at the contract's temporary agent day rate")
public class TemporaryAgentsResource {

    @EJB
    SettlementService settlement;

    @GET
    @Operation(summary = "Temporary agents the caller may see, newest first, optionally of one contract")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<TemporaryAgentsView> list(@QueryParam("contractId") Long contractId) {
        return settlement.temporaryAgents(contractId);
    }

    @POST
    @Operation(summary = "Record temporary agents (FINANCE, or the STORE_MANAGER of the contract's store): agents per"
            + " day from workFrom to workTo within the contract period; refused in a settled cycle")
    @RolesAllowed({Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    @APIResponse(responseCode = "201", description = "Recorded, with its Location",
            content = @Content(schema = @Schema(implementation = TemporaryAgentsView.class)))
    public Response record(@NotNull @Valid TemporaryAgentsForm form, @Context UriInfo uri) {
        TemporaryAgentsView created = settlement.recordTemporaryAgents(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One record of temporary agents")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public TemporaryAgentsView get(@PathParam("id") long id) {
        return settlement.temporaryAgent(id);
    }
}
