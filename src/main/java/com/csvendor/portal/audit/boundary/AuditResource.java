package com.csvendor.portal.audit.boundary;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only audit trail of every component (ADMIN, read-only)")
public class AuditResource {

    @EJB
    AuditService audit;

    @GET
    @Operation(summary = "One subject's entries (?entity=USER&id=7), or the newest entries (?entity=STORE&limit=50)")
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntryView> entries(@QueryParam("entity") String entity, @QueryParam("id") Long id,
            @QueryParam("limit") Integer limit) {
        return audit.entries(entity, id, limit);
    }
}
