package com.csvendor.portal.platform;

import com.csvendor.portal.security.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api")
@DeclareRoles({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
@OpenAPIDefinition(
        info = @Info(title = "CS Vendor Portal API", version = "1",
                description = "Master data of the CS Vendor Portal. HTTP Basic over the portal's users; "
                        + "every answer is limited to the caller's data scope (an object outside it is 404). "
                        + "Errors are RFC 9457 problem details naming the field."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /** No WADL: /openapi documents the API, and a second description is one more thing to keep closed. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
