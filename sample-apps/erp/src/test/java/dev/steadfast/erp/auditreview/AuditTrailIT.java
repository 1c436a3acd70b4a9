package dev.steadfast.erp.auditreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Every stock movement is in the audit trail: a company moves stock every way there is (by hand in and out, a
 * purchase order's receipt, a work order's components and output), and its auditor finds exactly one
 * {@code stock.move} record per movement the ledger shows, by the user who moved it, and a chain that verifies.
 * Another company moves stock the same ways: its movements are in its own auditor's review (the positive control)
 * and in none of the first company's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void everyStockMovementOfACompanyIsInItsTrailOnceAndNoneOfAnothers() {
        Company works = Company.founded(deployment, "audited");
        Company other = Company.founded(deployment, "other");
        Set<String> worksMoves = moveEveryWay(works);
        Set<String> otherMoves = moveEveryWay(other);
        assertEquals(8, worksMoves.size(), "the ledger's movements: " + worksMoves);

        JsonObject review = review(works.hire("auditor"));
        assertEquals(worksMoves, movesIn(review, works), "one stock.move record per movement, of this company's only");
        assertTrue(review.getJsonObject("verification").getBoolean("intact"), review.getJsonObject("verification").toString());
        assertEquals(otherMoves, movesIn(review(other.hire("auditor")), other), "the other company's own review");
    }

    /** Stock moved by hand in and out, received and made; the ids of the movements the ledger shows. */
    private static Set<String> moveEveryWay(Company company) {
        User buyer = company.hire("buyer");
        User staff = company.hire("planner", "storekeeper", "approver");
        TestClient c = staff.client();
        long bolt = staff.expect(201, c.post("api/items", "{\"sku\":\"BOLT\",\"name\":\"Bolt\",\"unit\":\"pcs\"}")).getJsonNumber("id").longValue();
        long nut = staff.expect(201, c.post("api/items", "{\"sku\":\"NUT\",\"name\":\"Nut\",\"unit\":\"pcs\"}")).getJsonNumber("id").longValue();
        long pair = staff.expect(201, c.post("api/items", "{\"sku\":\"PAIR\",\"name\":\"Bolt and nut\",\"unit\":\"pcs\"}")).getJsonNumber("id").longValue();
        staff.expect(200, c.put("api/items/" + pair + "/bom", "{\"lines\":[{\"componentId\":" + bolt + ",\"quantityPer\":1},{\"componentId\":"
                + nut + ",\"quantityPer\":1}]}"));
        long store = staff.expect(201, c.post("api/warehouses", "{\"code\":\"S\",\"name\":\"Store\"}")).getJsonNumber("id").longValue();
        move(staff, bolt, store, 10, "ADJUSTMENT_IN");
        move(staff, bolt, store, 2, "ADJUSTMENT_OUT");
        move(staff, bolt, store, 1, "ISSUE");
        long order = buyer.expect(201, buyer.client().post("api/purchase-orders", "{\"supplier\":\"Nuts Ltd\",\"lines\":[{\"itemId\":" + nut
                + ",\"quantity\":5,\"unitPriceCents\":3}]}")).getJsonNumber("id").longValue();
        staff.expect(200, c.post("api/purchase-orders/" + order + "/approvals", ""));
        staff.expect(200, c.post("api/purchase-orders/" + order + "/receipt", "{\"warehouseId\":" + store + "}"));
        long work = staff.expect(201, c.post("api/work-orders", "{\"itemId\":" + pair + ",\"warehouseId\":" + store + ",\"quantity\":4}"))
                .getJsonNumber("id").longValue();
        staff.expect(200, c.post("api/work-orders/" + work + "/completion", ""));
        move(staff, pair, store, 1, "ADJUSTMENT_OUT");
        return List.of(bolt, nut, pair).stream()
                .flatMap(item -> TestClient.jsonArray(c.get("api/stock/items/" + item + "/movements")).getValuesAs(JsonObject.class).stream())
                .map(m -> m.getJsonNumber("id").toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void move(User storekeeper, long item, long warehouse, long quantity, String reason) {
        storekeeper.expect(201, storekeeper.client().post("api/stock/movements", "{\"itemId\":" + item + ",\"warehouseId\":" + warehouse
                + ",\"quantity\":" + quantity + ",\"reason\":\"" + reason + "\"}"));
    }

    private static JsonObject review(User auditor) {
        return auditor.expect(200, auditor.client().get("api/audit?action=stock.move&limit=1000"));
    }

    /**
     * The movements a review's stock.move records name, each once (a second record of one would fail the count), each
     * by one of the company's users.
     */
    private static Set<String> movesIn(JsonObject review, Company company) {
        List<JsonObject> entries = review.getJsonArray("records").getValuesAs(JsonObject.class).stream().map(r -> r.getJsonObject("entry"))
                .filter(e -> e.getString("entityType").equals("StockMovement")).toList();
        entries.forEach(e -> assertTrue(e.getString("principal").endsWith("@" + company.name()), e.toString()));
        List<String> moves = entries.stream().map(e -> e.getString("entityId")).toList();
        assertEquals(moves.size(), new TreeSet<>(moves).size(), "no movement recorded twice: " + moves);
        return new TreeSet<>(moves);
    }
}
