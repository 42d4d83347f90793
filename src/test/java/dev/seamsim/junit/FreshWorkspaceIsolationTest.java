package dev.seamsim.junit;

import dev.seamsim.SeamSimulator;
import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;

/** The declared extension with its default isolation: one simulator for the class, a new workspace per test. */
@SeamSimulatorTest
class FreshWorkspaceIsolationTest {
    private static SeamSimulator fromBeforeAll;
    private SeamWorkspace fromBeforeEach;

    @BeforeAll
    static void keep(SeamSimulator sim) {
        fromBeforeAll = sim;
    }

    @BeforeEach
    void keep(SeamWorkspace ws) {
        fromBeforeEach = ws;
    }

    @RepeatedTest(3)
    void every_test_can_create_the_same_space_key_because_each_has_its_own_workspace(SeamWorkspace ws) {
        Api.as(ws).body(Map.of("name", "Lobby", "space_key", "lobby")).post("/spaces/create")
                .then().statusCode(200).body("space.workspace_id", equalTo(ws.workspaceId()));
        Api.as(ws).body(Map.of("name", "Lobby again", "space_key", "lobby")).post("/spaces/create")
                .then().statusCode(409).body("error.type", equalTo("duplicate_space_key"));
    }

    @Test
    void another_test_creating_that_space_key_succeeds_too(SeamWorkspace ws) {
        Api.as(ws).body(Map.of("name", "Lobby", "space_key", "lobby")).post("/spaces/create").then().statusCode(200);
    }

    @Test
    void the_workspace_is_new_with_its_own_key_and_reached_by_it(SeamWorkspace ws, SeamSimulator sim) {
        assertThat(ws.workspaceId(), not(equalTo(Sim.WS1)));
        assertThat(ws.apiKey(), not(equalTo(Sim.KEY1)));
        assertThat(ws.authorization(), equalTo("Bearer " + ws.apiKey()));
        assertThat(ws.baseUrl(), equalTo(sim.baseUrl()));
        Api.as(ws).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(ws.workspaceId()));
    }

    @Test
    void the_new_workspace_holds_the_fixture_account_with_its_ids(SeamWorkspace ws) {
        Api.as(ws).queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get")
                .then().statusCode(200).body("connected_account.connected_account_id", equalTo(Sim.SEEDED_ACCOUNT));
        Api.as(ws).queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/systems/get")
                .then().statusCode(200).body("acs_system.workspace_id", equalTo(ws.workspaceId()));
    }

    @Test
    void before_each_and_the_test_get_the_same_workspace(SeamWorkspace ws) {
        assertThat(ws, equalTo(fromBeforeEach));
    }

    @Test
    void before_all_and_the_tests_get_the_same_simulator(SeamSimulator sim) {
        assertThat(sim, sameInstance(fromBeforeAll));
    }

    @Test
    void the_fixture_workspaces_stay_reachable_with_their_keys(SeamSimulator sim) {
        assertThat(sim.defaultApiKey(), equalTo(Sim.KEY1));
        assertThat(sim.defaultWorkspaceId(), equalTo(Sim.WS1));
        Api.as(new SeamWorkspace(Sim.WS2, Sim.KEY2, sim.baseUrl())).get("/workspaces/get")
                .then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS2));
    }

    @Nested
    class NestedClasses {
        @Test
        void share_the_outer_simulator_and_still_get_a_workspace_per_test(SeamSimulator sim, SeamWorkspace ws) {
            assertThat(sim, sameInstance(fromBeforeAll));
            assertThat(ws, equalTo(fromBeforeEach));
            Api.as(ws).body(Map.of("name", "Lobby", "space_key", "lobby")).post("/spaces/create").then().statusCode(200);
        }
    }
}
