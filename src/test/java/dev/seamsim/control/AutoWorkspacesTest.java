package dev.seamsim.control;

import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --auto-workspaces over HTTP: any unknown well-formed API key gets a fresh workspace, at most 3 at a time here. */
class AutoWorkspacesTest {
    @RegisterExtension
    static final Sim sim = new Sim(b -> b.autoWorkspaces(3, Duration.ofMinutes(30)));
    @RegisterExtension
    static final Sim without = new Sim();

    @BeforeEach
    void no_auto_workspaces_yet() {
        sim.anonymous().post("/_fake/reset").then().statusCode(200);
    }

    @Test
    void two_random_keys_get_two_fresh_workspaces_seeded_like_workspace_1() {
        String a = randomKey();
        String b = randomKey();
        String wsA = workspaceOf(a);
        String wsB = workspaceOf(b);
        assertNotEquals(wsA, wsB);
        for (String ws : List.of(wsA, wsB)) assertFalse(List.of(Sim.WS1, Sim.WS2).contains(ws), ws);
        for (String key : List.of(a, b)) {
            sim.as(key).queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get")
                    .then().statusCode(200);
            sim.as(key).queryParam("acs_system_id", Sim.SALTO_SPACE_SITE).get("/acs/systems/get").then().statusCode(200);
            sim.as(key).get("/user_identities/list").then().statusCode(200).body("user_identities", empty());
        }
        String identity = identity(a);
        sim.as(b).queryParam("user_identity_id", identity).get("/user_identities/get").then().statusCode(404);
        sim.ws1().queryParam("user_identity_id", identity).get("/user_identities/get").then().statusCode(404);
    }

    @Test
    void the_same_key_gets_the_same_workspace_on_the_next_calls() {
        String key = randomKey();
        String ws = workspaceOf(key);
        String identity = identity(key);
        assertEquals(ws, workspaceOf(key));
        sim.as(key).body(Map.of("user_identity_id", identity)).post("/user_identities/get").then().statusCode(200);
        sim.anonymous().get("/_fake/workspaces").then().statusCode(200)
                .body("workspaces.find { it.workspace_id == '" + ws + "' }.api_keys", equalTo(List.of(key)));
    }

    @Test
    void fixture_credentials_still_reach_their_workspaces() {
        randomKeyWorkspace();
        assertEquals(Sim.WS1, workspaceOf(Sim.KEY1));
        assertEquals(Sim.WS2, workspaceOf(Sim.KEY2));
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS2).get("/workspaces/get").then().statusCode(200)
                .body("workspace.workspace_id", equalTo(Sim.WS2));
    }

    @Test
    void tokens_that_are_not_api_keys_stay_401() {
        for (String token : List.of("seam_at_" + suffix(), "seam_at1_unknown", "seam_cst_" + suffix(), "seam_pk_" + suffix(),
                "sk_" + suffix(), "seam_ab", "seam_" + "x".repeat(201), "seam_not.a.key")) {
            sim.as(token).get("/workspaces/get").then().statusCode(401).body("error.type", equalTo("unauthorized"));
        }
        sim.as(Sim.PAT).header("seam-workspace", UUID.randomUUID().toString()).get("/workspaces/get").then().statusCode(401);
        assertEquals(2, sim.anonymous().get("/_fake/workspaces").then().extract().jsonPath().getList("workspaces").size());
    }

    @Test
    void without_auto_workspaces_an_unknown_key_is_401() {
        without.as(randomKey()).get("/workspaces/get").then().statusCode(401).body("error.type", equalTo("unauthorized"));
        assertEquals(2, without.anonymous().get("/_fake/workspaces").then().extract().jsonPath().getList("workspaces").size());
    }

    @Test
    void at_most_three_live_and_an_evicted_key_comes_back_to_a_fresh_workspace() {
        Map<String, String> workspaceByKey = new LinkedHashMap<>();
        Map<String, String> identityByKey = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            String key = randomKey();
            workspaceByKey.put(key, workspaceOf(key));
            identityByKey.put(key, identity(key));
            assertTrue(autoWorkspaceIds().size() <= 3, "live: " + autoWorkspaceIds());
        }
        List<String> live = autoWorkspaceIds();
        assertEquals(3, live.size(), "live: " + live);
        List<String> evicted = new ArrayList<>();
        workspaceByKey.forEach((key, ws) -> {
            if (!live.contains(ws)) evicted.add(key);
        });
        assertEquals(2, evicted.size());
        String back = evicted.get(0);
        String fresh = workspaceOf(back);
        assertNotEquals(workspaceByKey.get(back), fresh);
        sim.as(back).queryParam("user_identity_id", identityByKey.get(back)).get("/user_identities/get")
                .then().statusCode(404);
        sim.as(back).get("/user_identities/list").then().statusCode(200).body("user_identities", empty());
        sim.as(back).queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get")
                .then().statusCode(200);
        assertTrue(autoWorkspaceIds().size() <= 3);
    }

    @Test
    void a_reset_forgets_auto_workspaces_and_a_workspace_reset_empties_one() {
        String key = randomKey();
        String before = workspaceOf(key);
        String identity = identity(key);
        sim.anonymous().body(Map.of("workspace_id", before)).post("/_fake/reset").then().statusCode(200);
        assertEquals(before, workspaceOf(key));
        sim.as(key).queryParam("user_identity_id", identity).get("/user_identities/get").then().statusCode(404);
        identity(key);
        sim.simulator().reset();
        assertEquals(List.of(), autoWorkspaceIds());
        String after = workspaceOf(key);
        assertNotEquals(before, after);
        sim.as(key).get("/user_identities/list").then().statusCode(200).body("user_identities", empty());
    }

    @Test
    void an_explicitly_made_workspace_is_not_an_auto_workspace() {
        String key = randomKey();
        String made = sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces").then().statusCode(200)
                .extract().path("workspace.workspace_id");
        assertEquals(made, workspaceOf(key));
        sim.simulator().newWorkspace();
        for (int i = 0; i < 4; i++) randomKeyWorkspace();
        assertEquals(made, workspaceOf(key));
        sim.as(key).get("/workspaces/get").then().body("workspace.workspace_id", not(equalTo(null)));
    }

    @Test
    void a_key_already_holding_an_auto_workspace_cannot_be_given_to_a_new_one() {
        String key = randomKey();
        String auto = workspaceOf(key);
        sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces").then().statusCode(409)
                .body("error.type", equalTo("duplicate_api_key")).body("error.data.workspace_id", equalTo(auto));
        assertEquals(auto, workspaceOf(key));
    }

    private static String randomKeyWorkspace() {
        return workspaceOf(randomKey());
    }

    /** Workspaces other than the fixtures' and those made with /_fake/workspaces (which have a named key). */
    private static List<String> autoWorkspaceIds() {
        JsonPath all = sim.anonymous().get("/_fake/workspaces").then().statusCode(200).extract().jsonPath();
        return all.<String>getList("workspaces.findAll { it.name.startsWith('Workspace for ') }.workspace_id");
    }

    private static String workspaceOf(String key) {
        return sim.as(key).get("/workspaces/get").then().statusCode(200).extract().path("workspace.workspace_id");
    }

    private static String identity(String key) {
        return sim.as(key).body(Map.of("user_identity_key", Sim.unique("auto"))).post("/user_identities/create")
                .then().statusCode(200).extract().path("user_identity.user_identity_id");
    }

    private static String randomKey() {
        return "seam_test_" + suffix();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
