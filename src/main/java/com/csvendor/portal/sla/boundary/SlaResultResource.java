package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.job.boundary.JobAnswer;
import com.csvendor.portal.job.boundary.JobView;
import com.csvendor.portal.platform.ApiLocale;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.sla.control.SlaEvaluation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("sla-results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SLA results", description = "Each SLA target of a contract judged per window (DAILY, WEEKLY,"
        + " SETTLEMENT_CYCLE) from the KPI figures: measured value, target, outcome, shortfall, contract version")
public class SlaResultResource {

    @EJB
    SlaService sla;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "SLA results the caller may see (store manager: their stores; vendor lead: their vendor;"
            + " admin and finance: all), newest window first, filtered by contract, window kind, a period the"
            + " windows overlap and breaches only (breached so far in running windows too); offset/limit page them"
            + " (limit at most 1000). A window not ended yet is PROVISIONAL_MET/_BREACHED/_NOT_JUDGED with"
            + " provisional true: it counts for nothing and cannot be disputed until it closes and is judged")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<SlaResultView> list(@QueryParam("contract") @Parameter(description = "contract id") Long contract,
            @QueryParam("window") SlaWindow window,
            @QueryParam("from") @Parameter(description = "ISO date: windows ending on or after it") LocalDate from,
            @QueryParam("to") @Parameter(description = "ISO date: windows starting on or before it") LocalDate to,
            @QueryParam("breachedOnly") @DefaultValue("false") boolean breachedOnly,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        return sla.results(contract, window, from, to, breachedOnly, offset, limit);
    }

    @GET
    @Path("cycles/{id}")
    @Operation(summary = "A contract's settlement cycles as its SLA page shows them, newest first: service fee,"
            + " breach and incident penalties, cap, total, windows judged and breached, consecutive breaches and"
            + " the termination right; the same figures as the cycle's statement")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<SlaCycleView> cycles(@PathParam("id") @Parameter(description = "contract id") long id) {
        return sla.contract(id, null).cycles();
    }

    @POST
    @Path("evaluate")
    @Operation(summary = "Evaluate a contract's SLA targets now over every window touching from..to (up to today,"
            + " within the contract's period) and recompute its settlement cycles (STORE_MANAGER of the store,"
            + " ADMIN); answers the period evaluated and how many results and cycles were written")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME})
    public SlaEvaluation.Evaluated evaluate(@QueryParam("contract") Long contract, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (contract == null) {
            throw new InvalidInputException("contract", "sla.evaluate.contractRequired");
        }
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "sla.evaluate.range", from, to);
        }
        return sla.evaluate(contract, from, to);
    }

    @POST
    @Path("evaluate-all")
    @Operation(summary = "Start evaluating the SLA of a month for every signed contract whose period shares a day"
            + " with it (FINANCE, ADMIN) in the background: 202 with the job and its Location (GET jobs/{id})."
            + " While one is still queued or running (in any portal instance), 202 with that job instead: poll it,"
            + " and ask again if its month was not yours")
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    @APIResponse(responseCode = "202", description = "The job, with its Location",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response evaluateAll(@QueryParam("month") @Parameter(description = "the month, YYYY-MM; not a future one")
            String month, @Context UriInfo uri) {
        return JobAnswer.accepted(sla.evaluateAll(month(month)), uri, SlaResultResource.class);
    }

    @GET
    @Path("jobs/{id}")
    @Operation(summary = "An \"evaluate all\" job (FINANCE, ADMIN): state QUEUED, RUNNING, DONE or FAILED, contracts"
            + " done of total, when it was requested, started and finished, the summary (contracts evaluated,"
            + " results and cycles written, contracts whose evaluation failed) or the error")
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    public JobView job(@PathParam("id") long id) {
        return sla.evaluationJob(id, ApiLocale.of(headers));
    }

    private static YearMonth month(String month) {
        if (month == null || !month.matches("\\d{4}-\\d{2}")) {
            throw new InvalidInputException("month", "sla.evaluateAll.month", month == null ? "" : month);
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "sla.evaluateAll.month", month);
        }
    }
}
