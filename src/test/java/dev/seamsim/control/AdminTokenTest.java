package dev.seamsim.control;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** --admin-token: every /_fake/* call needs "Authorization: Bearer <token>"; the Seam API itself is unaffected. */
class AdminTokenTest {
    private static final String TOKEN = "s3cret-admin";

    @RegisterExtension
    static final Sim sim = new Sim(b -> b.adminToken(TOKEN));

    @Test
    void fake_routes_without_the_token_or_with_another_are_401_seam_errors() {
        for (String path : List.of("/_fake/reset", "/_fake/workspaces", "/_fake/clock", "/_fake/complete_connect_webview")) {
            sim.anonymous().body(Map.of()).post(path).then().statusCode(401).body("error.type", equalTo("unauthorized"));
            sim.as("wrong").body(Map.of()).post(path).then().statusCode(401).body("error.type", equalTo("unauthorized"));
            sim.as(Sim.KEY1).body(Map.of()).post(path).then().statusCode(401).body("error.type", equalTo("unauthorized"));
        }
        sim.anonymous().get("/_fake/default_seed").then().statusCode(401).body("error.type", equalTo("unauthorized"));
        sim.anonymous().header("Authorization", TOKEN).get("/_fake/default_seed").then().statusCode(401);
        sim.as(TOKEN + "x").get("/_fake/workspaces").then().statusCode(401);
        sim.anonymous().get("/_fake/nothing_here").then().statusCode(401);
    }

    @Test
    void a_refused_call_changes_nothing() {
        String identity = sim.ws1().body(Map.of("user_identity_key", Sim.unique("admin"))).post("/user_identities/create")
                .then().statusCode(200).extract().path("user_identity.user_identity_id");
        sim.anonymous().post("/_fake/reset").then().statusCode(401);
        sim.anonymous().body(Map.of("now", "2030-01-01T00:00:00Z")).post("/_fake/clock").then().statusCode(401);
        String key = "seam_" + UUID.randomUUID().toString().replace("-", "");
        sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces").then().statusCode(401);
        sim.ws1().queryParam("user_identity_id", identity).get("/user_identities/get").then().statusCode(200)
                .body("user_identity.created_at", not(startsWith("2030")));
        sim.as(key).get("/workspaces/get").then().statusCode(401);
    }

    @Test
    void with_the_token_the_fake_routes_work() {
        String key = "seam_" + UUID.randomUUID().toString().replace("-", "");
        sim.as(TOKEN).body(Map.of("api_key", key)).post("/_fake/workspaces").then().statusCode(200);
        sim.as(key).get("/workspaces/get").then().statusCode(200);
        sim.as(TOKEN).get("/_fake/workspaces").then().statusCode(200).body("workspaces.size()", equalTo(3));
        sim.as(TOKEN).get("/_fake/default_seed").then().statusCode(200).body("seam_apikey1_token", equalTo(Sim.KEY1));
        sim.as(TOKEN).get("/_fake/clock").then().statusCode(200);
        sim.as(TOKEN).post("/_fake/reset").then().statusCode(200);
        sim.as(key).get("/workspaces/get").then().statusCode(401);
        sim.as(TOKEN).get("/_fake/nothing_here").then().statusCode(404).body("error.type", equalTo("route_not_found"));
    }

    @Test
    void the_seam_api_and_health_need_no_admin_token() {
        sim.ws1().get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS1));
        sim.as(Sim.PAT).get("/workspaces/list").then().statusCode(200);
        sim.anonymous().get("/health").then().statusCode(200);
        sim.as(TOKEN).get("/workspaces/get").then().statusCode(401).body("error.type", equalTo("unauthorized"));
    }

    @Test
    void a_cors_preflight_needs_no_token_as_browsers_send_none() {
        sim.anonymous().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/_fake/reset").then().statusCode(204).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void in_process_operations_need_no_token() {
        String key = sim.simulator().newWorkspace().apiKey();
        sim.as(key).get("/workspaces/get").then().statusCode(200);
        sim.simulator().reset();
        sim.as(key).get("/workspaces/get").then().statusCode(401);
    }

    @Test
    void the_dashboard_takes_the_token_as_a_header_or_as_admin_token_in_its_query_and_the_pages_need_none() {
        RestAssured.given().get(sim.baseUrl() + "/_fake/ui").then().statusCode(401);
        RestAssured.given().get(sim.baseUrl() + "/_fake/ui?admin_token=wrong").then().statusCode(401);
        RestAssured.given().get(sim.baseUrl() + "/_fake/ui?admin_token=" + TOKEN).then().statusCode(200)
                .body(containsString("Simulator state"));
        RestAssured.given().header("Authorization", "Bearer " + TOKEN).get(sim.baseUrl() + "/_fake/ui").then()
                .statusCode(200);
        sim.anonymous().queryParam("admin_token", TOKEN).get("/_fake/workspaces").then().statusCode(401);
        String url = sim.ws1().body(Map.of()).post("/connect_webviews/create").then().statusCode(200)
                .extract().path("connect_webview.url");
        RestAssured.given().get(url).then().statusCode(200);
    }
}
