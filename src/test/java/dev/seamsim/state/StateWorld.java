package dev.seamsim.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.seamsim.testing.Sim;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Objects of every family in one workspace, made through the API (with deletions, so positions have gaps), and
 * the tools the state tests compare with: a key-order-free form of a document and the API's answers.
 */
public final class StateWorld {
    private static final ObjectMapper SORTED = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** What {@link #populate} made. */
    public record Made(String accountId, String spaceId, String spaceKey, String userIdentityId, String email,
                String accessGrantId, String accessGrantKey, List<String> entranceIds) {}

    private StateWorld() {}

    /** {@code as} makes requests in the workspace to fill. */
    public static Made populate(Supplier<RequestSpecification> as) {
        String webview = as.get().body(Map.of("accepted_providers", List.of("salto_ks"), "customer_key", Sim.unique("cust"),
                "custom_metadata", Map.of("floor", "3", "vip", true))).post("/connect_webviews/create")
                .then().statusCode(200).extract().path("connect_webview.connect_webview_id");
        as.get().body(Map.of("accepted_providers", List.of("visionline"))).post("/connect_webviews/create").then().statusCode(200);
        String doomed = as.get().body(Map.of()).post("/connect_webviews/create").then().statusCode(200)
                .extract().path("connect_webview.connect_webview_id");
        as.get().body(Map.of("connect_webview_id", doomed)).post("/connect_webviews/delete").then().statusCode(200);
        String accountId = as.get().body(Map.of("connect_webview_id", webview)).post("/_fake/complete_connect_webview")
                .then().statusCode(200).extract().path("connected_account.connected_account_id");
        as.get().body(Map.of("connected_account_id", accountId, "display_name", "Front desk"))
                .post("/connected_accounts/update").then().statusCode(200);
        List<String> entrances = as.get().queryParam("connected_account_id", accountId).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances.acs_entrance_id");
        String spaceKey = Sim.unique("room");
        String spaceId = as.get().body(Map.of("name", "Room 1", "space_key", spaceKey,
                "acs_entrance_ids", entrances.subList(0, 2))).post("/spaces/create")
                .then().statusCode(200).extract().path("space.space_id");
        String gone = as.get().body(Map.of("name", "Gone", "space_key", Sim.unique("gone"))).post("/spaces/create")
                .then().statusCode(200).extract().path("space.space_id");
        as.get().body(Map.of("space_id", gone)).post("/spaces/delete").then().statusCode(200);
        as.get().body(Map.of("name", "Room 2", "space_key", Sim.unique("room"))).post("/spaces/create").then().statusCode(200);
        String email = Sim.unique("guest") + "@example.com";
        String userId = as.get().body(Map.of("user_identity_key", Sim.unique("user"), "email_address", email,
                "full_name", "Jane Guest")).post("/user_identities/create")
                .then().statusCode(200).extract().path("user_identity.user_identity_id");
        String grantKey = Sim.unique("grant");
        String grantId = as.get().body(Map.of("user_identity_id", userId, "space_ids", List.of(spaceId),
                "acs_entrance_ids", List.of(entrances.get(2)), "access_grant_key", grantKey, "name", "Stay",
                "ends_at", "2099-01-01T00:00:00.000Z", "requested_access_methods",
                List.of(Map.of("mode", "code"), Map.of("mode", "card"), Map.of("mode", "mobile_key"))))
                .post("/access_grants/create").then().statusCode(200).extract().path("access_grant.access_grant_id");
        List<String> methods = as.get().queryParam("access_grant_id", grantId).get("/access_methods/list")
                .then().statusCode(200).extract().path("access_methods.access_method_id");
        as.get().body(Map.of("access_method_id", methods.get(1))).post("/access_methods/delete").then().statusCode(200);
        return new Made(accountId, spaceId, spaceKey, userId, email, grantId, grantKey, entrances);
    }

    /** The document with every object's keys sorted, so that two documents compare as text. */
    static String normalised(String json) {
        try {
            return SORTED.writeValueAsString(SORTED.readValue(json, Object.class));
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return SORTED.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The list routes' answers in a workspace (and the methods of what was made), to compare before and after a load. */
    public static String answers(Supplier<RequestSpecification> as, Made made) {
        StringBuilder out = new StringBuilder();
        for (String route : List.of("/connect_webviews/list", "/connected_accounts/list", "/acs/systems/list",
                "/acs/entrances/list", "/spaces/list", "/user_identities/list", "/access_grants/list",
                "/access_methods/list?access_grant_id=" + made.accessGrantId(),
                "/spaces/get?space_key=" + made.spaceKey(), "/workspaces/get")) {
            out.append(route).append(' ').append(as.get().get(route).then().statusCode(200).extract().asString()).append('\n');
        }
        return out.toString();
    }
}
