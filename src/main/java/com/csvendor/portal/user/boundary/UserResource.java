package com.csvendor.portal.user.boundary;

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

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "User accounts and role assignments (ADMIN)")
public class UserResource {

    @EJB
    UserService users;

    @GET
    @Operation(summary = "All users")
    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user")
    @RolesAllowed(Role.ADMIN_NAME)
    public UserView get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    @Operation(summary = "Create a user with roles and scope")
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(responseCode = "201", description = "Created, with its Location",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response create(@NotNull @Valid UserForm form, @Context UriInfo uri) {
        UserView created = users.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a user's name, roles, scope and (optionally) password")
    @RolesAllowed(Role.ADMIN_NAME)
    public UserView update(@PathParam("id") long id, @NotNull @Valid UserForm form) {
        return users.update(id, form);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a user: they can no longer sign in")
    @RolesAllowed(Role.ADMIN_NAME)
    public UserView deactivate(@PathParam("id") long id) {
        return users.setActive(id, false);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a user")
    @RolesAllowed(Role.ADMIN_NAME)
    public UserView reactivate(@PathParam("id") long id) {
        return users.setActive(id, true);
    }
}
