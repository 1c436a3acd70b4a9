package dev.steadfast.shop.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Lets only admins reach {@link AdminOnly} methods, through {@link AdminGuard}, before anything else is read. */
@Provider
@AdminOnly
@Priority(Priorities.AUTHORIZATION)
public class AdminOnlyFilter implements ContainerRequestFilter {

    @Inject
    AdminGuard guard;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        AdminOnly onMethod = resource.getResourceMethod().getAnnotation(AdminOnly.class);
        AdminOnly rule = onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(AdminOnly.class);
        guard.require(request.getSecurityContext(), rule.action(), rule.entityType().isEmpty() ? null : rule.entityType(),
                request.getUriInfo().getPathParameters().getFirst("id"));
    }
}
