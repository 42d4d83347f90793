package dev.seamsim.state;

import dev.seamsim.SeamSimulator;
import dev.seamsim.error.SeamException;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SeamSimulator.exportState/importState: the same operations as /_fake/database, from Java. */
class DatabaseInProcessTest {
    static RequestSpecification as(SeamSimulator sim, String key) {
        return given().baseUri(sim.baseUrl()).contentType(ContentType.JSON).header("Authorization", "Bearer " + key);
    }

    @Test
    void export_import_export_in_process_gives_the_same_document_and_the_same_answers() {
        try (SeamSimulator sim = SeamSimulator.builder().port(0).deterministic(42).start()) {
            String key = sim.newWorkspace().apiKey();
            as(sim, sim.defaultApiKey()).body(Map.of("empty", true, "api_key", "seam_empty_one")).post("/_fake/workspaces")
                    .then().statusCode(200);
            StateWorld.Made made = StateWorld.populate(() -> as(sim, key));
            String answers = StateWorld.answers(() -> as(sim, key), made);
            String before = sim.exportState();
            assertThat(JsonPath.from(before).getList("workspaces.reset_to"),
                    containsInAnyOrder("fixtures", "fixtures", "seeded", "empty"));
            sim.reset();
            sim.importState(before);
            assertEquals(before, sim.exportState());
            assertEquals(answers, StateWorld.answers(() -> as(sim, key), made));
        }
    }

    @Test
    void a_refused_import_throws_invalid_input_with_a_pointer_and_changes_nothing() {
        try (SeamSimulator sim = SeamSimulator.builder().port(0).start()) {
            String before = sim.exportState();
            SeamException malformed = assertThrows(SeamException.class, () -> sim.importState("{\"format\":"));
            assertEquals("invalid_input", malformed.type());
            assertEquals("", malformed.extra().get("pointer"));
            String broken = before.replace("\"next_seq\" : 2", "\"next_seq\" : 1");
            SeamException e = assertThrows(SeamException.class, () -> sim.importState(broken));
            assertEquals(400, e.status());
            assertEquals("/workspaces/0/tables/connected_accounts/next_seq", e.extra().get("pointer"));
            assertEquals(before, sim.exportState());
        }
    }

    @Test
    void auto_workspace_keys_are_saved_and_reach_the_same_workspace_after_an_import() {
        try (SeamSimulator sim = SeamSimulator.builder().port(0).autoWorkspaces(10, Duration.ofMinutes(30)).start()) {
            String key = "seam_auto_" + System.nanoTime();
            String id = as(sim, key).get("/workspaces/get").then().statusCode(200).extract().path("workspace.workspace_id");
            String spaceId = as(sim, key).body(Map.of("name", "Kept")).post("/spaces/create").then().statusCode(200)
                    .extract().path("space.space_id");
            String saved = sim.exportState();
            assertThat(JsonPath.from(saved).getList("workspaces.auto_api_keys.flatten()"), contains(key));
            sim.reset();
            as(sim, key).queryParam("space_id", spaceId).get("/spaces/get").then().statusCode(404);
            sim.importState(saved);
            as(sim, key).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(id));
            as(sim, key).queryParam("space_id", spaceId).get("/spaces/get").then().statusCode(200);
            assertEquals(saved, sim.exportState());

            try (SeamSimulator plain = SeamSimulator.builder().port(0).start()) {
                plain.importState(saved);
                as(plain, key).queryParam("space_id", spaceId).get("/spaces/get").then().statusCode(200)
                        .body("space.workspace_id", equalTo(id));
                assertThat(JsonPath.from(plain.exportState(id)).getList("workspaces[0].api_keys"), equalTo(List.of(key)));
            }
        }
    }

    @Test
    void one_workspace_moves_to_another_simulator_with_its_key() {
        try (SeamSimulator from = SeamSimulator.builder().port(0).start();
             SeamSimulator to = SeamSimulator.builder().port(0).start()) {
            var made = from.newWorkspace();
            String spaceId = as(from, made.apiKey()).body(Map.of("name", "Moved")).post("/spaces/create")
                    .then().statusCode(200).extract().path("space.space_id");
            String ws1 = to.exportState("5d4b2a11-5e5a-4f7b-9b1c-000000000001");
            to.importState(from.exportState(made.workspace().id()));
            as(to, made.apiKey()).queryParam("space_id", spaceId).get("/spaces/get").then().statusCode(200);
            assertEquals(ws1, to.exportState("5d4b2a11-5e5a-4f7b-9b1c-000000000001"));
            assertEquals(from.exportState(made.workspace().id()), to.exportState(made.workspace().id()));
        }
    }
}
