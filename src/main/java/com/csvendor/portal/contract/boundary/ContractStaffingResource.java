package com.csvendor.portal.contract.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("contracts/{id}/staffing-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing requests", description = "A store manager asks the contract's vendor for more agents from a"
        + " date; the vendor lead accepts or declines")
public class ContractStaffingResource {

    @EJB
    StaffingRequestService staffing;

    @GET
    @Operation(summary = "A contract's staffing requests, latest first day first (404 outside the caller's scope)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<StaffingRequestView> list(@PathParam("id") @Parameter(description = "contract id") long id) {
        return staffing.ofContract(id);
    }

    @POST
    @Operation(summary = "Ask the vendor for so many more agents from fromDate (to toDate, or open-ended) (STORE_MANAGER of the"
            + " contract's store). Refused (400, with the reasons) unless the contract is ACTIVE, the days are in"
            + " force, fromDate is at least the terms' staffing.addNoticeDays after today (Beijing time) and the"
            + " agents requested or accepted on any of its days plus these stay within staffing.maxAdditionalAgents")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    @APIResponse(responseCode = "201", description = "Requested, with its Location",
            content = @Content(schema = @Schema(implementation = StaffingRequestView.class)))
    public Response request(@PathParam("id") @Parameter(description = "contract id") long id,
            @NotNull @Valid StaffingRequestForm form, @Context UriInfo uri) {
        StaffingRequestView created = staffing.request(id, form);
        return Response.created(uri.getBaseUriBuilder().path("staffing-requests").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }
}
