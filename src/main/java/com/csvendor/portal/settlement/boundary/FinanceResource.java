package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.platform.ApiLocale;
import com.csvendor.portal.platform.Downloads;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("finance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Finance", description = "Finance's overview of the statements")
public class FinanceResource {

    @Inject
    Clock clock;

    @EJB
    SettlementService settlement;

    @Context
    HttpHeaders headers;

    @GET
    @Path("dashboard")
    @Operation(summary = "Statements by status with totals, approved statements by payment due date, the overdue"
            + " ones, totals per vendor and month (FINANCE, ADMIN)")
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    public FinanceDashboard dashboard() {
        return settlement.dashboard();
    }

    @GET
    @Path("dashboard/xlsx")
    @Produces(FinanceXlsx.CONTENT_TYPE)
    @Operation(summary = "The dashboard as an Excel workbook, one sheet per part (money as numeric cells with two"
            + " decimals, text formula-safe); ?lang=zh or en (FINANCE, ADMIN)")
    @RolesAllowed({Role.ADMIN_NAME, Role.FINANCE_NAME})
    public Response xlsx(@QueryParam("lang") String lang) {
        Locale locale = ApiLocale.of(lang, headers);
        return Response.ok(FinanceXlsx.render(settlement.dashboard(), locale)).header("Content-Disposition",
                Downloads.attachment(FinanceXlsx.fileName(BusinessTime.today(clock)))).build();
    }
}
