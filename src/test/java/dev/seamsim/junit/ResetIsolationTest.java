package dev.seamsim.junit;

import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** The declared extension resetting the whole simulator before each test; tests use the default workspace. */
@SeamSimulatorTest(isolation = Isolation.RESET)
class ResetIsolationTest {
    private static SeamWorkspace fromBeforeAll;

    @BeforeAll
    static void keep(SeamWorkspace ws) {
        fromBeforeAll = ws;
    }

    @RepeatedTest(2)
    void each_test_sees_the_fixtures_again_whatever_the_one_before_deleted(SeamWorkspace ws) {
        Api.as(ws).queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get").then().statusCode(200);
        Api.as(ws).body(Map.of("connected_account_id", Sim.SEEDED_ACCOUNT)).post("/connected_accounts/delete").then().statusCode(200);
        Api.as(ws).queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get")
                .then().statusCode(404).body("error.type", equalTo("connected_account_not_found"));
    }

    @RepeatedTest(2)
    void a_space_key_taken_in_one_test_is_free_in_the_next(SeamWorkspace ws) {
        assertThat(Api.as(ws).queryParam("space_key", "lobby").get("/spaces/list")
                .then().statusCode(200).extract().path("spaces"), empty());
        Api.as(ws).body(Map.of("name", "Lobby", "space_key", "lobby")).post("/spaces/create").then().statusCode(200);
    }

    @Test
    void the_workspace_is_the_default_one_everywhere(SeamWorkspace ws) {
        assertThat(ws.workspaceId(), equalTo(Sim.WS1));
        assertThat(ws.apiKey(), equalTo(Sim.KEY1));
        assertThat(ws.authorization(), equalTo("Bearer seam_apikey1_token"));
        assertThat(fromBeforeAll, equalTo(ws));
    }
}
