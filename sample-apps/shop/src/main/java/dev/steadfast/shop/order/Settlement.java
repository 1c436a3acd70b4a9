package dev.steadfast.shop.order;

import java.util.List;

/**
 * What one round of settling did: the orders it settled, each as it is afterwards, and those it could not settle
 * now (their failure is logged; the next round tries them again).
 *
 * @param unsettled       how many orders could not be settled
 * @param unsettledOrders their ids
 */
public record Settlement(List<CustomerOrder> orders, int unsettled, List<Long> unsettledOrders) {

    public Settlement {
        orders = List.copyOf(orders);
        unsettledOrders = List.copyOf(unsettledOrders);
    }
}
