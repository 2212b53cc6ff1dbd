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

@Path("disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SLA disputes", description = "A vendor lead disputes a breach or an incident; the store manager"
        + " accepts (breach waived, incident withdrawn, penalties recomputed) or rejects it")
public class DisputeResource {

    @EJB
    SlaService sla;

    @GET
    @Operation(summary = "Disputes the caller may see, newest first, optionally of one contract")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<DisputeView> list(@QueryParam("contract") Long contract) {
        return sla.disputes(contract);
    }

    @POST
    @Operation(summary = "Dispute a breach (subjectType BREACH, subjectId = an SLA result's id) or an incident"
            + " (INCIDENT, its id) of the caller's vendor, with a comment (VENDOR_LEAD); one open dispute per subject")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    @APIResponse(responseCode = "201", description = "Raised, with its Location",
            content = @Content(schema = @Schema(implementation = DisputeView.class)))
    public Response raise(@NotNull @Valid DisputeForm form, @Context UriInfo uri) {
        DisputeView created = sla.raise(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One dispute")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public DisputeView get(@PathParam("id") long id) {
        return sla.dispute(id);
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept an open dispute (STORE_MANAGER of the store): the breach is waived or the incident"
            + " withdrawn and the cycle's penalties recomputed; optional comment and version")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public DisputeView accept(@PathParam("id") long id, @Valid DecisionForm form) {
        return sla.accept(id, form == null ? new DecisionForm() : form);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject an open dispute with a comment (STORE_MANAGER of the store); optional version")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public DisputeView reject(@PathParam("id") long id, @Valid DecisionForm form) {
        return sla.reject(id, form == null ? new DecisionForm() : form);
    }
}
