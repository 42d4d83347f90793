package dev.seamsim.http;

import dev.seamsim.testing.Sim;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What the Authorization and seam-workspace headers may look like, and what each wrong one gets: always a Seam
 * error envelope (401 unauthorized unless noted), never a 5xx, never another workspace's data.
 */
class AuthEdgesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    private static ValidatableResponse withAuthorization(String header) {
        return sim.anonymous().header("Authorization", header).get("/workspaces/get").then();
    }

    private static void refused(ValidatableResponse response, String messagePart) {
        response.statusCode(401).body("error.type", equalTo("unauthorized"))
                .body("error.message", containsString(messagePart));
    }

    @Test
    void a_missing_or_empty_header_is_refused() {
        refused(sim.anonymous().get("/workspaces/get").then(), "No token found");
        refused(withAuthorization(""), "No token found");
        refused(withAuthorization("   "), "No token found");
    }

    @Test
    void a_header_that_is_not_bearer_and_one_token_is_refused() {
        for (String header : List.of("Bearer", "Bearer   ", "Basic " + Sim.KEY1, Sim.KEY1, "Bearer a b",
                "Bearer " + Sim.KEY1 + " extra", "Token " + Sim.KEY1)) {
            refused(withAuthorization(header), "Bearer <token>");
        }
    }

    @Test
    void the_scheme_is_case_insensitive_and_surrounding_spaces_are_ignored_as_http_allows() {
        withAuthorization("bearer " + Sim.KEY1).statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS1));
        withAuthorization("BEARER   " + Sim.KEY1 + "  ").statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS1));
    }

    @Test
    void unknown_odd_and_huge_tokens_are_refused() {
        refused(withAuthorization("Bearer seam_no_such_key"), "API Key not found");
        refused(withAuthorization("Bearer " + "k".repeat(5_000)), "API Key not found");
        refused(withAuthorization("Bearer séam_clé"), "API Key not found");
        // Past Jetty's 8 KiB of headers the request never reaches the simulator's routes; still a Seam error.
        withAuthorization("Bearer " + "k".repeat(10_000)).statusCode(431)
                .body("error.type", equalTo("headers_too_large"));
    }

    @Test
    void two_authorization_headers_are_refused_rather_than_picking_one() {
        refused(sim.anonymous().header("Authorization", "Bearer " + Sim.KEY1)
                .header("Authorization", "Bearer " + Sim.KEY2).get("/workspaces/get").then(), "one Authorization header");
        refused(sim.anonymous().header("Authorization", "Bearer " + Sim.KEY1)
                .header("Authorization", "Bearer " + Sim.KEY1).get("/spaces/list").then(), "one Authorization header");
    }

    @Test
    void an_api_key_ignores_seam_workspace_and_stays_in_its_own_workspace() {
        sim.ws2().header("seam-workspace", Sim.WS1).get("/workspaces/get").then().statusCode(200)
                .body("workspace.workspace_id", equalTo(Sim.WS2));
        sim.ws2().header("seam-workspace", Sim.WS1).get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", not(hasItem(Sim.SEEDED_ACCOUNT)));
    }

    @Test
    void an_unknown_personal_access_token_is_refused() {
        refused(sim.as("seam_at_unknown").header("seam-workspace", Sim.WS1).get("/workspaces/get").then(),
                "Personal access token not found");
        refused(sim.as("seam_at_unknown").get("/workspaces/list").then(), "Personal access token not found");
    }

    @Test
    void a_personal_access_token_cannot_reach_a_workspace_it_is_not_a_member_of() {
        String other = sim.anonymous().body(Map.of()).post("/_fake/workspaces").then().statusCode(200)
                .extract().path("workspace.workspace_id");
        for (String route : List.of("/workspaces/get", "/connected_accounts/list", "/spaces/list")) {
            refused(sim.as(Sim.PAT).header("seam-workspace", other).get(route).then(), "does not have access");
        }
        refused(sim.as(Sim.PAT).header("seam-workspace", other).body(Map.of("name", "Intruder"))
                .post("/spaces/create").then(), "does not have access");
        refused(sim.as(Sim.PAT).header("seam-workspace", UUID.randomUUID().toString()).get("/workspaces/get").then(),
                "does not have access");
        sim.as(Sim.PAT).get("/workspaces/list").then().statusCode(200)
                .body("workspaces.workspace_id", equalTo(List.of(Sim.WS1, Sim.WS2)));
    }

    @Test
    void a_malformed_seam_workspace_is_refused_with_a_clear_message() {
        for (String value : List.of("not-a-uuid", "' OR 1=1 --", Sim.WS1 + "x", "x".repeat(2_000))) {
            refused(sim.as(Sim.PAT).header("seam-workspace", value).get("/workspaces/get").then(),
                    "must be a workspace id");
        }
        sim.as(Sim.PAT).header("seam-workspace", " " + Sim.WS1 + " ").get("/workspaces/get").then().statusCode(200)
                .body("workspace.workspace_id", equalTo(Sim.WS1));
    }

    @Test
    void a_personal_access_token_without_seam_workspace_may_list_its_workspaces_only() {
        sim.as(Sim.PAT).get("/workspaces/list").then().statusCode(200)
                .body("workspaces.workspace_id", equalTo(List.of(Sim.WS1, Sim.WS2)));
        for (String route : List.of("/workspaces/get", "/spaces/list", "/acs/systems/list")) {
            sim.as(Sim.PAT).get(route).then().statusCode(400).body("error.type", equalTo("missing_workspace_id"));
        }
        sim.as(Sim.PAT).header("seam-workspace", "").get("/workspaces/get").then().statusCode(400)
                .body("error.type", equalTo("missing_workspace_id"));
    }

    @Test
    void client_session_tokens_and_publishable_keys_are_refused_as_unsupported() {
        String cst = "seam_cst1_token";
        refused(sim.as(cst).get("/workspaces/get").then(), "Client session tokens");
        refused(sim.as(cst).header("client-session-token", cst).get("/spaces/list").then(), "Client session tokens");
        refused(sim.anonymous().header("seam-client-session-token", cst).get("/spaces/list").then(), "Client session tokens");
        refused(sim.anonymous().header("client-session-token", cst).get("/spaces/list").then(), "Client session tokens");
        refused(sim.anonymous().header("seam-publishable-key", "seam_pk1_key").get("/spaces/list").then(), "Publishable keys");
        refused(sim.as("seam_pk1_key").get("/spaces/list").then(), "Publishable keys");
        // A real credential next to them wins: the SDK may send both.
        sim.ws1().header("seam-client-session-token", cst).get("/workspaces/get").then().statusCode(200);
    }

    @Test
    void refused_calls_change_nothing() {
        String key = Sim.unique("never");
        for (String header : List.of("Bearer", "Basic x", "Bearer seam_no_such_key", "Bearer seam_cst1_token")) {
            sim.anonymous().header("Authorization", header).body(Map.of("name", "x", "space_key", key))
                    .post("/spaces/create").then().statusCode(401);
        }
        sim.as(Sim.PAT).body(Map.of("name", "x", "space_key", key)).post("/spaces/create").then().statusCode(400);
        sim.ws1().queryParam("space_key", key).get("/spaces/get").then().statusCode(404);
        sim.ws2().queryParam("space_key", key).get("/spaces/get").then().statusCode(404);
    }
}
