package dev.steadfast.shop.admin;

import dev.steadfast.shop.order.Cashier;
import dev.steadfast.shop.order.Settlement;
import dev.steadfast.shop.payment.PaymentGateway;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/admin/payments: the simulated provider of this node (GET, PUT {"mode": "UP"|"DOWN"|"SLOW"}) and the
 * settling of orders still owed a charge or a refund (POST settle).
 */
@Path("admin/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentAdminResource {

    /**
     * The provider's state on this node: its mode, how often it was called, how many charges it was asked for, how
     * many orders it charged, how often it was asked whether it holds a charge, and how many charges it refunded.
     * Only the mode is read from a PUT.
     */
    public record GatewayState(@NotNull PaymentGateway.Mode mode, int calls, int chargeRequests, int charges, int lookUps,
            int refunds) {
    }

    @Inject
    PaymentGateway gateway;

    @Inject
    Cashier cashier;

    @GET
    @Path("gateway")
    @AdminOnly(action = "gateway.read", entityType = "Gateway")
    public GatewayState gateway() {
        return new GatewayState(gateway.mode(), gateway.calls(), gateway.chargeRequests(), gateway.charges(),
                gateway.lookUps(), gateway.refunds());
    }

    @PUT
    @Path("gateway")
    @AdminOnly(action = "gateway.switch", entityType = "Gateway")
    public GatewayState switchGateway(@NotNull @Valid GatewayState wanted) {
        gateway.switchTo(wanted.mode());
        return gateway();
    }

    /**
     * Tries once more to finish every order that owes money: charges PAYMENT_PENDING orders, asks the provider
     * about CHARGING ones nobody waits on any more (their charge unanswered, or their node gone) and charges them
     * only when it holds no charge, refunds REFUND_PENDING ones. Answers {"orders": each settled order as it is
     * afterwards, "unsettled": how many could not be settled now, "unsettledOrders": their ids}: one order that
     * fails is logged and the others are settled still. Safe on several nodes at once: a charge needs its claim.
     */
    @POST
    @Path("settle")
    @AdminOnly(action = "payment.settle", entityType = "Order")
    public Settlement settle() {
        return cashier.settleAll();
    }
}
