package dev.seamsim.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamsim.SeamSimulator;
import dev.seamsim.error.SeamException;
import dev.seamsim.http.Json;
import dev.seamsim.testing.Sim;
import dev.seamsim.testing.SpacesDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * --max-workspaces and --max-objects-per-workspace: past either cap, whatever would add (an HTTP create, a Java
 * call, an auto-workspace, a state import) gets 409 and changes nothing; removing something makes room again.
 */
class CapacityTest {
    private static final int MAX_WORKSPACES = 4;
    /** Workspace 1 starts with 8 (its Salto account, 2 ACS systems, 5 entrances); workspace 2 with none. */
    private static final int MAX_OBJECTS = 20;

    @RegisterExtension
    static final Sim sim = new Sim(b -> b.maxWorkspaces(MAX_WORKSPACES).maxObjectsPerWorkspace(MAX_OBJECTS));

    @RegisterExtension
    static final Sim auto = new Sim(b -> b.autoWorkspaces(100, Duration.ofMinutes(5)).maxWorkspaces(3));

    @BeforeEach
    void reset() {
        sim.simulator().reset();
    }

    private static int workspaceCount() {
        return sim.anonymous().get("/_fake/workspaces").then().statusCode(200).extract().path("workspaces.size()");
    }

    @Test
    void past_the_workspace_cap_a_new_workspace_is_refused_with_409() {
        sim.anonymous().body(Map.of()).post("/_fake/workspaces").then().statusCode(200);
        sim.simulator().newWorkspace();
        String key = "seam_" + UUID.randomUUID().toString().replace("-", "");
        sim.anonymous().body(Map.of("api_key", key, "empty", true)).post("/_fake/workspaces").then().statusCode(409)
                .body("error.type", equalTo("workspace_limit_exceeded"))
                .body("error.message", containsString(MAX_WORKSPACES + " workspaces"))
                .body("error.data.max_workspaces", equalTo(MAX_WORKSPACES));
        SeamException inProcess = assertThrows(SeamException.class, () -> sim.simulator().newWorkspace());
        assertThat(inProcess.type(), equalTo("workspace_limit_exceeded"));
        assertThat(workspaceCount(), equalTo(MAX_WORKSPACES));
        sim.as(key).get("/workspaces/get").then().statusCode(401);
        sim.simulator().reset();
        sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces").then().statusCode(200);
    }

    @Test
    void an_import_that_would_pass_the_workspace_cap_is_refused_and_changes_nothing() throws Exception {
        sim.anonymous().body(Map.of("empty", true)).post("/_fake/workspaces").then().statusCode(200);
        String full = sim.anonymous().body(Map.of("empty", true)).post("/_fake/workspaces").then().statusCode(200)
                .extract().path("workspace.workspace_id");
        String before = sim.simulator().exportState();
        // The same document with a fifth workspace: a copy of the last (empty) one under a new id and key.
        ObjectNode document = (ObjectNode) Json.MAPPER.readTree(before);
        ArrayNode workspaces = (ArrayNode) document.get("workspaces");
        ObjectNode fifth = ((ObjectNode) workspaces.get(workspaces.size() - 1)).deepCopy();
        assertThat(fifth.get("workspace_id").asText(), equalTo(full));
        fifth.put("workspace_id", UUID.randomUUID().toString());
        fifth.putArray("api_keys").add("seam_fifth_workspace_key");
        workspaces.add(fifth);
        sim.anonymous().body(document.toString()).put("/_fake/database").then().statusCode(409)
                .body("error.type", equalTo("workspace_limit_exceeded"));
        // One workspace of scope "workspace" that is new is refused too; the same for an existing id is a replace.
        String newOne = SpacesDocument.of(UUID.randomUUID().toString(), "New", "empty", "seam_another_new_key", 1);
        sim.anonymous().body(newOne).put("/_fake/database").then().statusCode(409)
                .body("error.type", equalTo("workspace_limit_exceeded"));
        assertThat(sim.simulator().exportState(), equalTo(before));
        sim.anonymous().body(SpacesDocument.of(full, "Replaced", "empty", "seam_replaced_key", 3))
                .put("/_fake/database").then().statusCode(200);
        sim.as("seam_replaced_key").get("/spaces/list").then().statusCode(200).body("spaces", hasSize(3));
    }

    @Test
    void past_the_object_cap_a_create_is_refused_with_409_until_something_is_deleted() {
        sim.simulator().importState(SpacesDocument.forWorkspace2(MAX_OBJECTS));
        sim.ws2().body(Map.of("name", "one too many")).post("/spaces/create").then().statusCode(409)
                .body("error.type", equalTo("object_limit_exceeded"))
                .body("error.data.workspace_id", equalTo(Sim.WS2))
                .body("error.data.max_objects_per_workspace", equalTo(MAX_OBJECTS));
        sim.ws2().body(Map.of("user_identity_key", "nobody")).post("/user_identities/create").then().statusCode(409);
        sim.ws2().queryParam("limit", 100).get("/spaces/list").then().statusCode(200).body("spaces", hasSize(MAX_OBJECTS));
        String first = sim.ws2().queryParam("space_key", "sk-1").get("/spaces/get").then().statusCode(200)
                .extract().path("space.space_id");
        sim.ws2().body(Map.of("space_id", first)).post("/spaces/delete").then().statusCode(200);
        sim.ws2().body(Map.of("name", "fits again")).post("/spaces/create").then().statusCode(200);
        sim.ws2().body(Map.of("name", "full again")).post("/spaces/create").then().statusCode(409);
        // Updates add nothing, so they still work in a full workspace.
        sim.ws2().body(Map.of("space_key", "sk-2", "name", "Renamed")).post("/spaces/update").then().statusCode(200);
        // Other workspaces have caps of their own.
        sim.ws1().body(Map.of("name", "elsewhere")).post("/spaces/create").then().statusCode(200);
    }

    @Test
    void a_write_of_several_objects_that_would_pass_the_cap_leaves_none_of_them() {
        sim.simulator().importState(SpacesDocument.forWorkspace2(MAX_OBJECTS - 3));
        // An identity, a grant and three access methods: five objects where three fit.
        sim.ws2().body(Map.of("user_identity", Map.of("user_identity_key", "guest-1"), "space_keys", List.of("sk-1"),
                "requested_access_methods", List.of(Map.of("mode", "code"), Map.of("mode", "card"), Map.of("mode", "mobile_key"))))
                .post("/access_grants/create").then().statusCode(409).body("error.type", equalTo("object_limit_exceeded"));
        sim.ws2().queryParam("user_identity_key", "guest-1").get("/user_identities/get").then().statusCode(404);
        sim.ws2().get("/access_grants/list").then().statusCode(200).body("access_grants", hasSize(0));
        // One method: three objects, exactly what fits.
        sim.ws2().body(Map.of("user_identity", Map.of("user_identity_key", "guest-1"), "space_keys", List.of("sk-1"),
                "requested_access_methods", List.of(Map.of("mode", "code"))))
                .post("/access_grants/create").then().statusCode(200);
    }

    @Test
    void completing_a_webview_into_a_full_workspace_is_refused_and_leaves_it_pending() {
        sim.simulator().importState(SpacesDocument.forWorkspace2(MAX_OBJECTS - 1));
        String webview = sim.createWebview(sim.ws2(), Map.of("accepted_providers", List.of("salto_ks")));
        sim.anonymous().body(Map.of("connect_webview_id", webview)).post("/_fake/complete_connect_webview").then()
                .statusCode(409).body("error.type", equalTo("object_limit_exceeded"));
        sim.ws2().queryParam("connect_webview_id", webview).get("/connect_webviews/get").then().statusCode(200)
                .body("connect_webview.status", equalTo("pending"));
        sim.ws2().get("/connected_accounts/list").then().statusCode(200).body("connected_accounts", hasSize(0));
    }

    @Test
    void an_import_over_the_object_cap_is_refused_and_changes_nothing() {
        sim.simulator().importState(SpacesDocument.forWorkspace2(5));
        sim.anonymous().body(SpacesDocument.forWorkspace2(MAX_OBJECTS + 1)).put("/_fake/database").then().statusCode(409)
                .body("error.type", equalTo("object_limit_exceeded"))
                .body("error.data.object_count", equalTo(MAX_OBJECTS + 1));
        sim.ws2().get("/spaces/list").then().statusCode(200).body("spaces", hasSize(5));
    }

    @Test
    void auto_workspaces_count_against_the_workspace_cap() {
        String first = "seam_" + UUID.randomUUID().toString().replace("-", "");
        auto.as(first).get("/workspaces/get").then().statusCode(200);
        auto.as("seam_" + UUID.randomUUID().toString().replace("-", "")).get("/workspaces/get").then().statusCode(409)
                .body("error.type", equalTo("workspace_limit_exceeded"));
        auto.as(first).get("/workspaces/get").then().statusCode(200);
        auto.simulator().reset();
        auto.as("seam_" + UUID.randomUUID().toString().replace("-", "")).get("/workspaces/get").then().statusCode(200);
    }

    @Test
    void caps_below_what_the_fixtures_hold_stop_start_up() {
        IllegalArgumentException workspaces = assertThrows(IllegalArgumentException.class,
                () -> SeamSimulator.builder().port(0).maxWorkspaces(1).start());
        assertThat(workspaces.getMessage(), containsString("2 workspaces"));
        IllegalArgumentException objects = assertThrows(IllegalArgumentException.class,
                () -> SeamSimulator.builder().port(0).maxObjectsPerWorkspace(7).start());
        assertThat(objects.getMessage(), containsString("more than 7 objects"));
        assertThrows(IllegalArgumentException.class, () -> SeamSimulator.builder().port(0).maxBodyBytes(0).start());
    }
}
