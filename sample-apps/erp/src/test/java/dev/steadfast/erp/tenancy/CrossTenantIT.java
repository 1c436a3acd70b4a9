package dev.steadfast.erp.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
 * Tenant A, signed in with every role a company has, calls every endpoint of the ERP with tenant B's real ids and
 * bodies that name B's items, warehouses, orders and users: it reads nothing of B's (no answer holds anything only B
 * has) and changes nothing (B's own view of its data is the same after as before). Every endpoint is called: a new
 * one fails this test until it is given a request here. The positive control: B, asking the same reads, gets them.
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
        Company acme = Company.founded(deployment, "acme");
        User intruder = acme.hire("planner", "buyer", "approver", "storekeeper");
        User intruderAdmin = acme.admin();
        Map<String, String> before = b.snapshot();
        b.shows(before);

        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        TestClient a = intruder.client();
        String item = "{\"sku\":\"HACKED\",\"name\":\"hacked\",\"unit\":\"pcs\"}";
        answers.put("GET api/items", a.get("api/items"));
        answers.put("GET api/items/{id}", a.get("api/items/" + b.item));
        answers.put("PUT api/items/{id}", a.put("api/items/" + b.item, item));
        answers.put("POST api/items", a.post("api/items", "{\"sku\":\"" + b.sku + "\",\"name\":\"acme's own\",\"unit\":\"pcs\"}"));
        answers.put("GET api/warehouses", a.get("api/warehouses"));
        answers.put("GET api/warehouses/{id}", a.get("api/warehouses/" + b.warehouse));
        answers.put("POST api/warehouses", a.post("api/warehouses", "{\"code\":\"" + b.warehouseCode + "\",\"name\":\"acme's own\"}"));
        answers.put("GET api/stock", a.get("api/stock?item=" + b.item));
        answers.put("GET api/stock/items/{id}/movements", a.get("api/stock/items/" + b.item + "/movements"));
        answers.put("POST api/stock/movements", a.post("api/stock/movements", "{\"itemId\":" + b.item + ",\"warehouseId\":"
                + b.warehouse + ",\"quantity\":1,\"reason\":\"ADJUSTMENT_OUT\"}"));
        answers.put("GET api/purchase-orders", a.get("api/purchase-orders"));
        answers.put("GET api/purchase-orders/{id}", a.get("api/purchase-orders/" + b.approvedOrder));
        answers.put("POST api/purchase-orders", a.post("api/purchase-orders", "{\"supplier\":\"acme's\",\"lines\":[{\"itemId\":" + b.item
                + ",\"quantity\":1,\"unitPriceCents\":1}]}"));
        answers.put("POST api/purchase-orders/{id}/approvals", a.post("api/purchase-orders/" + b.raisedOrder + "/approvals", ""));
        answers.put("POST api/purchase-orders/{id}/receipt", a.post("api/purchase-orders/" + b.approvedOrder + "/receipt",
                "{\"warehouseId\":" + b.warehouse + "}"));
        TestClient admin = intruderAdmin.client();
        answers.put("GET api/users", admin.get("api/users"));
        answers.put("POST api/users", admin.post("api/users", Json.createObjectBuilder().add("username", "mole@" + globex.name())
                .add("displayName", "Mole").add("roles", Json.createArrayBuilder().add("admin")).add("password", "a-long-enough-password")
                .build().toString()));
        answers.put("PUT api/users/{username}/active", admin.put("api/users/" + b.user + "/active", "{\"active\":false}"));
        answers.put("GET api/me", a.get("api/me"));
        answers.put("POST api/me/sign-out", a.post("api/me/sign-out", ""));

        assertEquals(new TreeSet<>(EndpointFuzzer.of(Deployments.application()).endpoints()), new TreeSet<>(answers.keySet()),
                "every endpoint is called");
        // A company may use a stock-keeping unit or a warehouse code another uses: refusing it would tell that the
        // other has it. These two answers are A's own new item and warehouse, which echo what A sent.
        List<String> creations = List.of("POST api/items", "POST api/warehouses");
        creations.forEach(creation -> assertEquals(201, answers.get(creation).statusCode(), creation + ": " + answers.get(creation).body()));
        List<String> reads = new ArrayList<>();
        answers.forEach((endpoint, answer) -> {
            // A problem names its request (RFC 9457 "instance"): the intruder's own words, not B's data.
            String shown = answer.body().replace(answer.request().uri().getPath(), "");
            b.markers().stream().filter(marker -> !creations.contains(endpoint)).filter(shown::contains)
                    .forEach(marker -> reads.add(endpoint + " -> " + answer.statusCode() + " showed " + marker));
        });
        assertEquals(List.of(), reads, "reads of the other company's data");
        for (String targeted : List.of("GET api/items/{id}", "PUT api/items/{id}", "GET api/warehouses/{id}",
                "GET api/stock/items/{id}/movements", "POST api/stock/movements", "GET api/purchase-orders/{id}", "POST api/purchase-orders",
                "POST api/purchase-orders/{id}/approvals", "POST api/purchase-orders/{id}/receipt", "PUT api/users/{username}/active")) {
            assertEquals(404, answers.get(targeted).statusCode(), targeted + ": " + answers.get(targeted).body());
        }
        assertEquals(403, answers.get("POST api/users").statusCode(), answers.get("POST api/users").body());
        Map<String, String> after = b.snapshot();
        assertEquals(before, after, "the other company's data, as it sees it itself");
    }

    /** Company B's data, made by its own users, and what it sees of it. */
    private static final class Globex {

        long item;
        String sku;
        long warehouse;
        String warehouseCode;
        long raisedOrder;
        long approvedOrder;
        String user;
        private User everything;
        private User admin;
        private String company;

        static Globex with(Company company) {
            Globex b = new Globex();
            b.company = company.name();
            b.admin = company.admin();
            b.everything = company.hire("planner", "buyer", "storekeeper");
            User approver = company.hire("approver");
            b.user = approver.username();
            b.sku = "SECRET-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            b.item = b.everything.expect(201, b.everything.client().post("api/items", "{\"sku\":\"" + b.sku
                    + "\",\"name\":\"Globex secret widget\",\"unit\":\"pcs\"}")).getJsonNumber("id").longValue();
            b.warehouseCode = "GLX-" + b.sku.substring(7);
            b.warehouse = b.everything.expect(201, b.everything.client().post("api/warehouses", "{\"code\":\"" + b.warehouseCode
                    + "\",\"name\":\"Globex secret store\"}")).getJsonNumber("id").longValue();
            b.everything.expect(201, b.everything.client().post("api/stock/movements", "{\"itemId\":" + b.item + ",\"warehouseId\":"
                    + b.warehouse + ",\"quantity\":50,\"reason\":\"ADJUSTMENT_IN\",\"reference\":\"count 1\"}"));
            String order = "{\"supplier\":\"Globex secret supplier\",\"lines\":[{\"itemId\":" + b.item + ",\"quantity\":7,\"unitPriceCents\":1234}]}";
            b.raisedOrder = b.everything.expect(201, b.everything.client().post("api/purchase-orders", order)).getJsonNumber("id").longValue();
            b.approvedOrder = b.everything.expect(201, b.everything.client().post("api/purchase-orders", order)).getJsonNumber("id").longValue();
            approver.expect(200, approver.client().post("api/purchase-orders/" + b.approvedOrder + "/approvals", ""));
            return b;
        }

        /** What only B has: its name, its users' names, its item, warehouse and supplier. */
        List<String> markers() {
            return List.of(company, user, everything.username(), sku, "Globex secret widget", warehouseCode, "Globex secret store",
                    "Globex secret supplier");
        }

        /** B's own reads of everything it has. */
        Map<String, String> snapshot() {
            TestClient c = everything.client();
            Map<String, String> seen = new LinkedHashMap<>();
            for (String path : List.of("api/items", "api/items/" + item, "api/warehouses", "api/stock", "api/stock/items/" + item + "/movements",
                    "api/purchase-orders", "api/purchase-orders/" + raisedOrder, "api/purchase-orders/" + approvedOrder)) {
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
            markers().forEach(marker -> assertTrue(all.contains(marker), marker + " is not in B's own view: " + all));
        }
    }
}
