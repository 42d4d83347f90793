package dev.seamsim.control;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** The simulator's own endpoints: /health, the /_fake/* controls and the Connect Webview page. */
class ControlRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void health_answers_ok_with_get_or_post_and_needs_no_credentials() {
        sim.anonymous().get("/health").then().statusCode(200).contentType(ContentType.JSON)
                .body("ok", equalTo(true)).body("status", equalTo("ready"));
        sim.anonymous().body(Map.of()).post("/health").then().statusCode(200).body("ok", equalTo(true));
        sim.as("seam_not_a_key").get("/health").then().statusCode(200).body("ok", equalTo(true));
        sim.anonymous().delete("/health").then().statusCode(405).body("error.type", equalTo("method_not_allowed"));
    }

    @Test
    void complete_connect_webview_takes_only_a_json_post() {
        sim.anonymous().get("/_fake/complete_connect_webview").then().statusCode(405)
                .header("Allow", "POST").body("error.type", equalTo("method_not_allowed"));
        sim.anonymous().contentType(ContentType.TEXT).body("connect_webview_id=" + UUID.randomUUID())
                .post("/_fake/complete_connect_webview").then().statusCode(400)
                .body("error.type", equalTo("invalid_content_type"));
        sim.anonymous().body("{\"connect_webview_id\":").post("/_fake/complete_connect_webview").then()
                .statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.anonymous().body(Map.of("connect_webview_id", UUID.randomUUID().toString(), "provider", ""))
                .post("/_fake/complete_connect_webview").then().statusCode(400)
                .body("error.validation_errors", hasKey("provider"));
    }

    @Test
    void unknown_fake_routes_are_seam_404s() {
        sim.anonymous().body(Map.of()).post("/_fake/nothing_here").then().statusCode(404)
                .body("error.type", equalTo("route_not_found"));
    }

    @Test
    void the_webview_page_follows_the_webview_through_completion() {
        String key = Sim.unique("page");
        String url = sim.ws1().body(Map.of("customer_key", key, "accepted_providers", List.of("salto_ks")))
                .post("/connect_webviews/create").then().statusCode(200).extract().path("connect_webview.url");
        String id = url.substring(url.indexOf("connect_webview_id=") + "connect_webview_id=".length());
        RestAssured.given().get(url).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("pending")).body(containsString("salto_ks"));
        sim.completeWebview(id);
        RestAssured.given().get(url).then().statusCode(200)
                .body(containsString("authorized")).body(not(containsString("pending")));
    }

    @Test
    void the_webview_page_of_an_unknown_or_deleted_webview_is_a_404_page() {
        RestAssured.given().get(sim.baseUrl() + "/connect_webviews/view?connect_webview_id=" + UUID.randomUUID())
                .then().statusCode(404).contentType(containsString("text/html"));
        RestAssured.given().get(sim.baseUrl() + "/connect_webviews/view").then().statusCode(404);
        String url = sim.ws2().body(Map.of()).post("/connect_webviews/create").then().statusCode(200)
                .extract().path("connect_webview.url");
        RestAssured.given().get(url).then().statusCode(200);
        String id = url.substring(url.indexOf("connect_webview_id=") + "connect_webview_id=".length());
        sim.ws2().queryParam("connect_webview_id", id).delete("/connect_webviews/delete").then().statusCode(200);
        RestAssured.given().get(url).then().statusCode(404);
    }

    @Test
    void a_deleted_webview_can_no_longer_be_completed() {
        String id = sim.createWebview(sim.ws1(), Map.of());
        sim.ws1().queryParam("connect_webview_id", id).delete("/connect_webviews/delete").then().statusCode(200);
        sim.anonymous().body(Map.of("connect_webview_id", id)).post("/_fake/complete_connect_webview").then()
                .statusCode(404).body("error.type", equalTo("connect_webview_not_found"));
    }
}
