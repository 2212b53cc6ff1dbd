package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.platform.ApiLocale;
import com.csvendor.portal.platform.Downloads;
import com.csvendor.portal.platform.xlsx.XlsxDocument;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("comparisons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vendor comparison", description = "The vendors of chosen stores side by side over a period, ranked by"
        + " the caller's weighted scorecard; their agents; exports")
public class ComparisonResource {

    static final String XLSX = XlsxDocument.CONTENT_TYPE;

    @EJB
    ComparisonService comparisons;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "One column per vendor across the stores: every KPI (ratios of sums, session-weighted times),"
            + " SLA compliance, penalties of cycles ending in the period, fees, cost per received customer and per"
            + " paid order, sales per yuan of fee, monthly trend and the scorecard ranking (ADMIN, STORE_MANAGER"
            + " for own stores, FINANCE)", description = "Each vendor's criteria carry the normalised value (0-1) and"
            + " the points (normalised x weight / sum of weights x 100) that add up to its score. ranked=false with"
            + " rankingWithheld (ONLY_ONE: fewer than two vendors with figures; NO_FIGURES; NO_WEIGHT: all weights"
            + " 0): then no vendor has rank, score, normalised or points. warnings=[DIFFERENT_STORES]: the vendors"
            + " with figures do not all serve the same chosen stores (each column lists its stores); compare one"
            + " store at a time for a like-for-like ranking.")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public ComparisonView compare(
            @Parameter(description = "store codes, comma-separated") @QueryParam("stores") String stores,
            @Parameter(description = "first day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "last day, YYYY-MM-DD") @QueryParam("to") String to) {
        return comparisons.compare(codes(stores), date("from", from), date("to", to));
    }

    @GET
    @Path("agents")
    @Operation(summary = "A vendor's agents over the stores and period, ranked, with the best and worst and the"
            + " agents working in several of the stores flagged; with fewer than two agents with figures (or all"
            + " weights 0) rankingWithheld is set and no agent has a score, a best or a worst")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public AgentsView agents(@QueryParam("vendor") Long vendor, @QueryParam("stores") String stores,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        if (vendor == null) {
            throw new InvalidInputException("vendor", "comparison.vendor.required");
        }
        return comparisons.agents(vendor, codes(stores), date("from", from), date("to", to));
    }

    @GET
    @Path("weights")
    @Operation(summary = "The caller's scorecard weights (0-100 per criterion; defaults until saved)")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public List<WeightView> weights() {
        return comparisons.weights();
    }

    @PUT
    @Path("weights")
    @Operation(summary = "Replace the caller's scorecard weights; criteria left out go back to their default")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public List<WeightView> saveWeights(@NotNull @Valid List<WeightForm> weights) {
        return comparisons.saveWeights(weights);
    }

    @GET
    @Path("xlsx")
    @Produces(XLSX)
    @Operation(summary = "The comparison as an Excel workbook (numbers as numeric cells, best and worst of a row"
            + " filled, text formula-safe; why there is no ranking or the different-stores warning; the score"
            + " breakdown); ?lang=zh or en")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public Response xlsx(@QueryParam("stores") String stores, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("lang") String lang) {
        ComparisonView view = comparisons.compare(codes(stores), date("from", from), date("to", to));
        return Response.ok(ComparisonExports.xlsx(view, locale(lang)))
                .header("Content-Disposition", Downloads.attachment(ComparisonExports.fileName(view, "xlsx"))).build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The comparison as a printable PDF, with the same notes and score breakdown as the"
            + " workbook; ?lang=zh or en")
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.FINANCE_NAME})
    public Response pdf(@QueryParam("stores") String stores, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("lang") String lang) {
        ComparisonView view = comparisons.compare(codes(stores), date("from", from), date("to", to));
        return Response.ok(ComparisonExports.pdf(view, locale(lang)))
                .header("Content-Disposition", Downloads.attachment(ComparisonExports.fileName(view, "pdf"))).build();
    }

    private Locale locale(String lang) {
        return ApiLocale.of(lang, headers);
    }

    private static List<String> codes(String stores) {
        if (stores == null || stores.isBlank()) {
            throw new InvalidInputException("stores", "comparison.stores.count", ComparisonService.MAX_STORES);
        }
        return Arrays.stream(stores.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "comparison.date.invalid", String.valueOf(text));
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "comparison.date.invalid", text);
        }
    }
}
