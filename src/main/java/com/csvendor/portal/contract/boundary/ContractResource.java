package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.control.TermsDiff;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.platform.ApiLocale;
import com.csvendor.portal.platform.Downloads;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Outsourcing contracts, their versions (amendments), life cycle and audit trail")
public class ContractResource {

    @EJB
    ContractService contracts;

    @EJB
    ContractAlerts alerts;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Contracts the caller may see, filtered by store, vendor, status and ending within N days")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<ContractSummary> list(@QueryParam("storeId") Long storeId, @QueryParam("vendorId") Long vendorId,
            @QueryParam("status") ContractStatus status, @QueryParam("expiringWithinDays") Integer expiringWithinDays) {
        return contracts.list(storeId, vendorId, status, expiringWithinDays);
    }

    @POST
    @Operation(summary = "Create a draft contract (STORE_MANAGER of the store); answers its warnings too")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    @APIResponse(responseCode = "201", description = "Created, with its Location",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response create(@NotNull @Valid ContractForm form, @Context UriInfo uri) {
        ContractView created = contracts.create(form, ApiLocale.of(headers));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("import")
    @Operation(summary = "Import existing contracts with their amendments and status, all or nothing (STORE_MANAGER)")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public List<ContractSummary> importAll(@NotNull @Valid List<@NotNull @Valid ContractImport> items) {
        return contracts.importAll(items);
    }

    @POST
    @Path("check")
    @Operation(summary = "Check terms for a vendor without saving: the errors that would block and the warnings")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public List<ContractView.Note> check(@QueryParam("vendorId") long vendorId, @NotNull @Valid ContractTerms terms) {
        return contracts.check(vendorId, terms, ApiLocale.of(headers));
    }

    @GET
    @Path("alerts")
    @Operation(summary = "Contracts in their notice period and promotions whose staffing notice has started")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<ContractAlert> alerts() {
        return alerts.current();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A contract with the terms of its current version (404 outside the caller's scope)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ContractView get(@PathParam("id") long id, @QueryParam("on") LocalDate on) {
        return on == null ? contracts.get(id, ApiLocale.of(headers)) : contracts.inForceOn(id, on, ApiLocale.of(headers));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rewrite a draft (STORE_MANAGER); send the version you read")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public ContractView reviseDraft(@PathParam("id") long id, @NotNull @Valid ContractForm form) {
        return contracts.reviseDraft(id, form, ApiLocale.of(headers));
    }

    @POST
    @Path("{id}/amendments")
    @Operation(summary = "Amend a contract in force: the complete new terms from an effective date (STORE_MANAGER)")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public ContractView amend(@PathParam("id") long id, @NotNull @Valid AmendmentForm form) {
        return contracts.amend(id, form, ApiLocale.of(headers));
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move along the life cycle: activate, suspend, resume, expire, terminate (STORE_MANAGER)")
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public ContractView changeStatus(@PathParam("id") long id, @NotNull @Valid StatusChangeForm form) {
        return contracts.changeStatus(id, form, ApiLocale.of(headers));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The contract as a printable PDF: the current version, or ?version=N; ?lang=zh or en"
            + " (else the Accept-Language)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public Response pdf(@PathParam("id") long id, @QueryParam("version") Integer version,
            @QueryParam("lang") String lang) {
        Locale locale = ApiLocale.of(lang, headers);
        ContractView view = version == null ? contracts.get(id, locale) : contracts.version(id, version, locale);
        return Response.ok(ContractPdf.render(view, locale))
                .header("Content-Disposition", Downloads.attachment(ContractPdf.fileName(view, locale))).build();
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "The version history: each version with the dates it is in force")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return contracts.versions(id);
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(summary = "One version's terms")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ContractView version(@PathParam("id") long id, @PathParam("number") int number) {
        return contracts.version(id, number, ApiLocale.of(headers));
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed between two versions, field by field (?from=1&to=2)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<TermsDiff.Change> diff(@PathParam("id") long id, @QueryParam("from") int from,
            @QueryParam("to") int to) {
        return contracts.diff(id, from, to);
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "The audit trail: who changed what and when (UTC), before and after")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<AuditView> audit(@PathParam("id") long id) {
        return contracts.audit(id);
    }
}
