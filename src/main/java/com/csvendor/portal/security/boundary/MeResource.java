package com.csvendor.portal.security.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Who is calling")
public class MeResource {

    public record Me(String username, String displayName, Set<Role> roles, Set<Long> storeIds, Long vendorId) {
    }

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The signed-in user, their roles and data scope")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public Me me() {
        return new Me(caller.username(), caller.displayName(), caller.roles(), caller.managedStoreIds(),
                caller.leadVendorId().orElse(null));
    }
}
