package dev.seamsim.pages;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Page links and /_fake/complete_connect_webview find their object by id alone, through the simulator-wide link
 * directory: a link works while its object is in a live workspace, and 404s once a reset, a workspace reset, an
 * import or an auto-workspace eviction took the object away; an import brings its objects' links back.
 */
class PageLinkLookupTest {
    @RegisterExtension
    static final Sim sim = new Sim(b -> b.autoWorkspaces(1, Duration.ofMinutes(30)));

    private static Map<String, Object> webview(String apiKey) {
        return sim.as(apiKey).body(Map.of("accepted_providers", List.of("salto_ks"))).post("/connect_webviews/create")
                .then().statusCode(200).extract().path("connect_webview");
    }

    private static String instantKeyUrl(String apiKey) {
        String user = sim.as(apiKey).body(Map.of("full_name", "Ada")).post("/user_identities/create").then()
                .statusCode(200).extract().path("user_identity.user_identity_id");
        String space = sim.as(apiKey).body(Map.of("name", "Room 1")).post("/spaces/create").then().statusCode(200)
                .extract().path("space.space_id");
        return sim.as(apiKey).body(Map.of("user_identity_id", user, "space_ids", List.of(space),
                        "requested_access_methods", List.of(Map.of("mode", "mobile_key"))))
                .post("/access_grants/create").then().statusCode(200).extract().path("access_grant.instant_key_url");
    }

    private static void linkWorks(Map<String, Object> w) {
        RestAssured.given().get((String) w.get("url")).then().statusCode(200).body(containsString("Connect your account"));
    }

    private static void linkGone(Map<String, Object> w) {
        RestAssured.given().get((String) w.get("url")).then().statusCode(404)
                .body(containsString("Connect Webview not found"));
        sim.anonymous().body(Map.of("connect_webview_id", w.get("connect_webview_id")))
                .post("/_fake/complete_connect_webview").then().statusCode(404)
                .body("error.type", equalTo("connect_webview_not_found"));
    }

    @Test
    void after_a_reset_the_old_links_404_and_an_import_of_the_saved_state_brings_them_back() {
        Map<String, Object> w = webview(Sim.KEY1);
        String key = instantKeyUrl(Sim.KEY2);
        String saved = sim.anonymous().get("/_fake/database").then().statusCode(200).extract().asString();
        linkWorks(w);

        sim.anonymous().post("/_fake/reset").then().statusCode(200);
        linkGone(w);
        RestAssured.given().get(key).then().statusCode(404).body(containsString("Instant Key revoked"));

        sim.anonymous().contentType("application/json").body(saved).put("/_fake/database").then().statusCode(200);
        linkWorks(w);
        RestAssured.given().get(key).then().statusCode(200).body(containsString("Room 1"));
        sim.completeWebview((String) w.get("connect_webview_id"));
        RestAssured.given().get((String) w.get("url")).then().statusCode(200).body(containsString("Account connected"));
    }

    @Test
    void resetting_one_workspace_404s_its_links_and_leaves_the_other_workspaces_links_alone() {
        Map<String, Object> inWs2 = webview(Sim.KEY2);
        Map<String, Object> inWs1 = webview(Sim.KEY1);
        String key = instantKeyUrl(Sim.KEY2);
        sim.anonymous().body(Map.of("workspace_id", Sim.WS2)).post("/_fake/reset").then().statusCode(200);
        linkGone(inWs2);
        RestAssured.given().get(key).then().statusCode(404);
        linkWorks(inWs1);
    }

    @Test
    void importing_one_workspace_replaces_its_links_only() {
        Map<String, Object> before = webview(Sim.KEY2);
        String saved = sim.anonymous().queryParam("workspace_id", Sim.WS2).get("/_fake/database").then().statusCode(200)
                .extract().asString();
        Map<String, Object> after = webview(Sim.KEY2);
        Map<String, Object> elsewhere = webview(Sim.KEY1);
        sim.anonymous().contentType("application/json").body(saved).put("/_fake/database").then().statusCode(200);
        linkWorks(before);
        linkGone(after);
        linkWorks(elsewhere);
    }

    @Test
    void a_deleted_webview_404s_and_an_evicted_auto_workspace_takes_its_links_along() {
        Map<String, Object> deleted = webview(Sim.KEY1);
        sim.ws1().body(Map.of("connect_webview_id", deleted.get("connect_webview_id"))).post("/connect_webviews/delete")
                .then().statusCode(200);
        linkGone(deleted);

        String first = "seam_" + Sim.unique("auto").replace("-", "_");
        Map<String, Object> w = webview(first);
        String key = instantKeyUrl(first);
        linkWorks(w);
        webview("seam_" + Sim.unique("next").replace("-", "_")); // at most one auto-workspace: the first is dropped
        linkGone(w);
        RestAssured.given().get(key).then().statusCode(404);
    }
}
