package dev.seamsim.connectwebviews;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

class ConnectWebviewRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void create_returns_a_pending_webview_echoing_customer_key_and_custom_metadata() {
        String key = Sim.unique("cust");
        sim.ws1().body(Map.of("customer_key", key, "accepted_providers", List.of("salto_ks", "august"),
                        "custom_metadata", Map.of("tier", "gold", "vip", true),
                        "custom_redirect_url", "https://example.com/done",
                        "custom_redirect_failure_url", "https://example.com/failed"))
                .post("/connect_webviews/create").then().statusCode(200)
                .body("connect_webview.customer_key", equalTo(key))
                .body("connect_webview.workspace_id", equalTo(Sim.WS1))
                .body("connect_webview.status", equalTo("pending"))
                .body("connect_webview.accepted_providers", contains("salto_ks", "august"))
                .body("connect_webview.any_provider_allowed", equalTo(false))
                .body("connect_webview.custom_metadata.tier", equalTo("gold"))
                .body("connect_webview.custom_metadata.vip", equalTo(true))
                .body("connect_webview.custom_redirect_url", equalTo("https://example.com/done"))
                .body("connect_webview.custom_redirect_failure_url", equalTo("https://example.com/failed"))
                .body("connect_webview.login_successful", equalTo(false))
                .body("connect_webview.connected_account_id", nullValue())
                .body("connect_webview.selected_provider", nullValue())
                .body("connect_webview.authorized_at", nullValue());
    }

    @Test
    void create_without_accepted_providers_allows_any_provider_minus_the_excluded_ones() {
        sim.ws1().body(Map.of()).post("/connect_webviews/create").then().statusCode(200)
                .body("connect_webview.any_provider_allowed", equalTo(true))
                .body("connect_webview.accepted_providers", hasItem("salto_ks"))
                .body("connect_webview", not(hasKey("customer_key")));
        sim.ws1().body(Map.of("excluded_providers", List.of("august"))).post("/connect_webviews/create")
                .then().statusCode(200)
                .body("connect_webview.accepted_providers", hasItem("salto_ks"))
                .body("connect_webview.accepted_providers", not(hasItem("august")));
    }

    @Test
    void url_points_at_the_simulator_and_serves_an_html_page_for_the_webview() {
        String key = Sim.unique("page");
        JsonPath webview = sim.ws1().body(Map.of("customer_key", key)).post("/connect_webviews/create")
                .then().statusCode(200).extract().jsonPath();
        String url = webview.getString("connect_webview.url");
        String id = webview.getString("connect_webview.connect_webview_id");
        assertThat(url, startsWith(sim.baseUrl() + "/"));
        assertThat(url, containsString(id));
        // A page for people, not an API route: fetched without the OpenAPI filter and without credentials.
        RestAssured.given().get(url).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString(key)).body(containsString("pending"));
    }

    @Test
    void create_rejects_providers_outside_the_enum() {
        sim.ws1().body(Map.of("accepted_providers", List.of("salto_ks", "no_such_provider")))
                .post("/connect_webviews/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.accepted_providers.1._errors[0]", containsString("Invalid enum value"));
        sim.ws1().body(Map.of("accepted_providers", "salto_ks")).post("/connect_webviews/create")
                .then().statusCode(400).body("error.type", equalTo("invalid_input"));
    }

    @Test
    void create_rejects_redirect_urls_that_are_not_absolute() {
        sim.ws1().body(Map.of("custom_redirect_url", "/done", "custom_redirect_failure_url", "not a url"))
                .post("/connect_webviews/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.custom_redirect_url._errors", hasItem("Invalid url"))
                .body("error.validation_errors.custom_redirect_failure_url._errors", hasItem("Invalid url"));
    }

    @Test
    void create_accepts_only_string_or_boolean_custom_metadata_values() {
        sim.ws1().body(Map.of("custom_metadata", Map.of("n", 3, "ok", "fine")))
                .post("/connect_webviews/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.custom_metadata.n._errors[0]", containsString("string | boolean"))
                .body("error.validation_errors.custom_metadata", not(hasKey("ok")));
        sim.ws1().body(Map.of("custom_metadata", Map.of("nested", Map.of("a", "b"))))
                .post("/connect_webviews/create").then().statusCode(400);
        sim.ws1().body(Map.of("custom_metadata", "flat")).post("/connect_webviews/create").then().statusCode(400);
    }

    @Test
    void create_rejects_an_empty_customer_key_and_an_unknown_selection_mode() {
        sim.ws1().body(Map.of("customer_key", "", "device_selection_mode", "all"))
                .post("/connect_webviews/create").then().statusCode(400)
                .body("error.validation_errors", hasKey("customer_key"))
                .body("error.validation_errors", hasKey("device_selection_mode"));
    }

    @Test
    void two_webviews_may_share_a_customer_key() {
        String key = Sim.unique("shared");
        String first = sim.createWebview(sim.ws1(), Map.of("customer_key", key));
        String second = sim.createWebview(sim.ws1(), Map.of("customer_key", key));
        assertThat(first, not(equalTo(second)));
        sim.ws1().queryParam("customer_key", key).get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(first, second));
    }

    @Test
    void get_finds_a_webview_by_id_via_query_and_via_body() {
        String key = Sim.unique("get");
        String id = sim.createWebview(sim.ws1(), Map.of("customer_key", key));
        sim.ws1().queryParam("connect_webview_id", id).get("/connect_webviews/get").then().statusCode(200)
                .body("connect_webview.connect_webview_id", equalTo(id))
                .body("connect_webview.customer_key", equalTo(key));
        sim.ws1().body(Map.of("connect_webview_id", id)).post("/connect_webviews/get").then().statusCode(200)
                .body("connect_webview.connect_webview_id", equalTo(id));
    }

    @Test
    void get_of_an_unknown_or_malformed_id_fails() {
        sim.ws1().queryParam("connect_webview_id", UUID.randomUUID().toString()).get("/connect_webviews/get")
                .then().statusCode(404).body("error.type", equalTo("connect_webview_not_found"));
        sim.ws1().queryParam("connect_webview_id", "nope").get("/connect_webviews/get").then().statusCode(400)
                .body("error.validation_errors.connect_webview_id._errors", hasItem("Invalid uuid"));
        sim.ws1().body(Map.of()).post("/connect_webviews/get").then().statusCode(400)
                .body("error.validation_errors.connect_webview_id._errors", hasItem("Required"));
    }

    @Test
    void delete_removes_the_webview_via_query_or_body() {
        String viaQuery = sim.createWebview(sim.ws1(), Map.of("customer_key", Sim.unique("del")));
        String viaBody = sim.createWebview(sim.ws1(), Map.of("customer_key", Sim.unique("del")));
        sim.ws1().queryParam("connect_webview_id", viaQuery).delete("/connect_webviews/delete")
                .then().statusCode(200).body("ok", equalTo(true));
        sim.ws1().body(Map.of("connect_webview_id", viaBody)).post("/connect_webviews/delete").then().statusCode(200);
        for (String id : List.of(viaQuery, viaBody)) {
            sim.ws1().queryParam("connect_webview_id", id).get("/connect_webviews/get").then().statusCode(404)
                    .body("error.type", equalTo("connect_webview_not_found"));
            sim.ws1().queryParam("connect_webview_id", id).delete("/connect_webviews/delete").then().statusCode(404)
                    .body("error.type", equalTo("connect_webview_not_found"));
        }
        sim.ws1().get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", not(hasItem(viaQuery)));
        sim.ws1().queryParam("connect_webview_id", "x").delete("/connect_webviews/delete").then().statusCode(400);
    }

    @Test
    void another_workspace_cannot_get_list_or_delete_the_webview() {
        String key = Sim.unique("iso");
        String id = sim.createWebview(sim.ws1(), Map.of("customer_key", key));
        sim.ws2().queryParam("connect_webview_id", id).get("/connect_webviews/get").then().statusCode(404)
                .body("error.type", equalTo("connect_webview_not_found"));
        sim.ws2().queryParam("customer_key", key).get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews", empty());
        sim.ws2().get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", not(hasItem(id)));
        sim.ws2().queryParam("connect_webview_id", id).delete("/connect_webviews/delete").then().statusCode(404);
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS2).queryParam("connect_webview_id", id)
                .get("/connect_webviews/get").then().statusCode(404);
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS1).queryParam("connect_webview_id", id)
                .get("/connect_webviews/get").then().statusCode(200).body("connect_webview.customer_key", equalTo(key));
        sim.ws1().queryParam("connect_webview_id", id).get("/connect_webviews/get").then().statusCode(200);
    }
}
