package dev.seamsim.http;

import dev.seamsim.testing.Sim;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on every route: malformed bodies, wrong content types and randomly typed parameters always get a
 * Seam 4xx error (the Sim filters fail any 5xx), and a rejected request changes nothing in the workspace.
 */
class BadInputTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    static final List<String> ROUTES = List.of("/workspaces/get", "/workspaces/list", "/connect_webviews/create",
            "/connect_webviews/get", "/connect_webviews/list", "/connect_webviews/delete", "/connected_accounts/get",
            "/connected_accounts/list", "/connected_accounts/update", "/connected_accounts/delete",
            "/acs/systems/get", "/acs/systems/list", "/acs/entrances/get", "/acs/entrances/list", "/spaces/create",
            "/spaces/get", "/spaces/list", "/spaces/update", "/spaces/delete", "/spaces/add_acs_entrances",
            "/spaces/remove_acs_entrances", "/user_identities/create", "/user_identities/get", "/user_identities/list",
            "/user_identities/update", "/user_identities/delete", "/access_grants/create", "/access_grants/get",
            "/access_grants/list", "/access_grants/update", "/access_grants/delete", "/access_methods/get",
            "/access_methods/list", "/access_methods/delete", "/_fake/complete_connect_webview");

    /** Parameter names the routes read, so random bodies hit real validation paths. */
    static final List<String> NAMES = List.of("name", "space_id", "space_key", "space_keys", "space_ids",
            "customer_key", "acs_entrance_ids", "acs_system_id", "acs_entrance_id", "connected_account_id",
            "connect_webview_id", "user_identity_id", "user_identity_key", "user_identity", "email_address",
            "phone_number", "full_name", "access_grant_id", "access_grant_key", "access_method_id", "starts_at",
            "ends_at", "requested_access_methods", "custom_metadata", "custom_metadata_has", "accepted_providers",
            "custom_redirect_url", "limit", "page_cursor", "search", "customer_data", "display_name", "email",
            "provider", "reservation_key", "device_ids");

    static List<String> routes() {
        return ROUTES;
    }

    @ParameterizedTest
    @MethodSource("routes")
    void malformed_json_is_invalid_input(String route) {
        sim.ws2().body("{\"name\": ").post(route).then().statusCode(400).body("error.type", equalTo("invalid_input"));
    }

    @ParameterizedTest
    @MethodSource("routes")
    void a_body_that_is_not_an_object_is_invalid_input(String route) {
        for (String body : List.of("[]", "\"text\"", "42", "true")) {
            sim.ws2().body(body).post(route).then().statusCode(400).body("error.type", equalTo("invalid_input"));
        }
    }

    @ParameterizedTest
    @MethodSource("routes")
    void a_body_that_is_not_json_is_refused_by_content_type(String route) {
        sim.ws2().contentType(ContentType.TEXT).body("name=x").post(route)
                .then().statusCode(400).body("error.type", equalTo("invalid_content_type"));
    }

    @Test
    void invalid_input_names_each_bad_field_in_validation_errors() {
        sim.ws2().body(Map.of("name", 12, "space_key", List.of("x"), "acs_entrance_ids", List.of("not-a-uuid")))
                .post("/spaces/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.message", equalTo("3 Input Errors: Expected string, received number for \"name\", "
                        + "Expected string, received array for \"space_key\", Invalid uuid for \"acs_entrance_ids.0\""))
                .body("error.validation_errors", hasKey("_errors"))
                .body("error.validation_errors.name._errors[0]", equalTo("Expected string, received number"))
                .body("error.validation_errors.acs_entrance_ids.0._errors[0]", equalTo("Invalid uuid"));
    }

    @Test
    void randomly_typed_parameters_never_break_the_server_and_rejections_change_nothing() {
        Random random = new Random(20261203);
        for (String route : ROUTES) {
            String state = state();
            for (int i = 0; i < 12; i++) {
                Map<String, Object> body = new LinkedHashMap<>();
                for (int n = 0; n < 1 + random.nextInt(4); n++) {
                    body.put(NAMES.get(random.nextInt(NAMES.size())), randomValue(random, 0));
                }
                Response response = sim.ws2().body(body).post(route);
                assertTrue(response.statusCode() < 500, route + " " + body);
                String after = state();
                if (response.statusCode() != 200) assertEquals(state, after, "rejected " + route + " " + body + " changed state");
                state = after;
            }
        }
    }

    /** Everything workspace 2 holds, as the list routes show it (read without the per-call schema checks). */
    private static String state() {
        StringBuilder out = new StringBuilder();
        for (String list : List.of("/connect_webviews/list", "/connected_accounts/list", "/acs/systems/list",
                "/acs/entrances/list", "/spaces/list", "/user_identities/list", "/access_grants/list")) {
            out.append(io.restassured.RestAssured.given().baseUri(sim.baseUrl())
                    .header("Authorization", "Bearer " + Sim.KEY2).get(list).then().statusCode(200).extract().asString());
        }
        return out.toString();
    }

    private static Object randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 1 ? 7 : 9)) {
            case 0 -> null;
            case 1 -> random.nextInt(2000) - 1000;
            case 2 -> random.nextBoolean();
            case 3 -> "";
            case 4 -> "x".repeat(random.nextInt(3) == 0 ? 5000 : 3) + "\u00e9\u2603\ud83d\udd11";
            case 5 -> java.util.UUID.randomUUID().toString();
            case 6 -> random.nextDouble();
            case 7 -> {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < random.nextInt(3); i++) list.add(randomValue(random, depth + 1));
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(NAMES.get(random.nextInt(NAMES.size())), randomValue(random, depth + 1));
                map.put("mode", "mobile_key");
                yield map;
            }
        };
    }
}
