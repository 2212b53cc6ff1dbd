package com.csvendor.portal.store.boundary;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stores", description = "Online stores whose customer service is outsourced")
public class StoreResource {

    @EJB
    StoreService service;

    @GET
    @Operation(summary = "Stores the caller may see")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<StoreView> list() {
        return service.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One store (404 when missing or outside the caller's scope)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StoreView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Create a store (ADMIN)")
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(responseCode = "201", description = "Created, with its Location",
            content = @Content(schema = @Schema(implementation = StoreView.class)))
    public Response create(@NotNull @Valid StoreForm form, @Context UriInfo uri) {
        StoreView created = service.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a store (ADMIN); send the version you read")
    @RolesAllowed(Role.ADMIN_NAME)
    public StoreView update(@PathParam("id") long id, @NotNull @Valid StoreForm form) {
        return service.update(id, form);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a store (ADMIN)")
    @RolesAllowed(Role.ADMIN_NAME)
    public StoreView deactivate(@PathParam("id") long id) {
        return service.setActive(id, false);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a store (ADMIN)")
    @RolesAllowed(Role.ADMIN_NAME)
    public StoreView reactivate(@PathParam("id") long id) {
        return service.setActive(id, true);
    }
}
