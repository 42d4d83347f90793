package dev.seamsim.control;

import dev.seamsim.error.SeamException;
import dev.seamsim.testing.Sim;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * POST /_fake/reset and its in-process twins SeamSimulator.reset() / resetWorkspace(id): each test runs both ways
 * ("http" or "java") and expects the same outcome.
 */
class ResetTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @ParameterizedTest
    @ValueSource(strings = {"http", "java"})
    void reset_brings_back_the_fixtures_and_forgets_everything_made_since(String way) {
        String inWs1 = identity(sim.ws1());
        String inWs2 = identity(sim.ws2());
        sim.ws1().body(Map.of("connected_account_id", Sim.SEEDED_ACCOUNT)).post("/connected_accounts/delete")
                .then().statusCode(200);
        sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/systems/get").then().statusCode(404);
        String madeKey = "seam_" + UUID.randomUUID().toString().replace("-", "");
        String made = madeWorkspace(madeKey);
        sim.as(madeKey).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(made));

        resetAll(way);

        assertGone(sim.ws1(), inWs1);
        assertGone(sim.ws2(), inWs2);
        sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get")
                .then().statusCode(200).body("connected_account.account_type", equalTo("salto_ks"));
        for (String system : List.of(Sim.SALTO_KS_SITE, Sim.SALTO_SPACE_SITE)) {
            sim.ws1().queryParam("acs_system_id", system).get("/acs/systems/get").then().statusCode(200);
        }
        sim.ws1().get("/acs/entrances/list").then().statusCode(200).body("acs_entrances.size()", greaterThan(1));
        sim.ws2().get("/connected_accounts/list").then().statusCode(200).body("connected_accounts", empty());
        sim.as(madeKey).get("/workspaces/get").then().statusCode(401).body("error.type", equalTo("unauthorized"));
        sim.anonymous().get("/_fake/workspaces").then().statusCode(200)
                .body("workspaces.workspace_id", equalTo(List.of(Sim.WS1, Sim.WS2)));
        sim.as(Sim.PAT).get("/workspaces/list").then().statusCode(200)
                .body("workspaces.workspace_id", equalTo(List.of(Sim.WS1, Sim.WS2)));
        // the key taken before the reset is free again
        sim.anonymous().body(Map.of("api_key", madeKey)).post("/_fake/workspaces").then().statusCode(200)
                .body("workspace.api_key", equalTo(madeKey));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "java"})
    void resetting_one_fixture_workspace_leaves_the_others_alone(String way) {
        String inWs1 = identity(sim.ws1());
        String inWs2 = identity(sim.ws2());
        sim.ws1().body(Map.of("connected_account_id", Sim.SEEDED_ACCOUNT)).post("/connected_accounts/delete")
                .then().statusCode(200);

        resetOne(way, Sim.WS1);

        assertGone(sim.ws1(), inWs1);
        sim.ws2().queryParam("user_identity_id", inWs2).get("/user_identities/get").then().statusCode(200);
        sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get")
                .then().statusCode(200);
        sim.ws1().queryParam("acs_system_id", Sim.SALTO_SPACE_SITE).get("/acs/systems/get").then().statusCode(200);
        // its id and every credential that reached it stay
        sim.ws1().get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS1));
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS1).get("/workspaces/get").then().statusCode(200)
                .body("workspace.workspace_id", equalTo(Sim.WS1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "java"})
    void resetting_a_made_workspace_seeds_it_again_the_way_it_was_made(String way) {
        String seededKey = "seam_" + UUID.randomUUID().toString().replace("-", "");
        String seeded = madeWorkspace(seededKey);
        String emptyKey = "seam_" + UUID.randomUUID().toString().replace("-", "");
        String empty = sim.anonymous().body(Map.of("api_key", emptyKey, "empty", true)).post("/_fake/workspaces")
                .then().statusCode(200).extract().path("workspace.workspace_id");
        String inSeeded = identity(sim.as(seededKey));
        String inEmpty = identity(sim.as(emptyKey));
        String inWs1 = identity(sim.ws1());
        sim.as(seededKey).body(Map.of("connected_account_id", Sim.SEEDED_ACCOUNT)).post("/connected_accounts/delete")
                .then().statusCode(200);

        resetOne(way, seeded);
        resetOne(way, empty);

        assertGone(sim.as(seededKey), inSeeded);
        assertGone(sim.as(emptyKey), inEmpty);
        sim.ws1().queryParam("user_identity_id", inWs1).get("/user_identities/get").then().statusCode(200);
        sim.as(seededKey).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(seeded));
        sim.as(seededKey).queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get")
                .then().statusCode(200);
        sim.as(emptyKey).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(empty));
        sim.as(emptyKey).get("/connected_accounts/list").then().statusCode(200).body("connected_accounts", empty());
    }

    @Test
    void workspace_id_may_come_in_the_query_string() {
        String inWs1 = identity(sim.ws1());
        String inWs2 = identity(sim.ws2());
        sim.anonymous().queryParam("workspace_id", Sim.WS2).post("/_fake/reset").then().statusCode(200)
                .body("ok", equalTo(true));
        assertGone(sim.ws2(), inWs2);
        sim.ws1().queryParam("user_identity_id", inWs1).get("/user_identities/get").then().statusCode(200);
    }

    @Test
    void an_unknown_workspace_is_404_and_a_malformed_id_is_400_and_nothing_is_reset() {
        String inWs1 = identity(sim.ws1());
        String unknown = UUID.randomUUID().toString();
        sim.anonymous().body(Map.of("workspace_id", unknown)).post("/_fake/reset").then().statusCode(404)
                .body("error.type", equalTo("workspace_not_found"));
        sim.anonymous().body(Map.of("workspace_id", "not-a-uuid")).post("/_fake/reset").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.workspace_id._errors.size()", equalTo(1));
        sim.anonymous().body(Map.of("workspace_id", 5)).post("/_fake/reset").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"));
        sim.anonymous().get("/_fake/reset").then().statusCode(405).body("error.type", equalTo("method_not_allowed"));
        SeamException inProcess = assertThrows(SeamException.class, () -> sim.simulator().resetWorkspace(unknown));
        assertEquals(404, inProcess.status());
        assertEquals("workspace_not_found", inProcess.type());
        sim.ws1().queryParam("user_identity_id", inWs1).get("/user_identities/get").then().statusCode(200);
    }

    private static void resetAll(String way) {
        if (way.equals("http")) sim.anonymous().post("/_fake/reset").then().statusCode(200).body("ok", equalTo(true));
        else sim.simulator().reset();
    }

    private static void resetOne(String way, String workspaceId) {
        if (way.equals("http")) {
            sim.anonymous().body(Map.of("workspace_id", workspaceId)).post("/_fake/reset").then().statusCode(200)
                    .body("ok", equalTo(true));
        } else {
            sim.simulator().resetWorkspace(workspaceId);
        }
    }

    private static String madeWorkspace(String apiKey) {
        return sim.anonymous().body(Map.of("api_key", apiKey)).post("/_fake/workspaces").then().statusCode(200)
                .extract().path("workspace.workspace_id");
    }

    private static String identity(RequestSpecification as) {
        return as.body(Map.of("user_identity_key", Sim.unique("reset"))).post("/user_identities/create")
                .then().statusCode(200).extract().path("user_identity.user_identity_id");
    }

    private static void assertGone(RequestSpecification as, String userIdentityId) {
        as.queryParam("user_identity_id", userIdentityId).get("/user_identities/get").then().statusCode(404)
                .body("error.type", equalTo("user_identity_not_found"));
    }
}
