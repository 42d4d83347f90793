package dev.seamsim.control;

import dev.seamsim.control.ControlPlane.NewWorkspace;
import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** POST/GET /_fake/workspaces, SeamSimulator.newWorkspace() and GET /_fake/default_seed. */
class FakeWorkspacesTest {
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void a_new_workspace_comes_with_an_api_key_that_reaches_it() {
        JsonPath made = sim.anonymous().body(Map.of()).post("/_fake/workspaces").then().statusCode(200)
                .body("workspace.workspace_id", matchesPattern(UUID_PATTERN))
                .body("workspace.api_key", startsWith("seam_"))
                .extract().jsonPath();
        String id = made.getString("workspace.workspace_id");
        String key = made.getString("workspace.api_key");
        assertEquals(List.of(key), made.getList("workspace.api_keys"));
        sim.as(key).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(id))
                .body("workspace.name", equalTo(made.getString("workspace.name")));
        sim.as(key).body(Map.of()).post("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(id));
    }

    @Test
    void a_new_workspace_is_seeded_like_workspace_1_with_the_same_ids() {
        String key = newKey();
        sim.anonymous().body(Map.of("api_key", key, "name", "Seeded")).post("/_fake/workspaces").then().statusCode(200)
                .body("workspace.name", equalTo("Seeded"));
        sim.as(key).get("/workspaces/get").then().statusCode(200).body("workspace.name", equalTo("Seeded"));
        sim.as(key).get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", equalTo(List.of(Sim.SEEDED_ACCOUNT)));
        List<String> systems = sim.as(key).get("/acs/systems/list").then().statusCode(200)
                .extract().path("acs_systems.acs_system_id");
        List<String> ws1Systems = sim.ws1().get("/acs/systems/list").then().extract().path("acs_systems.acs_system_id");
        assertEquals(ws1Systems, systems);
        assertEquals(List.of(Sim.SALTO_KS_SITE, Sim.SALTO_SPACE_SITE), systems.stream().sorted().toList());
        List<String> names = sim.as(key).get("/acs/entrances/list").then().statusCode(200)
                .extract().path("acs_entrances.display_name");
        List<String> ws1Names = sim.ws1().get("/acs/entrances/list").then().extract().path("acs_entrances.display_name");
        assertEquals(ws1Names.stream().sorted().toList(), names.stream().sorted().toList());
    }

    @Test
    void empty_true_makes_a_workspace_without_the_seeded_account_in_body_or_query() {
        String key = newKey();
        sim.anonymous().body(Map.of("api_key", key, "empty", true)).post("/_fake/workspaces").then().statusCode(200);
        sim.as(key).get("/connected_accounts/list").then().statusCode(200).body("connected_accounts", empty());
        sim.as(key).get("/acs/systems/list").then().statusCode(200).body("acs_systems", empty());
        String queryKey = newKey();
        sim.anonymous().queryParam("api_key", queryKey).queryParam("empty", "true").post("/_fake/workspaces")
                .then().statusCode(200);
        sim.as(queryKey).get("/connected_accounts/list").then().statusCode(200).body("connected_accounts", empty());
        sim.anonymous().body(Map.of("empty", "sometimes")).post("/_fake/workspaces").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"));
    }

    @Test
    void workspaces_are_isolated_from_each_other_and_from_workspace_1() {
        String a = newKey();
        String b = newKey();
        sim.anonymous().body(Map.of("api_key", a)).post("/_fake/workspaces").then().statusCode(200);
        sim.anonymous().body(Map.of("api_key", b)).post("/_fake/workspaces").then().statusCode(200);
        String identity = sim.as(a).body(Map.of("user_identity_key", "same-key")).post("/user_identities/create")
                .then().statusCode(200).extract().path("user_identity.user_identity_id");
        sim.as(b).queryParam("user_identity_id", identity).get("/user_identities/get").then().statusCode(404);
        sim.ws1().queryParam("user_identity_id", identity).get("/user_identities/get").then().statusCode(404);
        // the same unique key is free in the other workspace
        sim.as(b).body(Map.of("user_identity_key", "same-key")).post("/user_identities/create").then().statusCode(200);
        sim.as(a).body(Map.of("connected_account_id", Sim.SEEDED_ACCOUNT)).post("/connected_accounts/delete")
                .then().statusCode(200);
        sim.as(a).get("/acs/systems/list").then().statusCode(200).body("acs_systems", empty());
        sim.as(b).queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get").then().statusCode(200);
        sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get").then().statusCode(200);
    }

    @Test
    void a_taken_api_key_is_409_naming_the_workspace_that_holds_it() {
        String key = newKey();
        String id = sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces").then().statusCode(200)
                .extract().path("workspace.workspace_id");
        sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces").then().statusCode(409)
                .body("error.type", equalTo("duplicate_api_key"))
                .body("error.data.api_key", equalTo(key)).body("error.data.workspace_id", equalTo(id));
        sim.anonymous().body(Map.of("api_key", Sim.KEY1)).post("/_fake/workspaces").then().statusCode(409)
                .body("error.data.workspace_id", equalTo(Sim.WS1));
        sim.as(Sim.KEY1).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS1));
    }

    @Test
    void an_api_key_that_is_not_a_usable_seam_api_key_is_a_seam_shaped_invalid_input() {
        String rule = "Must be seam_ and 3 to 200 letters, digits, _ or - (and not start with seam_at, seam_cst or seam_pk)";
        Map<Object, String> cases = new LinkedHashMap<>();
        for (String bad : List.of("sk_live_123", "seam_at_personal", "seam_cst_session", "seam_pk_publishable",
                "seam_with space", "seam_" + "k".repeat(201))) {
            cases.put(bad, rule);
        }
        cases.put("", "String must contain at least 1 character(s)");
        cases.put(42, "Expected string, received number");
        int before = sim.anonymous().get("/_fake/workspaces").then().statusCode(200).extract().path("workspaces.size()");
        cases.forEach((bad, problem) -> sim.anonymous().body(Map.of("api_key", bad)).post("/_fake/workspaces").then()
                .statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.message", equalTo(problem + " for \"api_key\""))
                .body("error.validation_errors._errors", equalTo(List.of()))
                .body("error.validation_errors.api_key._errors", equalTo(List.of(problem))));
        sim.anonymous().body(Map.of("name", "", "api_key", "sk_live_123")).post("/_fake/workspaces").then()
                .statusCode(400)
                .body("error.message", equalTo("2 Input Errors: String must contain at least 1 character(s) for "
                        + "\"name\", " + rule + " for \"api_key\""))
                .body("error.validation_errors.name._errors", equalTo(List.of("String must contain at least 1 character(s)")))
                .body("error.validation_errors.api_key._errors", equalTo(List.of(rule)));
        sim.anonymous().get("/_fake/workspaces").then().body("workspaces.size()", equalTo(before));
        sim.anonymous().delete("/_fake/workspaces").then().statusCode(405);
    }

    @Test
    void get_lists_every_workspace_with_its_api_keys_in_creation_order() {
        String key = newKey();
        String id = sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces").then().statusCode(200)
                .extract().path("workspace.workspace_id");
        JsonPath all = sim.anonymous().get("/_fake/workspaces").then().statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("workspaces.workspace_id");
        assertEquals(List.of(Sim.WS1, Sim.WS2), ids.subList(0, 2));
        assertEquals(id, ids.get(ids.size() - 1));
        assertEquals(List.of(Sim.KEY1), all.getList("workspaces[0].api_keys"));
        assertEquals(List.of(Sim.KEY2), all.getList("workspaces[1].api_keys"));
        assertEquals(List.of(key), all.getList("workspaces[" + (ids.size() - 1) + "].api_keys"));
    }

    @Test
    void new_workspace_in_process_is_the_same_operation() {
        NewWorkspace made = sim.simulator().newWorkspace();
        String id = made.workspace().id();
        assertNotEquals(Sim.WS1, id);
        sim.as(made.apiKey()).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(id));
        sim.as(made.apiKey()).queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/systems/get").then().statusCode(200);
        sim.anonymous().get("/_fake/workspaces").then().statusCode(200).body("workspaces.workspace_id", hasItem(id));
        NewWorkspace other = sim.simulator().newWorkspace();
        assertNotEquals(made.apiKey(), other.apiKey());
        sim.as(other.apiKey()).get("/workspaces/get").then().body("workspace.workspace_id", not(equalTo(id)));
    }

    @Test
    void default_seed_names_the_fixture_credentials_as_fake_seam_connect_does() {
        sim.anonymous().get("/_fake/default_seed").then().statusCode(200)
                .body("ok", equalTo(true))
                .body("seam_apikey1_token", equalTo(Sim.KEY1))
                .body("seam_apikey2_token", equalTo(Sim.KEY2))
                .body("seam_at1_token", equalTo(Sim.PAT))
                .body("seed_workspace_1", equalTo(Sim.WS1))
                .body("seed_workspace_2", equalTo(Sim.WS2))
                .body("salto_connected_account_id", equalTo(Sim.SEEDED_ACCOUNT))
                .body("salto_acs_system_1", equalTo(Sim.SALTO_KS_SITE))
                .body("salto_acs_system_2", equalTo(Sim.SALTO_SPACE_SITE));
        sim.anonymous().body(Map.of()).post("/_fake/default_seed").then().statusCode(405);
    }

    private static String newKey() {
        return "seam_" + UUID.randomUUID().toString().replace("-", "");
    }
}
