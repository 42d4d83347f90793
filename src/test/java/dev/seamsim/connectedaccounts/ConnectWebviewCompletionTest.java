package dev.seamsim.connectedaccounts;

import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.seamsim.connectedaccounts.ConnectedAccountRoutesTest.account;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** POST /_fake/complete_connect_webview: a user finishing a Connect Webview, which creates a connected account. */
class ConnectWebviewCompletionTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void completing_a_webview_authorizes_it_and_creates_an_account_carrying_its_customer_data() {
        String key = Sim.unique("cust");
        String webview = sim.createWebview(sim.ws1(), Map.of("customer_key", key, "accepted_providers", List.of("salto_ks"),
                "custom_metadata", Map.of("tier", "gold", "vip", true)));
        String accountId = sim.anonymous().body(Map.of("connect_webview_id", webview))
                .post("/_fake/complete_connect_webview").then().statusCode(200)
                .body("connect_webview.status", equalTo("authorized"))
                .extract().path("connected_account.connected_account_id");

        sim.ws1().queryParam("connect_webview_id", webview).get("/connect_webviews/get").then().statusCode(200)
                .body("connect_webview.status", equalTo("authorized"))
                .body("connect_webview.login_successful", equalTo(true))
                .body("connect_webview.connected_account_id", equalTo(accountId))
                .body("connect_webview.selected_provider", equalTo("salto_ks"))
                .body("connect_webview.authorized_at", notNullValue());
        sim.ws1().queryParam("connected_account_id", accountId).get("/connected_accounts/get").then().statusCode(200)
                .body("connected_account.connected_account_id", equalTo(accountId))
                .body("connected_account.account_type", equalTo("salto_ks"))
                .body("connected_account.customer_key", equalTo(key))
                .body("connected_account.custom_metadata.tier", equalTo("gold"))
                .body("connected_account.custom_metadata.vip", equalTo(true));
    }

    @Test
    void completing_with_a_chosen_provider_uses_it_and_refuses_one_the_webview_does_not_accept() {
        String webview = sim.createWebview(sim.ws1(), Map.of("accepted_providers", List.of("salto_ks", "august")));
        sim.anonymous().body(Map.of("connect_webview_id", webview, "provider", "visionline"))
                .post("/_fake/complete_connect_webview").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"));
        sim.ws1().queryParam("connect_webview_id", webview).get("/connect_webviews/get").then()
                .body("connect_webview.status", equalTo("pending"));
        String accountId = sim.anonymous().body(Map.of("connect_webview_id", webview, "provider", "august"))
                .post("/_fake/complete_connect_webview").then().statusCode(200)
                .body("connect_webview.selected_provider", equalTo("august"))
                .extract().path("connected_account.connected_account_id");
        assertThat(account(sim.ws1(), accountId).getString("connected_account.account_type"), equalTo("august"));
    }

    @Test
    void completing_with_a_provider_that_has_no_fixture_creates_a_plain_lock_account() {
        String webview = sim.createWebview(sim.ws1(), Map.of("accepted_providers", List.of("nuki")));
        String accountId = sim.completeWebview(webview);
        JsonPath got = account(sim.ws1(), accountId);
        assertThat(got.getString("connected_account.account_type"), equalTo("nuki"));
        assertThat(got.getList("connected_account.accepted_capabilities"), equalTo(List.of("lock")));
        sim.ws1().queryParam("connected_account_id", accountId).get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems", empty());
    }

    @Test
    void completing_an_authorized_or_unknown_webview_fails() {
        String key = Sim.unique("twice");
        String webview = sim.createWebview(sim.ws1(), Map.of("customer_key", key, "accepted_providers", List.of("august")));
        sim.completeWebview(webview);
        sim.anonymous().body(Map.of("connect_webview_id", webview)).post("/_fake/complete_connect_webview")
                .then().statusCode(400).body("error.type", equalTo("connect_webview_not_pending"));
        sim.ws1().queryParam("customer_key", key).get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts", hasSize(1));
        sim.anonymous().body(Map.of("connect_webview_id", UUID.randomUUID().toString()))
                .post("/_fake/complete_connect_webview").then().statusCode(404)
                .body("error.type", equalTo("connect_webview_not_found"));
        sim.anonymous().body(Map.of("connect_webview_id", "webview1")).post("/_fake/complete_connect_webview")
                .then().statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.anonymous().body(Map.of()).post("/_fake/complete_connect_webview").then().statusCode(400)
                .body("error.validation_errors.connect_webview_id._errors", hasItem("Required"));
    }

    @Test
    void completing_a_webview_of_workspace_2_creates_the_account_there_only() {
        String key = Sim.unique("ws2");
        String accountId = sim.connectAccount(sim.ws2(), Map.of("customer_key", key, "accepted_providers", List.of("august")));
        account(sim.ws2(), accountId);
        sim.ws1().queryParam("connected_account_id", accountId).get("/connected_accounts/get").then().statusCode(404);
        sim.ws1().queryParam("customer_key", key).get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts", empty());
    }
}
