package dev.steadfast.shop.admin;

import java.util.List;

import dev.steadfast.shop.order.Checkout;
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
 * settling of orders still waiting for their payment (POST settle).
 */
@Path("admin/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentAdminResource {

    /** The provider's state on this node. */
    public record GatewayState(@NotNull PaymentGateway.Mode mode, int calls) {
    }

    @Inject
    PaymentGateway gateway;

    @Inject
    Orders orders;

    @Inject
    Checkout checkout;

    @GET
    @Path("gateway")
    @AdminOnly(action = "gateway.read", entityType = "Gateway")
    public GatewayState gateway() {
        return new GatewayState(gateway.mode(), gateway.calls());
    }

    @PUT
    @Path("gateway")
    @AdminOnly(action = "gateway.switch", entityType = "Gateway")
    public GatewayState switchGateway(@NotNull @Valid GatewayState wanted) {
        gateway.switchTo(wanted.mode());
        return gateway();
    }

    /** Tries once more to pay every PAYMENT_PENDING order; answers each of them as it is afterwards. */
    @POST
    @Path("settle")
    @AdminOnly(action = "payment.settle", entityType = "Order")
    public List<CustomerOrder> settlePending() {
        return orders.pendingPayment().stream().map(orders::get).map(checkout::pay).toList();
    }
}
