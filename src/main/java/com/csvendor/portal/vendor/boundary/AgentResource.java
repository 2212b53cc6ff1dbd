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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agents", description = "Agents of a vendor and their platform accounts")
public class AgentResource {

    @EJB
    AgentService agents;

    @GET
    @Path("{id}")
    @Operation(summary = "One agent with the accounts the caller may see")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME})
    public AgentView get(@PathParam("id") long id) {
        return agents.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename an agent and replace its accounts (ADMIN, the vendor's lead)")
    @RolesAllowed({Role.ADMIN_NAME, Role.VENDOR_LEAD_NAME})
    public AgentView update(@PathParam("id") long id, @NotNull @Valid AgentForm form) {
        return agents.update(id, form);
    }

    @POST
    @Path("{id}/leave")
    @Operation(summary = "Mark the agent as having left")
    @RolesAllowed({Role.ADMIN_NAME, Role.VENDOR_LEAD_NAME})
    public AgentView leave(@PathParam("id") long id) {
        return agents.setLeft(id, true);
    }

    @POST
    @Path("{id}/rejoin")
    @Operation(summary = "Mark the agent as working again")
    @RolesAllowed({Role.ADMIN_NAME, Role.VENDOR_LEAD_NAME})
    public AgentView rejoin(@PathParam("id") long id) {
        return agents.setLeft(id, false);
    }
}
