package dev.seamsim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamsim.SeamSimulator;
import dev.seamsim.testing.OpenApiResponseValidator;
import dev.seamsim.testing.SeamEnvelopeCheck;
import dev.seamsim.testing.Sim;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * What the fuzzer aims at: real objects of every family in both workspaces (made through the API), their ids and
 * keys read back from the exported state (so a new table's ids are picked up), real page cursors, and the state
 * document every case starts from.
 */
final class FuzzWorld {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** One workspace as the fuzzer sees it: who calls it, and what it holds. */
    record Space(String workspaceId, String apiKey, List<String> ids, List<String> keys, List<String> cursors,
                 List<String> pendingWebviews) {}

    /** A provider the login form knows, with its sandbox login. */
    record Provider(String name, String username, String password) {}

    final Space ws1;
    final Space ws2;
    final List<Provider> providers;
    /** The exported state every case starts from. */
    final String snapshot;

    private FuzzWorld(Space ws1, Space ws2, List<Provider> providers, String snapshot) {
        this.ws1 = ws1;
        this.ws2 = ws2;
        this.providers = providers;
        this.snapshot = snapshot;
    }

    Space other(Space ws) {
        return ws == ws1 ? ws2 : ws1;
    }

    static FuzzWorld build(SeamSimulator sim) {
        List<String> cursors1 = populate(sim, Sim.KEY1, null);
        List<String> cursors2 = populate(sim, Sim.KEY2, "salto_ks");
        String snapshot = sim.exportState();
        JsonNode doc = read(snapshot);
        return new FuzzWorld(space(doc, Sim.WS1, Sim.KEY1, cursors1), space(doc, Sim.WS2, Sim.KEY2, cursors2),
                providers(), snapshot);
    }

    /** Objects of every family; returns real page cursors of this workspace. */
    private static List<String> populate(SeamSimulator sim, String apiKey, String connectProvider) {
        String pending = as(sim, apiKey).body(Map.of("customer_key", "fuzz-customer", "accepted_providers",
                List.of("salto_ks", "visionline"))).post("/connect_webviews/create").then().log().ifValidationFails().statusCode(200)
                .extract().path("connect_webview.connect_webview_id");
        if (connectProvider != null) {
            String webview = as(sim, apiKey).body(Map.of("customer_key", "fuzz-connected", "accepted_providers",
                    List.of(connectProvider))).post("/connect_webviews/create").then().log().ifValidationFails().statusCode(200)
                    .extract().path("connect_webview.connect_webview_id");
            as(sim, apiKey).body(Map.of("connect_webview_id", webview)).post("/_fake/complete_connect_webview")
                    .then().log().ifValidationFails().statusCode(200);
        }
        List<String> entrances = as(sim, apiKey).get("/acs/entrances/list").then().log().ifValidationFails().statusCode(200)
                .extract().path("acs_entrances.acs_entrance_id");
        String spaceId = as(sim, apiKey).body(Map.of("name", "Fuzz room", "space_key", "fuzz-room",
                "acs_entrance_ids", entrances.subList(0, 2))).post("/spaces/create").then().log().ifValidationFails().statusCode(200)
                .extract().path("space.space_id");
        as(sim, apiKey).body(Map.of("name", "Fuzz hall", "space_key", "fuzz-hall")).post("/spaces/create")
                .then().log().ifValidationFails().statusCode(200);
        String userId = as(sim, apiKey).body(Map.of("user_identity_key", "fuzz-user", "email_address",
                "fuzz@example.com", "phone_number", "+15555550100", "full_name", "Fuzz User"))
                .post("/user_identities/create").then().log().ifValidationFails().statusCode(200).extract().path("user_identity.user_identity_id");
        as(sim, apiKey).body(Map.of("user_identity_id", userId, "space_ids", List.of(spaceId), "acs_entrance_ids",
                List.of(entrances.get(2)), "access_grant_key", "fuzz-grant", "ends_at", "2099-01-01T00:00:00.000Z",
                "requested_access_methods", List.of(Map.of("mode", "code"), Map.of("mode", "card"),
                        Map.of("mode", "mobile_key")))).post("/access_grants/create").then().log().ifValidationFails().statusCode(200);
        List<String> cursors = new ArrayList<>();
        for (String list : List.of("/spaces/list", "/acs/entrances/list", "/connect_webviews/list")) {
            String cursor = as(sim, apiKey).queryParam("limit", 1).get(list).then().log().ifValidationFails().statusCode(200)
                    .extract().path("pagination.next_page_cursor");
            if (cursor != null) cursors.add(cursor);
        }
        if (cursors.isEmpty()) throw new AssertionError("no list gave a page cursor");
        return cursors;
    }

    private static RequestSpecification as(SeamSimulator sim, String apiKey) {
        return given().baseUri(sim.baseUrl()).contentType(ContentType.JSON).header("Authorization", "Bearer " + apiKey)
                .filter(SeamEnvelopeCheck.INSTANCE).filter(OpenApiResponseValidator.INSTANCE);
    }

    /** Every id and key in the workspace's rows, whatever the table. */
    private static Space space(JsonNode doc, String workspaceId, String apiKey, List<String> cursors) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>();
        for (JsonNode ws : doc.path("workspaces")) {
            if (!ws.path("workspace_id").asText().equals(workspaceId)) continue;
            ws.path("tables").fields().forEachRemaining(table -> {
                for (JsonNode row : table.getValue().path("rows")) {
                    collect(row.path("row"), ids, keys);
                    if (row.path("row").path("status").asText().equals("pending") && row.path("row").has("connect_webview_id")) {
                        pending.add(row.path("row").path("connect_webview_id").asText());
                    }
                }
            });
        }
        ids.remove(workspaceId);
        if (ids.size() < 8 || keys.size() < 4 || pending.isEmpty()) {
            throw new AssertionError("the world of " + workspaceId + " is too small: " + ids + " " + keys + " " + pending);
        }
        return new Space(workspaceId, apiKey, List.copyOf(ids), List.copyOf(keys), cursors, pending);
    }

    private static void collect(JsonNode node, Set<String> ids, Set<String> keys) {
        node.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            if (v.isTextual() && f.getKey().endsWith("_id") && UUID.matcher(v.asText()).matches()) ids.add(v.asText());
            else if (v.isTextual() && (f.getKey().endsWith("_key") || f.getKey().equals("email_address")
                    || f.getKey().equals("phone_number"))) keys.add(v.asText());
            else if (v.isContainerNode()) {
                if (v.isArray()) v.forEach(item -> {
                    if (item.isTextual() && f.getKey().endsWith("_ids")) ids.add(item.asText());
                    else collect(item, ids, keys);
                });
                else collect(v, ids, keys);
            }
        });
    }

    private static List<Provider> providers() {
        List<Provider> out = new ArrayList<>();
        read(readFile(Path.of("fixtures", "providers.json"))).fields().forEachRemaining(p -> out.add(new Provider(p.getKey(),
                p.getValue().path("sandbox_credentials").path("username").asText(),
                p.getValue().path("sandbox_credentials").path("password").asText())));
        return out;
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
