package dev.seamsim.workspaces;

import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

class WorkspaceRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void api_key_selects_its_workspace_and_ignores_seam_workspace_header() {
        sim.ws1().header("seam-workspace", Sim.WS2).get("/workspaces/get")
                .then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS1));
        sim.ws2().post("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS2));
    }

    @Test
    void personal_access_token_lists_its_workspaces_and_selects_one_with_the_header() {
        sim.as(Sim.PAT).get("/workspaces/list").then().statusCode(200)
                .body("workspaces.workspace_id", containsInAnyOrder(Sim.WS1, Sim.WS2));
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS2).get("/workspaces/get")
                .then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS2));
    }

    @Test
    void personal_access_token_without_workspace_header_is_refused_on_workspace_routes() {
        sim.as(Sim.PAT).get("/workspaces/get").then().statusCode(400).body("error.type", equalTo("missing_workspace_id"));
    }

    @Test
    void personal_access_token_cannot_reach_a_workspace_it_does_not_belong_to() {
        sim.as(Sim.PAT).header("seam-workspace", "5d4b2a11-5e5a-4f7b-9b1c-00000000dead").get("/workspaces/get")
                .then().statusCode(401).body("error.type", equalTo("unauthorized"));
    }

    @Test
    void missing_unknown_and_malformed_credentials_are_401() {
        sim.anonymous().get("/workspaces/get").then().statusCode(401).body("error.type", equalTo("unauthorized"));
        sim.as("seam_nope").get("/workspaces/get").then().statusCode(401).body("error.type", equalTo("unauthorized"));
        sim.as("seam_at_nope").get("/workspaces/get").then().statusCode(401);
        sim.anonymous().header("Authorization", "Basic abc").get("/workspaces/get").then().statusCode(401);
    }

    @Test
    void the_bearer_scheme_is_case_insensitive_and_may_be_followed_by_more_than_one_space() {
        for (String header : new String[] {"Bearer " + Sim.KEY1, "bearer " + Sim.KEY1, "BEARER  " + Sim.KEY1,
                "Bearer \t" + Sim.KEY1}) {
            sim.anonymous().header("Authorization", header).get("/workspaces/get")
                    .then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS1));
        }
        for (String header : new String[] {"Bearer " + Sim.KEY1 + " extra", "Bearer", "Bearer:" + Sim.KEY1, Sim.KEY1}) {
            sim.anonymous().header("Authorization", header).get("/workspaces/get")
                    .then().statusCode(401).body("error.type", equalTo("unauthorized"));
        }
    }

    @Test
    void unknown_route_and_wrong_method_are_seam_errors() {
        sim.ws1().post("/nope/nothing").then().statusCode(404).body("error.type", equalTo("route_not_found"));
        sim.ws1().delete("/workspaces/get").then().statusCode(405).body("error.type", equalTo("method_not_allowed"));
    }
}
