package dev.seamsim.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of bad state document is refused with invalid_input naming the place, and nothing changes. */
class DatabaseImportRejectionTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    static final String SPACES = "/workspaces/0/tables/spaces/rows";
    static final String OTHER = "5d4b2a11-5e5a-4f7b-9b1c-00000000beef";

    @BeforeAll
    static void fill() {
        StateWorld.populate(sim::ws1);
    }

    static String export() {
        return sim.anonymous().get("/_fake/database").then().statusCode(200).extract().asString();
    }

    static ObjectNode obj(ObjectNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                bad("wrong format", d -> d.put("format", "fake-seam-connect"), "/format"),
                bad("unknown version", d -> d.put("version", 2), "/version"),
                bad("unknown scope", d -> d.put("scope", "everything"), "/scope"),
                bad("no workspaces", d -> d.remove("workspaces"), "/workspaces"),
                bad("workspaces not a list", d -> d.put("workspaces", "all"), "/workspaces"),
                bad("unknown top-level field", d -> d.put("devices", 3), "/devices"),
                bad("null where true or false is needed", d -> obj(d, "/workspaces/0").putNull("is_sandbox"), "/workspaces/0/is_sandbox"),
                bad("unknown reset_to", d -> obj(d, "/workspaces/0").put("reset_to", "sometimes"), "/workspaces/0/reset_to"),
                bad("unknown table", d -> obj(d, "/workspaces/0/tables").putObject("devices").put("next_seq", 1).putArray("rows"),
                        "/workspaces/0/tables/devices"),
                bad("row field of the wrong type", d -> obj(d, SPACES + "/0/row").put("name", 5), SPACES + "/0/row/name"),
                bad("row field missing", d -> obj(d, SPACES + "/0/row").remove("space_key"), SPACES + "/0/row/space_key"),
                bad("unknown row field", d -> obj(d, SPACES + "/0/row").put("colour", "red"), SPACES + "/0/row/colour"),
                bad("null list in a row", d -> obj(d, SPACES + "/0/row").putNull("acs_entrance_ids"), SPACES + "/0/row/acs_entrance_ids"),
                bad("null row", d -> obj(d, SPACES + "/0").putNull("row"), SPACES + "/0/row"),
                bad("id that is not a UUID", d -> obj(d, SPACES + "/0/row").put("space_id", "room-1"), SPACES + "/0/row/space_id"),
                bad("row of another workspace", d -> obj(d, SPACES + "/0/row").put("workspace_id", OTHER), SPACES + "/0/row/workspace_id"),
                bad("timestamp that is not one", d -> obj(d, SPACES + "/0/row").put("created_at", "yesterday"), SPACES + "/0/row/created_at"),
                bad("seq that is not an integer", d -> obj(d, SPACES + "/0").put("seq", 1.5), SPACES + "/0/seq"),
                bad("seq below 1", d -> obj(d, SPACES + "/0").put("seq", 0), SPACES + "/0/seq"),
                bad("seq used twice", d -> obj(d, SPACES + "/1").set("seq", d.at(SPACES + "/0/seq")), SPACES + "/1/seq"),
                bad("id used twice", d -> obj(d, SPACES + "/1/row").set("space_id", d.at(SPACES + "/0/row/space_id")), SPACES + "/1/row/space_id"),
                bad("unique key used twice", d -> obj(d, SPACES + "/1/row").set("space_key", d.at(SPACES + "/0/row/space_key")), SPACES + "/1/row/space_key"),
                bad("next_seq not after the rows", d -> obj(d, "/workspaces/0/tables/spaces").put("next_seq", 1), "/workspaces/0/tables/spaces/next_seq"),
                bad("reference to a missing row", d -> obj(d, "/workspaces/0/tables/access_methods/rows/0/row").put("access_grant_id", OTHER),
                        "/workspaces/0/tables/access_methods/rows/0/row/access_grant_id"),
                bad("reference in a list to a missing row", d -> ((ArrayNode) d.at(SPACES + "/0/row/acs_entrance_ids")).set(0, OTHER),
                        SPACES + "/0/row/acs_entrance_ids/0"),
                bad("malformed API key", d -> ((ArrayNode) d.at("/workspaces/0/api_keys")).set(0, "key1"), "/workspaces/0/api_keys/0"),
                bad("API key of two workspaces", d -> ((ArrayNode) d.at("/workspaces/1/api_keys")).add(Sim.KEY1), "/workspaces/1/api_keys/1"),
                bad("workspace id used twice", d -> obj(d, "/workspaces/1").put("workspace_id", Sim.WS1), "/workspaces/1/workspace_id"),
                bad("null list in a workspace", d -> ((ArrayNode) d.get("workspaces")).add(
                        obj(d, "/workspaces/1").deepCopy().put("workspace_id", OTHER).putNull("api_keys")), "/workspaces/2/api_keys"),
                bad("fixtures reset for a workspace the fixtures lack", d -> ((ArrayNode) d.get("workspaces")).add(
                        obj(d, "/workspaces/1").deepCopy().put("workspace_id", OTHER).set("api_keys", d.arrayNode())), "/workspaces/2/reset_to"),
                bad("token that is not a personal access token", d -> obj(d, "/personal_access_tokens/0").put("token", "seam_x"),
                        "/personal_access_tokens/0/token"),
                bad("token reaching a workspace not in the document", d -> ((ArrayNode) d.at("/personal_access_tokens/0/workspace_ids")).add(OTHER),
                        "/personal_access_tokens/0/workspace_ids/2"),
                bad("workspace scope with two workspaces", d -> d.put("scope", "workspace"), "/workspaces"));
    }

    static Arguments bad(String name, Consumer<ObjectNode> change, String pointer) {
        return arguments(name, change, pointer);
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("badDocuments")
    void a_bad_document_is_refused_naming_the_place_and_changes_nothing(String name, Consumer<ObjectNode> change, String pointer) {
        String before = export();
        ObjectNode doc = (ObjectNode) StateWorld.tree(before);
        change.accept(doc);
        sim.anonymous().body(doc.toString()).put("/_fake/database").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.pointer", equalTo(pointer))
                .body("error.message", containsString(pointer));
        assertEquals(before, export());
    }

    @Test
    void malformed_json_and_a_body_that_is_not_an_object_are_refused_and_change_nothing() {
        String before = export();
        sim.anonymous().body("{\"format\": ").put("/_fake/database").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.anonymous().body("[]").put("/_fake/database").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.anonymous().body("").put("/_fake/database").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        assertEquals(before, export());
    }

    @Test
    void a_key_written_twice_in_one_object_is_refused() {
        String before = export();
        String twice = before.replaceFirst("\"version\" : 1,", "\"version\" : 1, \"version\" : 1,");
        sim.anonymous().body(twice).put("/_fake/database").then().statusCode(400)
                .body("error.type", equalTo("invalid_input")).body("error.message", containsString("version"));
        assertEquals(before, export());
    }

    @Test
    void a_workspace_document_must_match_the_workspace_id_given_and_not_take_another_workspace_key() {
        String before = export();
        String ws2 = sim.anonymous().queryParam("workspace_id", Sim.WS2).get("/_fake/database").then().extract().asString();
        sim.anonymous().queryParam("workspace_id", Sim.WS1).body(ws2).put("/_fake/database").then().statusCode(400)
                .body("error.pointer", equalTo("/workspaces/0/workspace_id"));
        sim.anonymous().queryParam("workspace_id", Sim.WS1).body(before).put("/_fake/database").then().statusCode(400)
                .body("error.pointer", equalTo("/scope"));
        ObjectNode stealing = (ObjectNode) StateWorld.tree(ws2);
        ((ArrayNode) stealing.at("/workspaces/0/api_keys")).add(Sim.KEY1);
        sim.anonymous().body(stealing.toString()).put("/_fake/database").then().statusCode(400)
                .body("error.pointer", equalTo("/workspaces/0/api_keys/1"))
                .body("error.message", containsString(Sim.WS1));
        assertEquals(before, export());
    }
}
