package dev.steadfast.erp.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;

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
import dev.steadfast.testing.fuzz.EndpointFuzzer;

/**
 * Company A, signed in with every role a company has, calls every endpoint of the ERP with company B's real ids, alone
 * and mixed with its own (its item in B's warehouse, its own order received into B's warehouse, an order with a line
 * of each): it reads nothing of B's (no answer holds any of B's names or ids) and changes nothing (B's own view
 * of its data is the same after as before, and A's own order is still unreceived). Every endpoint is called: a new one
 * fails this test until it is given a request here. The positive control: B, making the same reads and changes on its
 * own data, succeeds and sees what A must not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossTenantIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aCompanyReadsAndChangesNothingOfAnothersThroughAnyEndpointEvenWithItsIds() {
        Company globex = Company.founded(deployment, "globex");
        Globex b = Globex.with(globex);
        Map<String, String> before = b.snapshot();
        b.shows(before);

        Company acme = Company.founded(deployment, "acme");
        User intruder = acme.hire("planner", "buyer", "approver", "storekeeper", "auditor");
        User acmeApprover = acme.hire("approver");
        TestClient a = intruder.client();
        List<Probe> probes = new ArrayList<>();
        // A company may use a stock-keeping unit or a warehouse code another uses: refusing it would tell that the
        // other has it. These two answers are A's own new item and warehouse, which echo what A sent.
        HttpResponse<String> ownItem = a.post("api/items", "{\"sku\":\"" + b.sku + "\",\"name\":\"acme's own\",\"unit\":\"pcs\"}");
        HttpResponse<String> ownWarehouse = a.post("api/warehouses", "{\"code\":\"" + b.warehouseCode + "\",\"name\":\"acme's own\"}");
        assertEquals(201, ownItem.statusCode(), ownItem.body());
        assertEquals(201, ownWarehouse.statusCode(), ownWarehouse.body());
        long item = TestClient.json(ownItem).getJsonNumber("id").longValue();
        long warehouse = TestClient.json(ownWarehouse).getJsonNumber("id").longValue();
        long order = intruder.expect(201, a.post("api/purchase-orders", order(item, "Acme supplier"))).getJsonNumber("id").longValue();
        acmeApprover.expect(200, acmeApprover.client().post("api/purchase-orders/" + order + "/approvals", ""));

        // A's audit review first: later probes type B's names, which A's own trail then records as A's input.
        probes.add(new Probe("GET api/audit", a.get("api/audit")));
        probes.add(new Probe("GET api/audit", a.get("api/audit?user=" + b.approver), 200));
        probes.add(new Probe("GET api/audit", a.get("api/audit?entityType=Item&entityId=" + b.item), 200));
        probes.add(new Probe("GET api/items", a.get("api/items")));
        probes.add(new Probe("GET api/items/{id}", a.get("api/items/" + b.item), 404));
        probes.add(new Probe("PUT api/items/{id}", a.put("api/items/" + b.item, "{\"sku\":\"HACKED\",\"name\":\"hacked\",\"unit\":\"pcs\"}"), 404));
        probes.add(new Probe("GET api/warehouses", a.get("api/warehouses")));
        probes.add(new Probe("GET api/warehouses/{id}", a.get("api/warehouses/" + b.warehouse), 404));
        probes.add(new Probe("GET api/stock", a.get("api/stock?item=" + b.item), 200, "[]"));
        probes.add(new Probe("GET api/stock", a.get("api/stock"), 200, "[]"));
        probes.add(new Probe("GET api/stock/items/{id}/movements", a.get("api/stock/items/" + b.item + "/movements"), 404));
        probes.add(new Probe("POST api/stock/movements", a.post("api/stock/movements", movement(b.item, b.warehouse)), 404));
        probes.add(new Probe("POST api/stock/movements", a.post("api/stock/movements", movement(item, b.warehouse)), 404));
        probes.add(new Probe("POST api/stock/movements", a.post("api/stock/movements", movement(b.item, warehouse)), 404));
        probes.add(new Probe("GET api/purchase-orders", a.get("api/purchase-orders")));
        probes.add(new Probe("GET api/purchase-orders/{id}", a.get("api/purchase-orders/" + b.approvedOrder), 404));
        probes.add(new Probe("POST api/purchase-orders", a.post("api/purchase-orders", order(b.item, "Acme supplier")), 404));
        probes.add(new Probe("POST api/purchase-orders", a.post("api/purchase-orders", "{\"supplier\":\"acme's\",\"lines\":[{\"itemId\":"
                + item + ",\"quantity\":1,\"unitPriceCents\":1},{\"itemId\":" + b.item + ",\"quantity\":1,\"unitPriceCents\":1}]}"), 404));
        probes.add(new Probe("POST api/purchase-orders/{id}/approvals", a.post("api/purchase-orders/" + b.raisedOrder + "/approvals", ""), 404));
        probes.add(new Probe("POST api/purchase-orders/{id}/receipt", a.post("api/purchase-orders/" + b.approvedOrder + "/receipt",
                "{\"warehouseId\":" + b.warehouse + "}"), 404));
        User acmeStorekeeper = acme.hire("storekeeper");
        probes.add(new Probe("POST api/purchase-orders/{id}/receipt", acmeStorekeeper.client().post("api/purchase-orders/" + order
                + "/receipt", "{\"warehouseId\":" + b.warehouse + "}"), 404));
        TestClient admin = acme.admin().client();
        probes.add(new Probe("GET api/users", admin.get("api/users")));
        probes.add(new Probe("POST api/users", admin.post("api/users", Json.createObjectBuilder().add("username", "mole@" + globex.name())
                .add("displayName", "Mole").add("roles", Json.createArrayBuilder().add("admin")).add("password", "a-long-enough-password")
                .build().toString()), 403));
        probes.add(new Probe("PUT api/users/{username}/active", admin.put("api/users/" + b.approver + "/active", "{\"active\":false}"), 404));
        long made = intruder.expect(201, a.post("api/items", "{\"sku\":\"ACME-MADE\",\"name\":\"acme's made\",\"unit\":\"pcs\"}"))
                .getJsonNumber("id").longValue();
        intruder.expect(200, a.put("api/items/" + made + "/bom", bom(item)));
        probes.add(new Probe("GET api/items/{id}/bom", a.get("api/items/" + b.gadget + "/bom"), 404));
        probes.add(new Probe("PUT api/items/{id}/bom", a.put("api/items/" + b.gadget + "/bom", bom(item)), 404));
        probes.add(new Probe("PUT api/items/{id}/bom", a.put("api/items/" + made + "/bom", bom(b.item)), 404));
        probes.add(new Probe("POST api/work-orders", a.post("api/work-orders", workOrder(b.gadget, warehouse)), 404));
        probes.add(new Probe("POST api/work-orders", a.post("api/work-orders", workOrder(made, b.warehouse)), 404));
        probes.add(new Probe("GET api/work-orders", a.get("api/work-orders"), 200, "[]"));
        probes.add(new Probe("GET api/work-orders/{id}", a.get("api/work-orders/" + b.workOrder), 404));
        probes.add(new Probe("POST api/work-orders/{id}/completion", a.post("api/work-orders/" + b.workOrder + "/completion", ""), 404));
        HttpResponse<String> acmeRun = a.post("api/mrp/runs", "");
        probes.add(new Probe("POST api/mrp/runs", acmeRun, 202));
        intruder.runEnded(TestClient.json(acmeRun).getJsonNumber("runId").longValue());
        probes.add(new Probe("GET api/mrp/runs/{id}", a.get("api/mrp/runs/" + b.run), 404));
        probes.add(new Probe("GET api/mrp/planned-orders", a.get("api/mrp/planned-orders"), 200));
        probes.add(new Probe("GET api/me", a.get("api/me")));
        probes.add(new Probe("POST api/me/sign-out", a.post("api/me/sign-out", "")));

        Set<String> called = probes.stream().map(Probe::endpoint).collect(Collectors.toCollection(TreeSet::new));
        called.addAll(List.of("POST api/items", "POST api/warehouses"));
        assertEquals(new TreeSet<>(EndpointFuzzer.of(Deployments.application()).endpoints()), called, "every endpoint is called");
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            // A problem names its request (RFC 9457 "instance"): the intruder's own words, not B's data.
            String shown = probe.answer().body().replace(probe.answer().request().uri().getPath(), "");
            b.markers().stream().filter(marker -> marker.matcher(shown).find())
                    .forEach(marker -> wrong.add(probe + " showed " + marker));
            if (probe.status() != 0 && probe.answer().statusCode() != probe.status()) {
                wrong.add(probe + " instead of " + probe.status());
            }
            if (probe.body() != null && !probe.answer().body().equals(probe.body())) {
                wrong.add(probe + " instead of " + probe.body());
            }
        }
        assertEquals(List.of(), wrong, "reads of the other company's data, and answers that were not refusals");
        assertEquals(before, b.snapshot(), "the other company's data, as it sees it itself");
        assertEquals("APPROVED", acmeApprover.expect(200, acmeApprover.client().get("api/purchase-orders/" + order)).getString("status"),
                "A's own order, which nobody could receive into B's warehouse");
        assertEquals(1, TestClient.jsonArray(acmeApprover.client().get("api/purchase-orders")).size(), "A's orders: its own, and no other");
    }

    private static String movement(long item, long warehouse) {
        return "{\"itemId\":" + item + ",\"warehouseId\":" + warehouse + ",\"quantity\":1,\"reason\":\"ADJUSTMENT_IN\"}";
    }

    private static String bom(long component) {
        return "{\"lines\":[{\"componentId\":" + component + ",\"quantityPer\":1}]}";
    }

    private static String workOrder(long item, long warehouse) {
        return "{\"itemId\":" + item + ",\"warehouseId\":" + warehouse + ",\"quantity\":1}";
    }

    private static String order(long item, String supplier) {
        return "{\"supplier\":\"" + supplier + "\",\"lines\":[{\"itemId\":" + item + ",\"quantity\":7,\"unitPriceCents\":1234}]}";
    }

    /** One call of an endpoint, with the status it must get (0: any) and, where known, the exact answer. */
    private record Probe(String endpoint, HttpResponse<String> answer, int status, String body) {

        Probe(String endpoint, HttpResponse<String> answer) {
            this(endpoint, answer, 0, null);
        }

        Probe(String endpoint, HttpResponse<String> answer, int status) {
            this(endpoint, answer, status, null);
        }

        @Override
        public String toString() {
            return endpoint + " (" + answer.request().uri().getPath() + ") -> " + answer.statusCode() + " " + answer.body();
        }
    }

    /** Company B's data, made and changed by its own users, and what it sees of it. */
    private static final class Globex {

        long item;
        long gadget;
        long workOrder;
        long run;
        String sku;
        long warehouse;
        String warehouseCode;
        long raisedOrder;
        long approvedOrder;
        String approver;
        private User everything;
        private User admin;
        private String company;

        static Globex with(Company company) {
            Globex b = new Globex();
            b.company = company.name();
            b.admin = company.admin();
            b.everything = company.hire("planner", "buyer", "storekeeper");
            User approver = company.hire("approver");
            b.approver = approver.username();
            TestClient c = b.everything.client();
            b.sku = "SECRET-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            b.item = b.everything.expect(201, c.post("api/items", "{\"sku\":\"" + b.sku + "\",\"name\":\"Globex secret widget\",\"unit\":\"pcs\"}"))
                    .getJsonNumber("id").longValue();
            b.everything.expect(200, c.put("api/items/" + b.item, "{\"sku\":\"" + b.sku
                    + "\",\"name\":\"Globex secret widget\",\"unit\":\"box\",\"safetyStock\":100}"));
            b.gadget = b.everything.expect(201, c.post("api/items", "{\"sku\":\"G-" + b.sku + "\",\"name\":\"Globex secret gadget\",\"unit\":\"pcs\"}"))
                    .getJsonNumber("id").longValue();
            b.everything.expect(200, c.put("api/items/" + b.gadget + "/bom", "{\"lines\":[{\"componentId\":" + b.item + ",\"quantityPer\":2}]}"));
            b.warehouseCode = "GLX-" + b.sku.substring(7);
            b.warehouse = b.everything.expect(201, c.post("api/warehouses", "{\"code\":\"" + b.warehouseCode
                    + "\",\"name\":\"Globex secret store\"}")).getJsonNumber("id").longValue();
            b.everything.expect(201, c.post("api/stock/movements", "{\"itemId\":" + b.item + ",\"warehouseId\":"
                    + b.warehouse + ",\"quantity\":50,\"reason\":\"ADJUSTMENT_IN\",\"reference\":\"count 1\"}"));
            b.workOrder = b.everything.expect(201, c.post("api/work-orders", "{\"itemId\":" + b.gadget + ",\"warehouseId\":" + b.warehouse
                    + ",\"quantity\":3}")).getJsonNumber("id").longValue();
            b.raisedOrder = b.everything.expect(201, c.post("api/purchase-orders", order(b.item, "Globex secret supplier"))).getJsonNumber("id").longValue();
            b.approvedOrder = b.everything.expect(201, c.post("api/purchase-orders", order(b.item, "Globex secret supplier"))).getJsonNumber("id").longValue();
            approver.expect(200, approver.client().post("api/purchase-orders/" + b.approvedOrder + "/approvals", ""));
            b.run = b.everything.plannedNow().getJsonNumber("runId").longValue();
            b.admin.expect(200, b.admin.client().put("api/users/" + b.approver + "/active", "{\"active\":false}"));
            b.admin.expect(200, b.admin.client().put("api/users/" + b.approver + "/active", "{\"active\":true}"));
            return b;
        }

        /**
         * What only B has: its name, its users' names, its item's, warehouse's and supplier's names, its item's and
         * warehouse's ids. Not its stock-keeping unit or warehouse code, which A uses too (and sees in its own lists).
         */
        List<Pattern> markers() {
            List<Pattern> markers = new ArrayList<>();
            for (String text : List.of(company, approver, everything.username(), "Globex secret widget", "Globex secret gadget", "Globex secret store",
                    "Globex secret supplier")) {
                markers.add(Pattern.compile(Pattern.quote(text)));
            }
            markers.add(Pattern.compile("\"itemId\":" + item + "[,}]"));
            markers.add(Pattern.compile("\"warehouseId\":" + warehouse + "[,}]"));
            markers.add(Pattern.compile("\"(itemId|componentId)\":" + gadget + "[,}]"));
            markers.add(Pattern.compile("\"runId\":" + run + "[,}]"));
            return markers;
        }

        /** B's own reads of everything it has. */
        Map<String, String> snapshot() {
            TestClient c = everything.client();
            Map<String, String> seen = new LinkedHashMap<>();
            for (String path : List.of("api/items", "api/items/" + item, "api/warehouses", "api/warehouses/" + warehouse, "api/stock",
                    "api/stock/items/" + item + "/movements", "api/purchase-orders", "api/purchase-orders/" + raisedOrder,
                    "api/purchase-orders/" + approvedOrder, "api/items/" + gadget + "/bom", "api/work-orders", "api/work-orders/" + workOrder,
                    "api/mrp/runs/" + run, "api/mrp/planned-orders")) {
                HttpResponse<String> read = c.get(path);
                seen.put(path, read.statusCode() + " " + read.body());
            }
            HttpResponse<String> users = admin.client().get("api/users");
            seen.put("api/users", users.statusCode() + " " + users.body());
            return seen;
        }

        /** The positive control: B's reads succeed and hold the markers the intruder must never see. */
        void shows(Map<String, String> snapshot) {
            String all = String.join("\n", snapshot.values());
            snapshot.forEach((path, read) -> assertTrue(read.startsWith("200 "), path + ": " + read));
            markers().forEach(marker -> assertTrue(marker.matcher(all).find(), marker + " is not in B's own view: " + all));
            assertTrue(all.contains("\"unit\":\"box\""), "B's own change of its item: " + all);
            assertTrue(all.contains("\"quantity\":42"), "B's own plan: 100 widgets of safety stock + 6 for the gadgets - 50 on hand - 14 on order: " + all);
        }
    }
}
