package com.csvendor.portal.work.boundary;

import com.csvendor.portal.platform.ApiLocale;
import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me/work")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Who is calling")
public class WorkResource {

    @EJB
    WorkService work;

    @Context
    HttpHeaders headers;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    @GET
    @Operation(summary = "The caller's work queues, as their home page shows them, in the language the caller"
            + " accepts (zh or en): store manager — termination rights reached, disputes to decide, breaches of"
            + " the running cycles, contracts to act on; vendor lead — refused imports to fix, statements to"
            + " confirm or dispute, breaches and incidents to dispute; finance — statements to issue, awaiting the"
            + " vendor, disputed, to approve, due this week, overdue (count and amount due). Each queue links to"
            + " its list and each item to its record (paths relative to the portal). Administrators have none")
    public List<WorkQueue> mine() {
        return work.mine(ApiLocale.of(headers));
    }
}
