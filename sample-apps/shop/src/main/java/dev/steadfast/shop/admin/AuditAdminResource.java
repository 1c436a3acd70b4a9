package dev.steadfast.shop.admin;

import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.audit.AuditVerification;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/admin/audit/verification: walks the whole audit chain and names the first broken record, if any. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditAdminResource {

    @Inject
    AuditTrail audit;

    @GET
    @Path("verification")
    @AdminOnly(action = "audit.verify", entityType = "AuditTrail")
    public AuditVerification verify() {
        return audit.verify();
    }
}
