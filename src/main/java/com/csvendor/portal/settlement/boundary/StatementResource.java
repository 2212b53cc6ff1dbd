package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.job.boundary.JobAnswer;
import com.csvendor.portal.job.boundary.JobView;
import com.csvendor.portal.platform.ApiLocale;
import com.csvendor.portal.platform.Downloads;
import com.csvendor.portal.settlement.entity.DueFilter;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.settlement.entity.StatementStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Settlement statements per contract and cycle: lines explained (in the"
        + " Accept-Language), totals, VAT, the workflow DRAFT → ISSUED → CONFIRMED / DISPUTED → APPROVED → PAID,"
        + " adjustments and the vendor's invoice. Workflow calls send the version they saw: a stale one answers 409")
public class StatementResource {

    @EJB
    SettlementService settlement;

    @Inject
    StatementSources sources;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Statements the caller may see (store manager: their stores; vendor lead: their vendor's,"
            + " never drafts; finance and admin: all), newest cycle first, filtered by status, contract, vendor and"
            + " a period the cycles overlap, and whether they are due within a week or overdue")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<StatementSummary> list(@QueryParam("status") StatementStatus status,
            @QueryParam("contractId") Long contractId, @QueryParam("vendorId") Long vendorId,
            @QueryParam("from") @Parameter(description = "ISO date: cycles ending on or after it") LocalDate from,
            @QueryParam("to") @Parameter(description = "ISO date: cycles starting on or before it") LocalDate to,
            @QueryParam("due") @Parameter(description = "THIS_WEEK: a draft's statement due date or an approved"
                    + " statement's payment due date falls today or within six days; OVERDUE: it has passed")
            DueFilter due) {
        return settlement.statements(status, contractId, vendorId, from, to, due);
    }

    @POST
    @Operation(summary = "Generate the statement of a contract's closed cycle (FINANCE, ADMIN): 201 with the new"
            + " statement, 200 when its DRAFT was recomputed; 409 when it is issued, confirmed, disputed (revise it)"
            + " or approved (adjust it). Exactly once per contract and cycle")
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    @APIResponse(responseCode = "201", description = "Generated, with its Location",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "200", description = "Its draft recomputed",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    public Response generate(@NotNull @Valid GenerateForm form, @Context UriInfo uri) {
        Generated g = settlement.generate(form, locale());
        if (!g.created()) {
            return Response.ok(g.statement()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(g.statement().id())).build())
                .entity(g.statement()).build();
    }

    @POST
    @Path("generate")
    @Operation(summary = "Start generating the missing statements of every closed cycle up to a date (FINANCE,"
            + " ADMIN), as the nightly run does, in the background: 202 with the job and its Location"
            + " (GET jobs/{id}). While one is still queued or running (in any portal instance), 202 with that job"
            + " and its Location instead: poll it, and ask again if its upTo was not yours")
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    @APIResponse(responseCode = "202", description = "The job, with its Location",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response generateAll(@NotNull @Valid GenerateAllForm form, @Context UriInfo uri) {
        return JobAnswer.accepted(settlement.generateAll(form), uri, StatementResource.class);
    }

    @GET
    @Path("jobs/{id}")
    @Operation(summary = "A \"generate all\" job (FINANCE, ADMIN): state QUEUED, RUNNING, DONE or FAILED, contracts"
            + " done of total, the summary (statements written, contracts left out because their SLA results could"
            + " not be brought up to date) or the error")
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    public JobView job(@PathParam("id") long id) {
        return settlement.generationJob(id, locale());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One statement with its lines, totals, workflow trail, invoice and its flags")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public StatementView get(@PathParam("id") long id) {
        return settlement.statement(id, locale());
    }

    @POST
    @Path("{id}/issue")
    @Operation(summary = "Issue a draft to the vendor (FINANCE)")
    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView issue(@PathParam("id") long id, @NotNull @Valid TransitionForm form) {
        return settlement.issue(id, form, locale());
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "Confirm an issued statement (VENDOR_LEAD of its vendor), optionally with a comment")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public StatementView confirm(@PathParam("id") long id, @NotNull @Valid TransitionForm form) {
        return settlement.confirm(id, form, locale());
    }

    @POST
    @Path("{id}/dispute")
    @Operation(summary = "Dispute an issued statement (VENDOR_LEAD of its vendor); the comment is required")
    @RolesAllowed(Role.VENDOR_LEAD_NAME)
    public StatementView dispute(@PathParam("id") long id, @NotNull @Valid TransitionForm form) {
        return settlement.dispute(id, form, locale());
    }

    @POST
    @Path("{id}/revise")
    @Operation(summary = "Take a disputed statement back to DRAFT, recomputed (FINANCE)")
    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView revise(@PathParam("id") long id, @NotNull @Valid TransitionForm form) {
        return settlement.revise(id, form, locale());
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a confirmed statement (FINANCE, never the user who generated or issued it);"
            + " payment falls due after the contract's net days. Of two concurrent approvals one succeeds, the other gets 409")
    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView approve(@PathParam("id") long id, @NotNull @Valid TransitionForm form) {
        return settlement.approve(id, form, locale());
    }

    @POST
    @Path("{id}/pay")
    @Operation(summary = "Record the payment of an approved statement: paidOn and paymentReference (FINANCE)")
    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView pay(@PathParam("id") long id, @NotNull @Valid TransitionForm form) {
        return settlement.pay(id, form, locale());
    }

    @POST
    @Path("{id}/adjustments")
    @Operation(summary = "Correct an approved or paid statement (FINANCE): a new ADJUSTMENT statement (DRAFT) with"
            + " the cycle recomputed now, the original's lines reversed and optional manual lines; 201")
    @RolesAllowed(Role.FINANCE_NAME)
    @APIResponse(responseCode = "201", description = "The adjustment statement, with its Location",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    public Response adjust(@PathParam("id") long id, @NotNull @Valid AdjustmentForm form, @Context UriInfo uri) {
        StatementView created = settlement.adjust(id, form, locale());
        return Response.created(uri.getBaseUriBuilder().path("statements").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}/invoice")
    @Operation(summary = "Record the vendor's invoice (FINANCE): number (20 digits, or a 10/12-digit code with an"
            + " 8-digit number), type, date, amounts; mismatches are flagged (TYPE, TAX_RATE, AMOUNT, ARITHMETIC)."
            + " Replaceable until approval; an approved statement takes one if it has none")
    @RolesAllowed(Role.FINANCE_NAME)
    public StatementView invoice(@PathParam("id") long id, @NotNull @Valid InvoiceForm form) {
        return settlement.recordInvoice(id, form, locale());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The statement as a printable PDF: parties, cycle, every line with how it was computed and"
            + " its source, totals, VAT, deposits, amount due, invoice and flags, due dates; ?lang=zh or en")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Locale locale = ApiLocale.of(lang, headers);
        StatementView s = settlement.statement(id, locale);
        return Response.ok(StatementPdf.render(s, sources.of(s).orElse(LineSourceWords.NONE), locale))
                .header("Content-Disposition", Downloads.attachment(StatementPdf.fileName(s, locale))).build();
    }

    private Locale locale() {
        return ApiLocale.of(headers);
    }
}
