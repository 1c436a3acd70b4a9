package dev.steadfast.erp.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steadfast.erp.Company;
import dev.steadfast.erp.Company.User;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;

/**
 * Segregation of duties on purchasing, with users who hold every role it takes (so that only the rule, not a missing
 * role, can stop them): the buyer of an order cannot approve it or receive it; an order above the limit (10,000.00)
 * needs two different approvers; and each order moves on only when its rules are met.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SegregationOfDutiesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private User buyer;
    private User first;
    private User second;
    private long item;
    private long warehouse;

    @BeforeEach
    void company() {
        Company company = Company.founded(deployment, "sod");
        buyer = company.hire("buyer", "approver", "storekeeper");
        first = company.hire("approver", "storekeeper");
        second = company.hire("approver");
        User planner = company.hire("planner", "storekeeper");
        item = planner.expect(201, planner.client().post("api/items", "{\"sku\":\"BOLT-M8\",\"name\":\"Bolt M8\",\"unit\":\"pcs\"}"))
                .getJsonNumber("id").longValue();
        warehouse = planner.expect(201, planner.client().post("api/warehouses", "{\"code\":\"MAIN\",\"name\":\"Main store\"}"))
                .getJsonNumber("id").longValue();
    }

    @Test
    void theBuyerCannotApproveOrReceiveTheirOwnOrderAndSomeoneElseCan() {
        long order = raise(100, 50_00);
        assertEquals(403, buyer.client().post(approval(order), "").statusCode());
        assertEquals("RAISED", status(order));

        assertEquals("APPROVED", first.expect(200, first.client().post(approval(order), "")).getString("status"));
        assertEquals(403, buyer.client().post(receipt(order), receiptBody()).statusCode());
        assertEquals("APPROVED", status(order));

        JsonObject received = first.expect(200, first.client().post(receipt(order), receiptBody()));
        assertEquals("RECEIVED", received.getString("status"));
        assertEquals(100, onHand(first), "the order's goods are on hand");
    }

    @Test
    void anOrderAboveTheLimitNeedsTwoDifferentApprovers() {
        long order = raise(1_000, 10_01);
        assertEquals("RAISED", first.expect(200, first.client().post(approval(order), "")).getString("status"));
        assertEquals(403, first.client().post(approval(order), "").statusCode(), "the same approver twice");
        assertEquals(409, first.client().post(receipt(order), receiptBody()).statusCode(), "received before its second approval");
        JsonObject approved = second.expect(200, second.client().post(approval(order), ""));
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(first.username(), approved.getString("firstApprover"));
        assertEquals(second.username(), approved.getString("secondApprover"));
    }

    @Test
    void anOrderAtTheLimitNeedsOneApprover() {
        long order = raise(1_000, 10_00);
        assertEquals("APPROVED", second.expect(200, second.client().post(approval(order), "")).getString("status"));
        assertEquals(409, first.client().post(approval(order), "").statusCode(), "nothing left to approve");
    }

    private long raise(long quantity, long unitPriceCents) {
        return buyer.expect(201, buyer.client().post("api/purchase-orders", "{\"supplier\":\"Bolts Ltd\",\"lines\":[{\"itemId\":" + item
                + ",\"quantity\":" + quantity + ",\"unitPriceCents\":" + unitPriceCents + "}]}")).getJsonNumber("id").longValue();
    }

    private String status(long order) {
        return second.expect(200, second.client().get("api/purchase-orders/" + order)).getString("status");
    }

    private long onHand(User user) {
        return TestClient.jsonArray(user.client().get("api/stock?item=" + item)).getJsonObject(0)
                .getJsonNumber("onHand").longValue();
    }

    private static String approval(long order) {
        return "api/purchase-orders/" + order + "/approvals";
    }

    private static String receipt(long order) {
        return "api/purchase-orders/" + order + "/receipt";
    }

    private String receiptBody() {
        return "{\"warehouseId\":" + warehouse + "}";
    }
}
