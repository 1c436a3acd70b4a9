package dev.steadfast.erp.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

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
 * Every endpoint × every role, as the README's table says: the roles it names are served (each call is valid, so a
 * 2xx), every other role gets 403. Then the operator, who works for no company, is refused every business call
 * whatever it sends; a disabled account loses the session it had; and nobody signed in gets anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    private static final List<String> ROLES = List.of("planner", "buyer", "approver", "storekeeper", "admin", "auditor");
    private static final List<String> READERS = List.of("planner", "buyer", "approver", "storekeeper");
    private static final List<String> STOCK_READERS = List.of("planner", "buyer", "storekeeper");
    private static final List<String> ORDER_READERS = List.of("buyer", "approver", "storekeeper");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void everyEndpointLetsInExactlyTheRolesTheReadmeNames() {
        Company company = Company.founded(deployment, "matrix");
        Map<String, User> users = new LinkedHashMap<>();
        ROLES.forEach(role -> users.put(role, role.equals("admin") ? company.admin() : company.hire(role)));
        User setup = company.hire("planner", "buyer", "storekeeper");
        long item = setup.expect(201, setup.client().post("api/items", "{\"sku\":\"M-1\",\"name\":\"Matrix\",\"unit\":\"pcs\"}"))
                .getJsonNumber("id").longValue();
        long warehouse = setup.expect(201, setup.client().post("api/warehouses", "{\"code\":\"M\",\"name\":\"Matrix store\"}"))
                .getJsonNumber("id").longValue();
        long order = setup.expect(201, setup.client().post("api/purchase-orders", "{\"supplier\":\"S\",\"lines\":[{\"itemId\":" + item
                + ",\"quantity\":1,\"unitPriceCents\":1}]}")).getJsonNumber("id").longValue();
        String itemBody = "{\"sku\":\"M-2\",\"name\":\"Matrix 2\",\"unit\":\"pcs\"}";
        long made = setup.expect(201, setup.client().post("api/items", "{\"sku\":\"M-3\",\"name\":\"Made\",\"unit\":\"pcs\"}"))
                .getJsonNumber("id").longValue();
        String bom = "{\"lines\":[{\"componentId\":" + item + ",\"quantityPer\":1}]}";
        setup.expect(200, setup.client().put("api/items/" + made + "/bom", bom));
        setup.expect(201, setup.client().post("api/stock/movements", "{\"itemId\":" + item + ",\"warehouseId\":" + warehouse
                + ",\"quantity\":5,\"reason\":\"ADJUSTMENT_IN\"}"));
        String workOrderBody = "{\"itemId\":" + made + ",\"warehouseId\":" + warehouse + ",\"quantity\":1}";
        long workOrder = setup.expect(201, setup.client().post("api/work-orders", workOrderBody)).getJsonNumber("id").longValue();
        long run = setup.plannedNow().getJsonNumber("runId").longValue();

        Map<String, Call> table = new LinkedHashMap<>();
        table.put("GET api/me", new Call(ROLES, c -> c.get("api/me")));
        table.put("POST api/users", new Call(List.of("admin"), c -> c.post("api/users", "{\"username\":\"new-" + System.nanoTime() + "@"
                + company.name() + "\",\"displayName\":\"New\",\"roles\":[\"buyer\"],\"password\":\"a-long-enough-password\"}")));
        table.put("GET api/users", new Call(List.of("admin"), c -> c.get("api/users")));
        table.put("PUT api/users/{username}/active", new Call(List.of("admin"), c -> c.put("api/users/" + setup.username() + "/active",
                "{\"active\":true}")));
        table.put("POST api/items", new Call(List.of("planner"), c -> c.post("api/items", itemBody)));
        table.put("PUT api/items/{id}", new Call(List.of("planner"), c -> c.put("api/items/" + item, "{\"sku\":\"M-1\",\"name\":\"Matrix\",\"unit\":\"box\"}")));
        table.put("GET api/items", new Call(READERS, c -> c.get("api/items")));
        table.put("GET api/items/{id}", new Call(READERS, c -> c.get("api/items/" + item)));
        table.put("POST api/warehouses", new Call(List.of("storekeeper"), c -> c.post("api/warehouses", "{\"code\":\"M2\",\"name\":\"Matrix 2\"}")));
        table.put("GET api/warehouses", new Call(STOCK_READERS, c -> c.get("api/warehouses")));
        table.put("GET api/warehouses/{id}", new Call(STOCK_READERS, c -> c.get("api/warehouses/" + warehouse)));
        table.put("GET api/stock", new Call(STOCK_READERS, c -> c.get("api/stock")));
        table.put("GET api/stock/items/{id}/movements", new Call(List.of("planner", "storekeeper"), c -> c.get("api/stock/items/" + item + "/movements")));
        table.put("POST api/stock/movements", new Call(List.of("storekeeper"), c -> c.post("api/stock/movements", "{\"itemId\":" + item
                + ",\"warehouseId\":" + warehouse + ",\"quantity\":1,\"reason\":\"ADJUSTMENT_IN\"}")));
        table.put("POST api/purchase-orders", new Call(List.of("buyer"), c -> c.post("api/purchase-orders", "{\"supplier\":\"S\",\"lines\":[{\"itemId\":"
                + item + ",\"quantity\":1,\"unitPriceCents\":1}]}")));
        table.put("GET api/purchase-orders", new Call(ORDER_READERS, c -> c.get("api/purchase-orders")));
        table.put("GET api/purchase-orders/{id}", new Call(ORDER_READERS, c -> c.get("api/purchase-orders/" + order)));
        table.put("POST api/purchase-orders/{id}/approvals", new Call(List.of("approver"), c -> c.post("api/purchase-orders/" + order + "/approvals", "")));
        table.put("POST api/purchase-orders/{id}/receipt", new Call(List.of("storekeeper"), c -> c.post("api/purchase-orders/" + order
                + "/receipt", "{\"warehouseId\":" + warehouse + "}")));
        table.put("GET api/items/{id}/bom", new Call(List.of("planner", "storekeeper"), c -> c.get("api/items/" + made + "/bom")));
        table.put("PUT api/items/{id}/bom", new Call(List.of("planner"), c -> c.put("api/items/" + made + "/bom", bom)));
        table.put("POST api/work-orders", new Call(List.of("planner"), c -> c.post("api/work-orders", workOrderBody)));
        table.put("GET api/work-orders", new Call(List.of("planner", "storekeeper"), c -> c.get("api/work-orders")));
        table.put("GET api/work-orders/{id}", new Call(List.of("planner", "storekeeper"), c -> c.get("api/work-orders/" + workOrder)));
        table.put("POST api/work-orders/{id}/completion", new Call(List.of("storekeeper"), c -> c.post("api/work-orders/" + workOrder
                + "/completion", "")));
        table.put("POST api/mrp/runs", new Call(List.of("planner"), c -> c.post("api/mrp/runs", "")));
        table.put("GET api/mrp/runs/{id}", new Call(List.of("planner"), c -> c.get("api/mrp/runs/" + run)));
        table.put("GET api/mrp/planned-orders", new Call(List.of("planner", "buyer"), c -> c.get("api/mrp/planned-orders")));
        table.put("GET api/audit", new Call(List.of("auditor"), c -> c.get("api/audit?action=stock.move")));
        table.put("POST api/me/sign-out", new Call(ROLES, c -> c.post("api/me/sign-out", "")));
        assertEquals(new TreeSet<>(EndpointFuzzer.of(Deployments.application()).endpoints()), new TreeSet<>(table.keySet()),
                "the table names every endpoint");

        List<String> wrong = new ArrayList<>();
        table.forEach((endpoint, call) -> users.forEach((role, user) -> {
            HttpResponse<String> answer = call.send().apply(user.client());
            boolean allowed = call.roles().contains(role);
            if (allowed ? answer.statusCode() >= 400 : answer.statusCode() != 403) {
                wrong.add(endpoint + " as " + role + ": " + answer.statusCode() + " " + answer.body());
            }
        }));
        assertEquals(List.of(), wrong, "answers against the table");
    }

    @Test
    void theOperatorReachesTheAccountsAndNothingOfACompanysBusiness() {
        Company company = Company.founded(deployment, "operated");
        TestClient operator = company.operator().client();
        List<String> wrong = new ArrayList<>();
        for (String endpoint : EndpointFuzzer.of(Deployments.application()).endpoints()) {
            if (endpoint.contains("api/users") || endpoint.contains("api/me")) {
                continue;
            }
            String[] call = endpoint.split(" ", 2);
            String path = call[1].replace("{id}", "1");
            HttpResponse<String> answer = operator.send(operator.request(path).header("Content-Type", "application/json")
                    .method(call[0], call[0].equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{}")));
            if (answer.statusCode() != 403) {
                wrong.add(endpoint + ": " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(), wrong, "business calls the operator got past the door with");
        assertEquals(200, operator.get("api/users").statusCode());
        assertTrue(operator.get("api/me").body().contains("\"company\":\"operator\""));
    }

    @Test
    void aDisabledAccountLosesTheSessionItHadAndNobodySignedOutGetsAnything() {
        Company company = Company.founded(deployment, "disabled");
        User buyer = company.hire("buyer");
        assertEquals(200, buyer.client().get("api/purchase-orders").statusCode(), "the positive control");
        company.admin().expect(200, company.admin().client().put("api/users/" + buyer.username() + "/active", "{\"active\":false}"));
        assertEquals(401, buyer.client().get("api/purchase-orders").statusCode(), "disabled");
        company.admin().expect(200, company.admin().client().put("api/users/" + buyer.username() + "/active", "{\"active\":true}"));
        assertEquals(401, buyer.client().get("api/purchase-orders").statusCode(), "signed out: enabling again is no sign-in");
        for (String path : List.of("api/me", "api/items", "api/users", "api/purchase-orders")) {
            assertEquals(401, company.anonymous().get(path).statusCode(), path);
        }
    }

    /** The roles an endpoint lets in, and a request to it. */
    private record Call(List<String> roles, Function<TestClient, HttpResponse<String>> send) {
    }
}
