package com.csvendor.portal.kpi.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("kpi-profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KPI import profiles", description = "Header aliases of the platforms' KPI exports, mapped to canonical fields")
public class ImportProfileResource {

    @EJB
    ImportProfileService profiles;

    @GET
    @Operation(summary = "All import profiles with their header aliases")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<ImportProfileView> list() {
        return profiles.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One import profile")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ImportProfileView get(@PathParam("id") long id) {
        return profiles.get(id);
    }

    @POST
    @Operation(summary = "Create an import profile (ADMIN); the agent account and the date must be mapped")
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(responseCode = "201", description = "Created, with its Location",
            content = @Content(schema = @Schema(implementation = ImportProfileView.class)))
    public Response create(@NotNull @Valid ImportProfileForm form, @Context UriInfo uri) {
        ImportProfileView created = profiles.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a profile, set its platform and replace its aliases (ADMIN); send the version you read")
    @RolesAllowed(Role.ADMIN_NAME)
    public ImportProfileView update(@PathParam("id") long id, @NotNull @Valid ImportProfileForm form) {
        return profiles.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an import profile (ADMIN); a built-in profile cannot be deleted (409)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@PathParam("id") long id) {
        profiles.delete(id);
        return Response.noContent().build();
    }
}
