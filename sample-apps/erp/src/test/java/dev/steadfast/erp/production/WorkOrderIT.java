package dev.steadfast.erp.production;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steadfast.erp.Company;
import dev.steadfast.erp.Company.User;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;

/**
 * Bills of material and work orders: a bill refuses cycles, itself and a component twice; only a made item gets a
 * work order; completing one issues its components and books its units as movements of one transaction, so a short
 * component moves nothing at all; and an order completes once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkOrderIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aBillRefusesACycleItselfAndAComponentTwice() {
        User planner = Company.founded(deployment, "bills").hire("planner");
        long bike = item(planner, "BIKE");
        long wheel = item(planner, "WHEEL");
        long spoke = item(planner, "SPOKE");
        planner.expect(200, planner.client().put("api/items/" + bike + "/bom", bom(wheel)));
        planner.expect(200, planner.client().put("api/items/" + wheel + "/bom", bom(spoke)));
        assertEquals(422, planner.client().put("api/items/" + spoke + "/bom", bom(bike)).statusCode(), "bike > wheel > spoke > bike");
        assertEquals(422, planner.client().put("api/items/" + spoke + "/bom", bom(spoke)).statusCode(), "itself");
        assertEquals(422, planner.client().put("api/items/" + bike + "/bom", "{\"lines\":[{\"componentId\":" + wheel
                + ",\"quantityPer\":1},{\"componentId\":" + wheel + ",\"quantityPer\":2}]}").statusCode(), "twice");
        JsonObject bill = planner.expect(200, planner.client().get("api/items/" + bike + "/bom"));
        assertEquals(1, bill.getJsonArray("lines").size(), "the refused changes left the bill as it was: " + bill);
        assertEquals("WHEEL", bill.getJsonArray("lines").getJsonObject(0).getString("sku"));
    }

    @Test
    void completingAWorkOrderIssuesItsComponentsAndBooksItsUnitsOrMovesNothing() {
        User planner = Company.founded(deployment, "works").hire("planner", "storekeeper");
        TestClient c = planner.client();
        long bike = item(planner, "BIKE");
        long wheel = item(planner, "WHEEL");
        long frame = item(planner, "FRAME");
        planner.expect(200, c.put("api/items/" + bike + "/bom", "{\"lines\":[{\"componentId\":" + wheel + ",\"quantityPer\":2},{\"componentId\":"
                + frame + ",\"quantityPer\":1}]}"));
        long warehouse = planner.expect(201, c.post("api/warehouses", "{\"code\":\"SHOP\",\"name\":\"Shop floor\"}")).getJsonNumber("id").longValue();
        assertEquals(422, c.post("api/work-orders", order(wheel, warehouse, 1)).statusCode(), "a wheel has no bill: it is bought");
        long order = planner.expect(201, c.post("api/work-orders", order(bike, warehouse, 10))).getJsonNumber("id").longValue();
        move(planner, wheel, warehouse, 20);
        move(planner, frame, warehouse, 9);

        assertEquals(409, c.post("api/work-orders/" + order + "/completion", "").statusCode(), "9 frames for 10 bikes");
        assertEquals(List.of(20L), movements(planner, wheel), "the wheels a short frame kept from moving");
        assertEquals(List.of(), movements(planner, bike));
        assertEquals("RELEASED", planner.expect(200, c.get("api/work-orders/" + order)).getString("status"));

        move(planner, frame, warehouse, 1);
        JsonObject done = planner.expect(200, c.post("api/work-orders/" + order + "/completion", ""));
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(planner.username(), done.getString("completedBy"));
        assertEquals(List.of(-20L, 20L), movements(planner, wheel), "20 wheels issued to the order");
        assertEquals(List.of(-10L, 1L, 9L), movements(planner, frame));
        assertEquals(List.of(10L), movements(planner, bike), "10 bikes booked in");
        JsonObject issued = TestClient.jsonArray(c.get("api/stock/items/" + wheel + "/movements")).getJsonObject(0);
        assertEquals("COMPONENT_ISSUE", issued.getString("reason"));
        assertEquals("WO-" + order, issued.getString("reference"));
        assertEquals(409, c.post("api/work-orders/" + order + "/completion", "").statusCode(), "completed once");
        assertEquals(List.of(10L), movements(planner, bike), "and booked once");
        assertEquals(422, c.post("api/stock/movements", "{\"itemId\":" + bike + ",\"warehouseId\":" + warehouse
                + ",\"quantity\":1,\"reason\":\"PRODUCTION_RECEIPT\"}").statusCode(), "made units come from a work order only");
    }

    private static long item(User planner, String sku) {
        return planner.expect(201, planner.client().post("api/items", "{\"sku\":\"" + sku + "\",\"name\":\"" + sku + "\",\"unit\":\"pcs\"}"))
                .getJsonNumber("id").longValue();
    }

    private static String bom(long component) {
        return "{\"lines\":[{\"componentId\":" + component + ",\"quantityPer\":1}]}";
    }

    private static String order(long item, long warehouse, long quantity) {
        return "{\"itemId\":" + item + ",\"warehouseId\":" + warehouse + ",\"quantity\":" + quantity + "}";
    }

    private static void move(User storekeeper, long item, long warehouse, long quantity) {
        storekeeper.expect(201, storekeeper.client().post("api/stock/movements", "{\"itemId\":" + item + ",\"warehouseId\":" + warehouse
                + ",\"quantity\":" + quantity + ",\"reason\":\"ADJUSTMENT_IN\"}"));
    }

    /** The item's movements, newest first, as signed quantities. */
    private static List<Long> movements(User storekeeper, long item) {
        return TestClient.jsonArray(storekeeper.client().get("api/stock/items/" + item + "/movements")).getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("quantity").longValue()).toList();
    }
}
