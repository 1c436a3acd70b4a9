package dev.steadfast.erp.bom;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.steadfast.erp.accounts.Role;

/** /api/items/{id}/bom: planners write an item's bill of material; storekeepers, who pick its components, read it. */
@Path("items/{id}/bom")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BomResource {

    @Inject
    BillsOfMaterial boms;

    @GET
    @RolesAllowed({Role.PLANNER_ROLE, Role.STOREKEEPER_ROLE})
    public BomView bom(@PathParam("id") long id) {
        return boms.of(id);
    }

    @PUT
    @RolesAllowed(Role.PLANNER_ROLE)
    public BomView replace(@PathParam("id") long id, @NotNull @Valid BomDraft draft) {
        return boms.replace(id, draft);
    }
}
