package dev.steadfast.erp.planning;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.erp.accounts.Caller;
import dev.steadfast.erp.accounts.Role;
import dev.steadfast.runtime.problem.BadRequestProblem;

/**
 * /api/mrp: planners start their company's MRP run now (it runs nightly anyway) and follow it; planners and buyers
 * read what it planned ({@code planned-orders?date=}, today's by default).
 */
@Path("mrp")
@Produces(MediaType.APPLICATION_JSON)
public class MrpResource {

    @Inject
    MrpRuns runs;

    @Inject
    Plans plans;

    @Inject
    Caller caller;

    private final Clock clock = Clock.systemUTC();

    @POST
    @Path("runs")
    @RolesAllowed(Role.PLANNER_ROLE)
    public Response start() {
        RunView run = runs.start(caller.tenant().orElseThrow());
        return Response.accepted(run).location(URI.create("mrp/runs/" + run.runId())).build();
    }

    @GET
    @Path("runs/{id}")
    @RolesAllowed(Role.PLANNER_ROLE)
    public RunView run(@PathParam("id") long id) {
        return runs.of(caller.tenant().orElseThrow(), id);
    }

    @GET
    @Path("planned-orders")
    @RolesAllowed({Role.PLANNER_ROLE, Role.BUYER_ROLE})
    public List<Need> plannedOrders(@QueryParam("date") @Size(max = 10) String date) {
        if (date == null) {
            return plans.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        }
        try {
            return plans.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new BadRequestProblem("The date is a day written as 2026-12-01.");
        }
    }
}
