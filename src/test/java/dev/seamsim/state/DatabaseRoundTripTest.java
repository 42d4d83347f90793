package dev.seamsim.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /_fake/database and PUT it back: the same document, the same answers, the same keys and credentials. */
class DatabaseRoundTripTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    static String export() {
        return sim.anonymous().get("/_fake/database").then().statusCode(200).extract().asString();
    }

    static String export(String workspaceId) {
        return sim.anonymous().queryParam("workspace_id", workspaceId).get("/_fake/database")
                .then().statusCode(200).extract().asString();
    }

    static void load(String document) {
        sim.anonymous().body(document).put("/_fake/database").then().statusCode(200);
    }

    @Test
    void export_then_import_then_export_gives_the_same_document() {
        StateWorld.populate(sim::ws1);
        StateWorld.populate(sim::ws2);
        String before = export();
        sim.anonymous().body(before).put("/_fake/database").then().statusCode(200)
                .body("imported.scope", equalTo("simulator"))
                .body("imported.workspace_ids", hasItem(Sim.WS1));
        String after = export();
        assertEquals(StateWorld.normalised(before), StateWorld.normalised(after));
        assertEquals(before, after, "the export is deterministic, so even the text is the same");
    }

    @Test
    void the_api_answers_the_same_after_an_import() {
        StateWorld.Made made = StateWorld.populate(sim::ws1);
        String before = StateWorld.answers(sim::ws1, made);
        String patBefore = sim.as(Sim.PAT).get("/workspaces/list").then().statusCode(200).extract().asString();
        load(export());
        assertEquals(before, StateWorld.answers(sim::ws1, made));
        assertEquals(patBefore, sim.as(Sim.PAT).get("/workspaces/list").then().statusCode(200).extract().asString());
        sim.ws1().queryParam("access_grant_key", made.accessGrantKey()).get("/access_grants/get").then().statusCode(200)
                .body("access_grant.access_grant_id", equalTo(made.accessGrantId()))
                .body("access_grant.space_ids", contains(made.spaceId()));
    }

    @Test
    void a_page_cursor_taken_before_an_import_continues_the_same_after_it() {
        StateWorld.populate(sim::ws1);
        String cursor = sim.ws1().queryParam("limit", 1).get("/spaces/list").then().statusCode(200)
                .extract().path("pagination.next_page_cursor");
        String next = sim.ws1().queryParam("limit", 1).queryParam("page_cursor", cursor).get("/spaces/list")
                .then().statusCode(200).extract().asString();
        load(export());
        assertEquals(next, sim.ws1().queryParam("limit", 1).queryParam("page_cursor", cursor).get("/spaces/list")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void unique_keys_are_still_refused_after_an_import_and_new_rows_go_last() {
        StateWorld.Made made = StateWorld.populate(sim::ws1);
        load(export());
        sim.ws1().body(Map.of("name", "Again", "space_key", made.spaceKey())).post("/spaces/create")
                .then().statusCode(409).body("error.type", equalTo("duplicate_space_key"))
                .body("error.data.space_id", equalTo(made.spaceId()));
        sim.ws1().body(Map.of("email_address", made.email())).post("/user_identities/create")
                .then().statusCode(409).body("error.type", equalTo("duplicate_email_address"));
        sim.ws1().body(Map.of("user_identity_id", made.userIdentityId(), "space_ids", List.of(made.spaceId()),
                        "access_grant_key", made.accessGrantKey(), "requested_access_methods", List.of(Map.of("mode", "code"))))
                .post("/access_grants/create").then().statusCode(409).body("error.type", equalTo("duplicate_access_grant_key"));
        String newId = sim.ws1().body(Map.of("name", "Newest", "space_key", Sim.unique("new"))).post("/spaces/create")
                .then().statusCode(200).extract().path("space.space_id");
        List<String> ids = sim.ws1().get("/spaces/list").then().statusCode(200).extract().path("spaces.space_id");
        assertEquals(newId, ids.get(ids.size() - 1));
    }

    @Test
    void credentials_and_workspaces_made_on_demand_come_back_and_can_still_be_reset() {
        String key = Sim.unique("seam_roundtrip").replace('-', '_');
        String id = sim.anonymous().body(Map.of("api_key", key, "name", "On demand")).post("/_fake/workspaces")
                .then().statusCode(200).extract().path("workspace.workspace_id");
        StateWorld.Made made = StateWorld.populate(() -> sim.as(key));
        load(export());
        sim.as(key).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(id));
        sim.ws2().get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(Sim.WS2));
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS2).get("/workspaces/get").then().statusCode(200);
        sim.as(key).queryParam("space_id", made.spaceId()).get("/spaces/get").then().statusCode(200);
        sim.anonymous().body(Map.of("workspace_id", id)).post("/_fake/reset").then().statusCode(200);
        sim.as(key).queryParam("space_id", made.spaceId()).get("/spaces/get").then().statusCode(404);
        sim.as(key).get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", contains(Sim.SEEDED_ACCOUNT));
    }

    @Test
    void one_workspace_round_trips_alone_and_the_others_stay_as_they_were() {
        String key = Sim.unique("seam_alone").replace('-', '_');
        String id = sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces")
                .then().statusCode(200).extract().path("workspace.workspace_id");
        StateWorld.Made made = StateWorld.populate(() -> sim.as(key));
        String saved = export(id);
        String ws1 = export(Sim.WS1);
        String later = sim.as(key).body(Map.of("name", "Later")).post("/spaces/create").then().statusCode(200)
                .extract().path("space.space_id");
        sim.anonymous().queryParam("workspace_id", id).body(saved).put("/_fake/database").then().statusCode(200)
                .body("imported.scope", equalTo("workspace")).body("imported.workspace_ids", contains(id));
        assertEquals(StateWorld.normalised(saved), StateWorld.normalised(export(id)));
        assertEquals(ws1, export(Sim.WS1));
        sim.as(key).queryParam("space_id", later).get("/spaces/get").then().statusCode(404);
        sim.as(key).queryParam("space_id", made.spaceId()).get("/spaces/get").then().statusCode(200);
        sim.ws1().queryParam("space_id", made.spaceId()).get("/spaces/get").then().statusCode(404);
    }

    @Test
    void a_workspace_document_with_a_new_id_and_key_adds_a_workspace() {
        String key = Sim.unique("seam_copy").replace('-', '_');
        String id = sim.anonymous().body(Map.of("api_key", key)).post("/_fake/workspaces")
                .then().statusCode(200).extract().path("workspace.workspace_id");
        StateWorld.Made made = StateWorld.populate(() -> sim.as(key));
        String copyId = java.util.UUID.randomUUID().toString();
        String copyKey = key + "_copy";
        String copy = export(id).replace(id, copyId).replace("\"" + key + "\"", "\"" + copyKey + "\"");
        sim.anonymous().body(copy).post("/_fake/database").then().statusCode(200);
        sim.as(copyKey).get("/workspaces/get").then().statusCode(200).body("workspace.workspace_id", equalTo(copyId));
        sim.as(copyKey).queryParam("space_key", made.spaceKey()).get("/spaces/get").then().statusCode(200)
                .body("space.workspace_id", equalTo(copyId)).body("space.space_id", equalTo(made.spaceId()));
        sim.as(key).queryParam("space_key", made.spaceKey()).get("/spaces/get").then().statusCode(200)
                .body("space.workspace_id", equalTo(id));
    }

    @Test
    void a_workspace_export_holds_that_workspace_only() {
        StateWorld.populate(sim::ws1);
        String doc = export(Sim.WS2);
        JsonPath json = JsonPath.from(doc);
        assertThat(json.get("scope"), equalTo("workspace"));
        assertThat(json.get("workspaces.workspace_id"), contains(Sim.WS2));
        assertThat(json.get("workspaces[0].api_keys"), contains(Sim.KEY2));
        assertThat(json.get("personal_access_tokens"), contains(Map.of("token", Sim.PAT, "workspace_ids", List.of(Sim.WS2))));
        assertThat(doc, not(containsString(Sim.WS1)));
        assertThat(doc, not(containsString(Sim.SEEDED_ACCOUNT)));
        assertThat(doc, not(containsString(Sim.KEY1)));
    }

    @Test
    void the_export_holds_what_the_wire_hides_and_not_what_it_computes() {
        StateWorld.Made made = StateWorld.populate(sim::ws1);
        JsonNode ws = StateWorld.tree(export(Sim.WS1)).get("workspaces").get(0).get("tables");
        JsonNode space = row(ws, "spaces", "space_id", made.spaceId());
        assertEquals(2, space.get("acs_entrance_ids").size());
        assertFalse(space.has("acs_entrance_count"));
        JsonNode grant = row(ws, "access_grants", "access_grant_id", made.accessGrantId());
        assertEquals(made.entranceIds().get(2), grant.get("acs_entrance_ids").get(0).asText());
        assertFalse(grant.has("display_name") || grant.has("location_ids"));
        int methods = 0;
        for (JsonNode r : ws.get("access_methods").get("rows")) {
            if (r.get("row").get("access_grant_id").asText().equals(made.accessGrantId())) methods++;
        }
        assertEquals(2, methods, "three methods issued, one deleted");
        assertEquals(Sim.WS1, row(ws, "connected_accounts", "connected_account_id", made.accountId()).get("workspace_id").asText());
        assertTrue(ws.get("acs_systems").get("rows").get(0).get("row").has("customer_key"));
        assertTrue(ws.get("acs_entrances").get("rows").get(0).get("row").get("details").isObject());
        assertFalse(ws.get("user_identities").get("rows").get(0).get("row").has("display_name"));
    }

    @Test
    void exporting_an_unknown_workspace_is_404_and_a_malformed_id_is_400() {
        sim.anonymous().queryParam("workspace_id", "5d4b2a11-5e5a-4f7b-9b1c-00000000dead").get("/_fake/database")
                .then().statusCode(404).body("error.type", equalTo("workspace_not_found"));
        sim.anonymous().queryParam("workspace_id", "nope").get("/_fake/database")
                .then().statusCode(400).body("error.type", equalTo("invalid_input"));
    }

    private static JsonNode row(JsonNode tables, String table, String idField, String id) {
        for (JsonNode r : tables.get(table).get("rows")) {
            if (r.get("row").get(idField).asText().equals(id)) return r.get("row");
        }
        throw new AssertionError("no " + table + " row " + id);
    }
}
