package com.csvendor.portal.user.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Who is calling")
public class PasswordResource {

    @EJB
    UserService users;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    @PUT
    @Operation(summary = "Change your own password (every role): currentPassword and newPassword; the new one needs"
            + " 8 characters, must not be a common password nor contain the user name. Ends your other sessions")
    @APIResponse(responseCode = "204", description = "Changed; your other sessions are ended")
    public Response change(@NotNull @Valid PasswordChangeForm form) {
        users.changeOwnPassword(form);
        return Response.noContent().build();
    }
}
