package dev.seamsim.control.faults;

import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** POST/DELETE /_fake/simulate_workspace_outage, with fake-seam-connect's body. */
class WorkspaceOutageTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @AfterEach
    void end_outages() {
        sim.anonymous().delete("/_fake/simulate_workspace_outage").then().statusCode(200);
    }

    private static void outage(String workspaceId, String... routes) {
        sim.anonymous().body(Map.of("workspace_id", workspaceId, "routes", List.of(routes)))
                .post("/_fake/simulate_workspace_outage").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void listed_routes_of_the_workspace_answer_503_until_the_outage_is_cleared() {
        outage(Sim.WS2, "/spaces/list", "/acs/systems/list");
        sim.allowing5xx(Sim.KEY2).get("/spaces/list").then().statusCode(503)
                .body("error.type", equalTo("service_unavailable")).body("error.message", notNullValue());
        sim.allowing5xx(Sim.KEY2).body(Map.of()).post("/spaces/list").then().statusCode(503);
        sim.allowing5xx(Sim.KEY2).get("/acs/systems/list").then().statusCode(503);
        sim.ws2().get("/workspaces/get").then().statusCode(200);
        sim.anonymous().delete("/_fake/simulate_workspace_outage").then().statusCode(200);
        sim.ws2().get("/spaces/list").then().statusCode(200);
        sim.ws2().get("/acs/systems/list").then().statusCode(200);
    }

    @Test
    void another_workspace_is_not_affected() {
        outage(Sim.WS1, "/spaces/list");
        sim.allowing5xx(Sim.KEY1).get("/spaces/list").then().statusCode(503);
        sim.ws2().get("/spaces/list").then().statusCode(200);
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS2).get("/spaces/list").then().statusCode(200);
    }

    @Test
    void outages_show_in_the_fault_list_and_a_second_call_replaces_the_first() {
        outage(Sim.WS2, "/spaces/list");
        outage(Sim.WS2, "/spaces/get");
        sim.anonymous().get("/_fake/faults").then().statusCode(200).body("faults", hasSize(1))
                .body("faults[0].kind", equalTo("outage")).body("faults[0].path", equalTo("/spaces/get"))
                .body("faults[0].workspace_id", equalTo(Sim.WS2)).body("faults[0].status", equalTo(503));
        sim.ws2().get("/spaces/list").then().statusCode(200);
    }

    @Test
    void clearing_one_workspace_ends_only_its_outage() {
        outage(Sim.WS1, "/spaces/list");
        outage(Sim.WS2, "/spaces/list");
        sim.anonymous().queryParam("workspace_id", Sim.WS2).delete("/_fake/simulate_workspace_outage")
                .then().statusCode(200);
        sim.ws2().get("/spaces/list").then().statusCode(200);
        sim.allowing5xx(Sim.KEY1).get("/spaces/list").then().statusCode(503);
    }

    @Test
    void clearing_outages_leaves_other_faults_in_place() {
        sim.anonymous().body(Map.of("path", "/spaces/get", "status", 500)).post("/_fake/faults").then().statusCode(200);
        outage(Sim.WS1, "/spaces/list");
        sim.anonymous().delete("/_fake/simulate_workspace_outage").then().statusCode(200);
        sim.anonymous().get("/_fake/faults").then().body("faults.path", equalTo(List.of("/spaces/get")));
        sim.anonymous().delete("/_fake/faults").then().statusCode(200);
    }

    @Test
    void resetting_the_workspace_ends_its_outage() {
        outage(Sim.WS2, "/spaces/list");
        sim.anonymous().body(Map.of("workspace_id", Sim.WS2)).post("/_fake/reset").then().statusCode(200);
        sim.ws2().get("/spaces/list").then().statusCode(200);
    }

    @Test
    void an_outage_of_workspaces_list_applies_to_an_api_key_of_that_workspace() {
        outage(Sim.WS1, "/workspaces/list");
        sim.allowing5xx(Sim.KEY1).get("/workspaces/list").then().statusCode(503);
        sim.ws2().get("/workspaces/list").then().statusCode(200);
    }

    @Test
    void bad_outage_requests_are_refused() {
        sim.anonymous().body(Map.of("routes", List.of("/spaces/list"))).post("/_fake/simulate_workspace_outage")
                .then().statusCode(400).body("error.validation_errors.workspace_id", notNullValue());
        sim.anonymous().body(Map.of("workspace_id", Sim.WS1)).post("/_fake/simulate_workspace_outage")
                .then().statusCode(400).body("error.validation_errors.routes", notNullValue());
        sim.anonymous().body(Map.of("workspace_id", Sim.WS1, "routes", List.of("spaces/list")))
                .post("/_fake/simulate_workspace_outage").then().statusCode(400)
                .body("error.validation_errors.routes", notNullValue());
        sim.anonymous().body(Map.of("workspace_id", "5d4b2a11-5e5a-4f7b-9b1c-00000000dead", "routes", List.of("/spaces/list")))
                .post("/_fake/simulate_workspace_outage").then().statusCode(404)
                .body("error.type", equalTo("workspace_not_found"));
        sim.anonymous().get("/_fake/faults").then().body("faults", empty());
    }
}
