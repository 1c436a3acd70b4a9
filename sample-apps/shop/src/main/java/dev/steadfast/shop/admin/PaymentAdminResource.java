package dev.steadfast.shop.admin;

import java.util.List;

import dev.steadfast.shop.order.Cashier;
import dev.steadfast.shop.order.CustomerOrder;
import dev.steadfast.shop.order.Orders;
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
     * The provider's state on this node: its mode, how often it was called, how many orders it charged and how many
     * charges it refunded. Only the mode is read from a PUT.
     */
    public record GatewayState(@NotNull PaymentGateway.Mode mode, int calls, int charges, int refunds) {
    }

    @Inject
    PaymentGateway gateway;

    @Inject
    Orders orders;

    @Inject
    Cashier cashier;

    @GET
    @Path("gateway")
    @AdminOnly(action = "gateway.read", entityType = "Gateway")
    public GatewayState gateway() {
        return new GatewayState(gateway.mode(), gateway.calls(), gateway.charges(), gateway.refunds());
    }

    @PUT
    @Path("gateway")
    @AdminOnly(action = "gateway.switch", entityType = "Gateway")
    public GatewayState switchGateway(@NotNull @Valid GatewayState wanted) {
        gateway.switchTo(wanted.mode());
        return gateway();
    }

    /**
     * Tries once more to finish every order that owes money: charges PAYMENT_PENDING orders and CHARGING ones nobody
     * waits on any more (their charge unanswered, or their node gone), refunds REFUND_PENDING ones. Answers each of
     * them as it is afterwards. Safe on several nodes at once: a charge needs its claim, a refund is idempotent.
     */
    @POST
    @Path("settle")
    @AdminOnly(action = "payment.settle", entityType = "Order")
    public List<CustomerOrder> settle() {
        return orders.awaitingMoney().stream().map(cashier::settle).toList();
    }
}
