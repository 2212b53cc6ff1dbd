package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("staffing-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing requests", description = "A store manager asks the contract's vendor for more agents from a"
        + " date; the vendor lead accepts or declines")
public class StaffingRequestResource {

    @EJB
    StaffingRequestService staffing;

    @GET
    @Path("{id}")
    @Operation(summary = "One staffing request (404 outside the caller's scope)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StaffingRequestView get(@PathParam("id") long id) {
        return staffing.get(id);
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept a requested staffing request (VENDOR_LEAD of the contract's vendor): the headcount"
            + " checked rises by its agents on its days; optional note and version (a stale one answers 409)")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public StaffingRequestView accept(@PathParam("id") long id, @Valid StaffingDecisionForm form) {
        return staffing.accept(id, form == null ? new StaffingDecisionForm() : form);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline a requested staffing request with a reason in note (VENDOR_LEAD of the contract's"
            + " vendor); optional version")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public StaffingRequestView decline(@PathParam("id") long id, @Valid StaffingDecisionForm form) {
        return staffing.decline(id, form == null ? new StaffingDecisionForm() : form);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a staffing request not yet decided (STORE_MANAGER of the contract's store);"
            + " optional note and version")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public StaffingRequestView withdraw(@PathParam("id") long id, @Valid StaffingDecisionForm form) {
        return staffing.withdraw(id, form == null ? new StaffingDecisionForm() : form);
    }
}
