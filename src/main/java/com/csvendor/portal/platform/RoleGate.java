package com.csvendor.portal.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The role check of a REST route before anything of its request is read: a caller whose role may
 * not use the route gets 403 whatever the body, never the field list of a 400 or a parse error.
 * The roles are the route's {@code @RolesAllowed} (every resource method has one, as
 * {@code ResourceRolesTest} checks against the access matrix); the boundary services check the same
 * roles again, and the caller's scope, for the pages too. (Payara's Jersey also honours
 * {@code @RolesAllowed} on resources before the body is read, as seen in {@code HttpHardeningIT};
 * this gate does not depend on that.)
 */
@Provider
public class RoleGate implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new Check(List.of(roles.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Check implements ContainerRequestFilter {

        private final List<String> roles;

        Check(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
                request.abortWith(ProblemMapper.forbidden(ApiLocale.of(request.getAcceptableLanguages())));
            }
        }
    }
}
