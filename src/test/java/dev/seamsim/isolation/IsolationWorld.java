package dev.seamsim.isolation;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One object of every kind in each workspace, with keys that differ between them: workspace 1's give the
 * foreign values to try from workspace 2, workspace 2's make its calls otherwise valid and its lists non-empty
 * (so that a filter the simulator ignores shows up as a non-empty answer).
 */
final class IsolationWorld {
    /** Ids and keys of one workspace's objects. */
    record Objects(String account, String system, String entrance, String webview, String space, String user,
                   String grant, String method, String prefix) {
        String spaceKey() { return prefix + "-space"; }
        String userKey() { return prefix + "-user"; }
        String grantKey() { return prefix + "-grant"; }
        String reservationKey() { return prefix + "-reservation"; }
        String customerKey() { return prefix + "-customer"; }
    }

    final Objects one;
    final Objects two;
    private final Sim sim;

    IsolationWorld(Sim sim) {
        this.sim = sim;
        // Workspace 2's account has no customer_key, so that /connected_accounts/update may set one.
        one = build(Sim.KEY1, "ws1", true);
        two = build(Sim.KEY2, "ws2", false);
    }

    /** Plain requests (no per-response schema check: the matrix checks statuses and state itself). */
    static RequestSpecification as(Sim sim, String apiKey) {
        return RestAssured.given().baseUri(sim.baseUrl()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + apiKey);
    }

    private Objects build(String apiKey, String prefix, boolean accountWithCustomer) {
        Map<String, Object> webview = new HashMap<>(Map.of("accepted_providers", List.of("salto_ks")));
        if (accountWithCustomer) webview.put("customer_key", prefix + "-customer");
        String account = sim.completeWebview(post(apiKey, "/connect_webviews/create", webview)
                .getString("connect_webview.connect_webview_id"));
        JsonPath entrances = post(apiKey, "/acs/entrances/list", Map.of("connected_account_id", account));
        String entrance = entrances.getString("acs_entrances[0].acs_entrance_id");
        String system = entrances.getString("acs_entrances[0].acs_system_id");
        String pending = post(apiKey, "/connect_webviews/create", Map.of("customer_key", prefix + "-customer"))
                .getString("connect_webview.connect_webview_id");
        String space = post(apiKey, "/spaces/create", Map.of("name", prefix + " lobby", "space_key", prefix + "-space",
                "customer_key", prefix + "-customer", "acs_entrance_ids", List.of(entrance))).getString("space.space_id");
        String user = post(apiKey, "/user_identities/create", Map.of("user_identity_key", prefix + "-user",
                "email_address", prefix + "@example.com")).getString("user_identity.user_identity_id");
        JsonPath grant = post(apiKey, "/access_grants/create", Map.of("user_identity_id", user, "space_ids", List.of(space),
                "access_grant_key", prefix + "-grant", "reservation_key", prefix + "-reservation",
                "requested_access_methods", List.of(Map.of("mode", "code"), Map.of("mode", "mobile_key"))));
        return new Objects(account, system, entrance, pending, space, user, grant.getString("access_grant.access_grant_id"),
                grant.getString("access_grant.access_method_ids[0]"), prefix);
    }

    private JsonPath post(String apiKey, String path, Map<String, ?> body) {
        return as(sim, apiKey).body(body).post(path).then().statusCode(200).extract().jsonPath();
    }

    /**
     * The value to send for an id or key parameter, taken from workspace 1; for kinds the simulator does not
     * model (devices, access codes, credentials) a fresh UUID, which no workspace holds. Null: no provider.
     */
    Object foreign(String parameter) {
        String name = parameter.substring(parameter.lastIndexOf('.') + 1);
        String one = single(name.replaceAll("s$", ""));
        if (one == null) return null;
        return name.endsWith("_ids") || name.endsWith("_keys") ? List.of(one) : one;
    }

    private String single(String name) {
        return switch (name) {
            case "space_id", "parent_space_id", "location_id" -> one.space();
            case "space_key", "parent_space_key" -> one.spaceKey();
            case "acs_entrance_id" -> one.entrance();
            case "acs_system_id", "credential_manager_acs_system_id" -> one.system();
            case "connected_account_id" -> one.account();
            case "connect_webview_id" -> one.webview();
            case "user_identity_id" -> one.user();
            case "user_identity_key" -> one.userKey();
            case "access_grant_id" -> one.grant();
            case "access_grant_key" -> one.grantKey();
            case "access_method_id" -> one.method();
            case "customer_key" -> one.customerKey();
            case "reservation_key" -> one.reservationKey();
            // No simulated object has a user identifier key; workspace 1's account login stands in for one.
            case "user_identifier_key" -> "jane@example.com";
            case "device_id", "access_code_id", "acs_credential_id" -> UUID.randomUUID().toString();
            default -> null;
        };
    }
}
