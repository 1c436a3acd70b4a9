package dev.steadfast.shop.admin;

import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.audit.AuditVerification;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** /api/admin/audit/verification: walks the whole audit chain and names the first broken record, if any. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditAdminResource {

    @Inject
    AdminGuard guard;

    @Inject
    AuditTrail audit;

    @Context
    SecurityContext caller;

    @GET
    @Path("verification")
    public AuditVerification verify() {
        guard.require(caller, "audit.verify", "AuditTrail", null);
        return audit.verify();
    }
}
