package com.csvendor.portal.vendor.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("vendors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vendors", description = "Outsourcing vendors and their agents")
public class VendorResource {

    @EJB
    VendorService vendors;

    @EJB
    AgentService agents;

    @GET
    @Operation(summary = "Vendors the caller may see (a vendor lead: their own)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<VendorView> list() {
        return vendors.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One vendor (404 when missing or outside the caller's scope)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public VendorView get(@PathParam("id") long id) {
        return vendors.get(id);
    }

    @POST
    @Operation(summary = "Create a vendor (ADMIN); the credit code's check character is verified")
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(responseCode = "201", description = "Created, with its Location",
            content = @Content(schema = @Schema(implementation = VendorView.class)))
    public Response create(@NotNull @Valid VendorForm form, @Context UriInfo uri) {
        VendorView created = vendors.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a vendor (ADMIN); send the version you read")
    @RolesAllowed(Role.ADMIN_NAME)
    public VendorView update(@PathParam("id") long id, @NotNull @Valid VendorForm form) {
        return vendors.update(id, form);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a vendor (ADMIN)")
    @RolesAllowed(Role.ADMIN_NAME)
    public VendorView deactivate(@PathParam("id") long id) {
        return vendors.setActive(id, false);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a vendor (ADMIN)")
    @RolesAllowed(Role.ADMIN_NAME)
    public VendorView reactivate(@PathParam("id") long id) {
        return vendors.setActive(id, true);
    }

    @GET
    @Path("{id}/agents")
    @Operation(summary = "The vendor's agents the caller may see")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public List<AgentView> agents(@PathParam("id") long id) {
        return agents.list(id);
    }

    @POST
    @Path("{id}/agents")
    @Operation(summary = "Add an agent with platform accounts (ADMIN, the vendor's lead)")
    @RolesAllowed({Role.ADMIN_NAME, Role.VENDOR_LEAD_NAME})
    @APIResponse(responseCode = "201", description = "Added, with its Location",
            content = @Content(schema = @Schema(implementation = AgentView.class)))
    public Response addAgent(@PathParam("id") long id, @NotNull @Valid AgentForm form, @Context UriInfo uri) {
        AgentView created = agents.create(id, form);
        URI location = uri.getBaseUriBuilder().path(AgentResource.class).path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }
}
