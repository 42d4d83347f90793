package dev.seamsim.pages;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The pages over plain HTTP, as a browser's requests: form posts, redirects, states, escaping and the journal. */
class PagesHttpTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    private static Response login(String url, String provider, String username, String password) {
        return RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password)
                .post(url + "&provider=" + provider);
    }

    private static Map<String, Object> webview(Map<String, ?> body) {
        return sim.ws1().body(body).post("/connect_webviews/create").then().statusCode(200).extract().path("connect_webview");
    }

    @Test
    void a_form_login_completes_the_webview_like_the_control_endpoint_and_shows_a_success_page() {
        String key = Sim.unique("form");
        Map<String, Object> w = webview(Map.of("customer_key", key, "custom_metadata", Map.of("unit", "12B"),
                "accepted_providers", List.of("salto_ks")));
        String url = (String) w.get("url");

        login(url, "salto_ks", "jane@example.com", "1234").then().statusCode(303)
                .header("Location", endsWith("/connect_webviews/view?connect_webview_id=" + w.get("connect_webview_id")));

        RestAssured.given().get(url).then().statusCode(200).body(containsString("Account connected"))
                .body(not(containsString("<form")));
        String accountId = sim.ws1().queryParam("connect_webview_id", w.get("connect_webview_id")).get("/connect_webviews/get")
                .then().statusCode(200).body("connect_webview.status", equalTo("authorized"))
                .extract().path("connect_webview.connected_account_id");
        sim.ws1().queryParam("connected_account_id", accountId).get("/connected_accounts/get").then().statusCode(200)
                .body("connected_account.customer_key", equalTo(key))
                .body("connected_account.custom_metadata.unit", equalTo("12B"));
        sim.ws1().queryParam("connected_account_id", accountId).get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.name", equalTo(List.of("Salto KS Site", "Salto Space Site")));
        sim.anonymous().queryParam("path", "/connect_webviews/view").queryParam("method", "POST").get("/_fake/requests")
                .then().statusCode(200).body("requests.status", hasItem(303));
    }

    @Test
    void wrong_logins_show_an_error_then_the_third_fails_the_webview_which_stays_valid_against_the_schema() {
        Map<String, Object> w = webview(Map.of("accepted_providers", List.of("visionline")));
        String url = (String) w.get("url");
        login(url, "visionline", "jane@example.com", "1234").then().statusCode(200)
                .body(containsString("Wrong username or password. 2 attempts left."));
        login(url, "visionline", "visionline-admin", "nope").then().statusCode(200).body(containsString("1 attempt left."));
        login(url, "visionline", "visionline-admin", "nope").then().statusCode(303)
                .header("Location", containsString("/connect_webviews/view?connect_webview_id="));

        sim.ws1().queryParam("connect_webview_id", w.get("connect_webview_id")).get("/connect_webviews/get").then()
                .statusCode(200).body("connect_webview.status", equalTo("failed"))
                .body("connect_webview.login_successful", equalTo(false))
                .body("connect_webview.connected_account_id", equalTo(null));
        RestAssured.given().get(url).then().statusCode(200).body(containsString("Connection failed"))
                .body(not(containsString("<form")));
        login(url, "visionline", "visionline-admin", "visionline").then().statusCode(303);
        sim.anonymous().body(Map.of("connect_webview_id", w.get("connect_webview_id")))
                .post("/_fake/complete_connect_webview").then().statusCode(400)
                .body("error.type", equalTo("connect_webview_not_pending"));
    }

    @Test
    void the_login_of_a_provider_the_webview_does_not_accept_shows_the_provider_list() {
        Map<String, Object> w = webview(Map.of("accepted_providers", List.of("salto_space")));
        login((String) w.get("url"), "salto_ks", "jane@example.com", "1234").then().statusCode(200)
                .body(containsString("Connect your account")).body(containsString("provider=salto_space"));
        RestAssured.given().get(w.get("url") + "&provider=salto_ks").then().statusCode(200)
                .body(not(containsString("<form")));
        sim.ws1().queryParam("connect_webview_id", w.get("connect_webview_id")).get("/connect_webviews/get").then()
                .statusCode(200).body("connect_webview.status", equalTo("pending"));
    }

    @Test
    void what_the_pages_show_from_the_api_is_escaped() {
        String key = "<script>alert('k')</script>";
        Map<String, Object> w = webview(Map.of("customer_key", key, "accepted_providers", List.of("salto_ks")));
        sim.completeWebview((String) w.get("connect_webview_id"));
        RestAssured.given().get((String) w.get("url")).then().statusCode(200)
                .body(not(containsString("<script>alert"))).body(containsString("&lt;script&gt;alert(&#39;k&#39;)"));
        RestAssured.given().get(sim.baseUrl() + "/_fake/ui").then().statusCode(200)
                .body(not(containsString("<script>alert"))).body(containsString("&lt;script&gt;alert(&#39;k&#39;)"));
    }

    @Test
    void an_instant_key_not_yet_valid_then_revoked() {
        String user = sim.ws1().body(Map.of("full_name", "Bo <i>Tan</i>")).post("/user_identities/create").then()
                .statusCode(200).extract().path("user_identity.user_identity_id");
        String space = sim.ws1().body(Map.of("name", "Suite 9", "acs_entrance_ids", List.of())).post("/spaces/create")
                .then().statusCode(200).extract().path("space.space_id");
        String now = sim.anonymous().get("/_fake/clock").then().statusCode(200).extract().path("clock.now");
        String startsAt = Instant.parse(now).plus(2, ChronoUnit.DAYS).toString();
        Map<String, Object> grant = sim.ws1().body(Map.of("user_identity_id", user, "space_ids", List.of(space),
                        "starts_at", startsAt, "requested_access_methods", List.of(Map.of("mode", "mobile_key"))))
                .post("/access_grants/create").then().statusCode(200).extract().path("access_grant");

        RestAssured.given().get((String) grant.get("instant_key_url")).then().statusCode(200)
                .body(containsString("not yet valid")).body(containsString("Suite 9"))
                .body(containsString("Bo &lt;i&gt;Tan&lt;/i&gt;"));
        sim.ws1().queryParam("access_grant_id", grant.get("access_grant_id")).delete("/access_grants/delete").then()
                .statusCode(200);
        RestAssured.given().get((String) grant.get("instant_key_url")).then().statusCode(404)
                .body(containsString("Instant Key revoked"));
    }

    @Test
    void the_dashboard_lists_every_workspace_and_the_latest_requests() {
        String key = Sim.unique("dash-user");
        String id = sim.ws2().body(Map.of("user_identity_key", key)).post("/user_identities/create").then().statusCode(200)
                .extract().path("user_identity.user_identity_id");
        RestAssured.given().get(sim.baseUrl() + "/_fake/ui").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("id=\"" + Sim.WS2 + "/" + id + "\"")).body(containsString(key))
                .body(containsString("Seed Workspace 1")).body(containsString("/user_identities/create"));
        sim.anonymous().queryParam("path", "/_fake/ui").get("/_fake/requests").then().statusCode(200)
                .body("requests", not(hasSize(0)));
    }
}
