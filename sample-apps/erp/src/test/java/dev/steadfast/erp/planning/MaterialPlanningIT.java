package dev.steadfast.erp.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
 * The MRP run as a planner starts it, on a company worked out by hand (the figures of RequirementsTest): a bike made
 * of two wheels and a frame, a wheel of 36 spokes, 10 bikes released, 5 wheels and 100 spokes on hand, 20 spokes
 * on order, a safety stock of 50 spokes, and 45 other items with a safety stock of one each, so that the run takes
 * three chunks. Its plan is exactly the expected one, item by item; a second run of the day replaces the first's
 * orders instead of adding to them; and a run after stock came in drops the orders no longer needed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaterialPlanningIT {

    private static final int OTHER_ITEMS = 45;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aRunPlansEveryLevelOfTheBillsOnceAndARerunReplacesItsOrders() {
        Company company = Company.founded(deployment, "bikes");
        User planner = company.hire("planner", "buyer", "storekeeper");
        TestClient c = planner.client();
        long bike = item(planner, "BIKE", 0);
        long wheel = item(planner, "WHEEL", 0);
        long frame = item(planner, "FRAME", 0);
        long spoke = item(planner, "SPOKE", 50);
        Map<Long, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < OTHER_ITEMS; i++) {
            expected.put(item(planner, "OTHER-" + i, 1), "BUY 1");
        }
        planner.expect(200, c.put("api/items/" + bike + "/bom", "{\"lines\":[{\"componentId\":" + wheel + ",\"quantityPer\":2},{\"componentId\":"
                + frame + ",\"quantityPer\":1}]}"));
        planner.expect(200, c.put("api/items/" + wheel + "/bom", "{\"lines\":[{\"componentId\":" + spoke + ",\"quantityPer\":36}]}"));
        long warehouse = planner.expect(201, c.post("api/warehouses", "{\"code\":\"MAIN\",\"name\":\"Main\"}")).getJsonNumber("id").longValue();
        stockIn(planner, wheel, warehouse, 5);
        stockIn(planner, spoke, warehouse, 100);
        planner.expect(201, c.post("api/purchase-orders", "{\"supplier\":\"Spokes Ltd\",\"lines\":[{\"itemId\":" + spoke
                + ",\"quantity\":20,\"unitPriceCents\":5}]}"));
        planner.expect(201, c.post("api/work-orders", "{\"itemId\":" + bike + ",\"warehouseId\":" + warehouse + ",\"quantity\":10}"));
        expected.put(wheel, "MAKE 15");
        expected.put(frame, "BUY 10");
        expected.put(spoke, "BUY 470");

        JsonObject first = planner.plannedNow();
        assertEquals("COMPLETED", first.getString("status"), first.toString());
        assertEquals(OTHER_ITEMS + 4, first.getJsonNumber("itemsPlanned").longValue(), "every item planned once, in three chunks");
        assertEquals(sorted(expected), plan(planner), "the plan, item by item: nothing for the bikes on their way");

        JsonObject second = planner.plannedNow();
        assertEquals("COMPLETED", second.getString("status"), second.toString());
        assertEquals(sorted(expected), plan(planner), "a second run of the day: the same orders, not twice as many");

        stockIn(planner, wheel, warehouse, 15);
        expected.remove(wheel);
        expected.remove(spoke);
        planner.plannedNow();
        assertEquals(sorted(expected), plan(planner), "enough wheels: no wheel to make, so no spokes to buy");
    }

    private static long item(User planner, String sku, long safetyStock) {
        return planner.expect(201, planner.client().post("api/items", "{\"sku\":\"" + sku + "\",\"name\":\"" + sku
                + "\",\"unit\":\"pcs\",\"safetyStock\":" + safetyStock + "}")).getJsonNumber("id").longValue();
    }

    private static void stockIn(User storekeeper, long item, long warehouse, long quantity) {
        storekeeper.expect(201, storekeeper.client().post("api/stock/movements", "{\"itemId\":" + item + ",\"warehouseId\":" + warehouse
                + ",\"quantity\":" + quantity + ",\"reason\":\"ADJUSTMENT_IN\"}"));
    }

    /** Today's planned orders: item id to kind and quantity. */
    private static Map<Long, String> plan(User planner) {
        return TestClient.jsonArray(planner.client().get("api/mrp/planned-orders")).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(order -> order.getJsonNumber("itemId").longValue(),
                        order -> order.getString("kind") + " " + order.getJsonNumber("quantity").longValue(), (a, b) -> a + " and " + b,
                        TreeMap::new));
    }

    private static Map<Long, String> sorted(Map<Long, String> plan) {
        return new TreeMap<>(plan);
    }
}
