package dev.seamsim.accessgrants;

import dev.seamsim.testing.Race;
import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.seamsim.accessgrants.GrantFixtures.id;
import static dev.seamsim.accessgrants.GrantFixtures.mode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** /access_grants/get, list, update and delete, unique keys, workspace isolation. Create is in AccessGrantCreateTest. */
class AccessGrantRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();
    private static final GrantFixtures fx = new GrantFixtures(sim);

    private static Map<String, Object> keyedGrant(String key) {
        String entrance = fx.entrances(Sim.SALTO_KS_SITE).get(0);
        return fx.grant(sim.ws1(), fx.identity(sim.ws1()), Map.of("acs_entrance_ids", List.of(entrance),
                "access_grant_key", key, "name", "Original"));
    }

    @Test
    void get_finds_a_grant_by_id_or_key_in_query_or_body() {
        String key = Sim.unique("grant");
        String grantId = id(keyedGrant(key), "access_grant_id");
        sim.ws1().queryParam("access_grant_key", key).get("/access_grants/get").then().statusCode(200)
                .body("access_grant.access_grant_id", equalTo(grantId));
        sim.ws1().body(Map.of("access_grant_key", key)).post("/access_grants/get").then().statusCode(200)
                .body("access_grant.access_grant_id", equalTo(grantId));
        sim.ws1().body(Map.of("access_grant_id", grantId)).post("/access_grants/get").then().statusCode(200)
                .body("access_grant.access_grant_key", equalTo(key));
        sim.ws1().queryParam("access_grant_id", "00000000-0000-4000-8000-000000000000").get("/access_grants/get")
                .then().statusCode(404).body("error.type", equalTo("access_grant_not_found"));
        sim.ws1().queryParam("access_grant_key", Sim.unique("nope")).get("/access_grants/get")
                .then().statusCode(404).body("error.type", equalTo("access_grant_not_found"));
        sim.ws1().get("/access_grants/get").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.ws1().queryParam("access_grant_id", "").get("/access_grants/get").then().statusCode(400);
        Map<String, Object> nullId = new HashMap<>();
        nullId.put("access_grant_id", null);
        sim.ws1().body(nullId).post("/access_grants/get").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.ws1().queryParam("access_grant_id", "not-a-uuid").get("/access_grants/get").then().statusCode(400)
                .body("error.validation_errors.access_grant_id._errors", equalTo(List.of("Invalid uuid")));
    }

    @Test
    void list_filters_by_identity_space_key_system_entrance_customer_and_reservation() {
        List<String> ks = fx.entrances(Sim.SALTO_KS_SITE);
        List<String> space = fx.entrances(Sim.SALTO_SPACE_SITE);
        String customer = Sim.unique("customer");
        Map<String, Object> room = fx.space(sim.ws1(), List.of(ks.get(1)), customer);
        String user = fx.identity(sim.ws1());
        String key = Sim.unique("grant");
        String reservation = Sim.unique("reservation");
        String g1 = id(fx.grant(sim.ws1(), user, Map.of("space_ids", List.of(id(room, "space_id")),
                "access_grant_key", key, "reservation_key", reservation)), "access_grant_id");
        String g2 = id(fx.grant(sim.ws1(), user, Map.of("acs_entrance_ids", List.of(space.get(0)))), "access_grant_id");
        String g3 = id(fx.grant(sim.ws1(), fx.identity(sim.ws1()), Map.of("acs_entrance_ids", List.of(ks.get(1)))),
                "access_grant_id");

        assertListed(Map.of("user_identity_id", user), g1, g2);
        assertListed(Map.of("space_id", id(room, "space_id")), g1);
        assertListed(Map.of("access_grant_key", key), g1);
        assertListed(Map.of("reservation_key", reservation), g1);
        assertListed(Map.of("customer_key", customer), g1);
        assertListed(Map.of("user_identity_id", user, "acs_system_id", Sim.SALTO_KS_SITE), g1);
        assertListed(Map.of("user_identity_id", user, "acs_system_id", Sim.SALTO_SPACE_SITE), g2);
        assertListed(Map.of("user_identity_id", user, "acs_entrance_id", ks.get(1)), g1);
        assertListed(Map.of("user_identity_id", user, "acs_entrance_id", space.get(0)), g2);
        assertListed(Map.of("user_identity_id", user, "acs_entrance_id", ks.get(0)));
        assertListed(Map.of("access_grant_ids", List.of(g3, g2)), g2, g3);
        assertListed(Map.of("customer_key", Sim.unique("nobody")));
    }

    private static void assertListed(Map<String, Object> filters, String... grantIds) {
        sim.ws1().body(filters).post("/access_grants/list").then().statusCode(200)
                .body("access_grants.access_grant_id", equalTo(List.of(grantIds)));
        sim.ws1().queryParams(filters).get("/access_grants/list").then().statusCode(200)
                .body("access_grants.access_grant_id", equalTo(List.of(grantIds)));
    }

    @Test
    void list_pages_with_cursors_in_query_or_body_and_refuses_a_cursor_with_other_filters() {
        String user = fx.identity(sim.ws1());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(id(fx.grantOnEntrance(user, List.of(mode("code"))), "access_grant_id"));
        JsonPath first = sim.ws1().queryParam("user_identity_id", user).queryParam("limit", 2).get("/access_grants/list")
                .then().statusCode(200).body("pagination.has_next_page", equalTo(true)).extract().jsonPath();
        String cursor = first.getString("pagination.next_page_cursor");
        JsonPath second = sim.ws1().body(Map.of("user_identity_id", user, "limit", 2, "page_cursor", cursor))
                .post("/access_grants/list").then().statusCode(200).extract().jsonPath();
        JsonPath third = sim.ws1().queryParam("user_identity_id", user).queryParam("limit", 2)
                .queryParam("page_cursor", second.getString("pagination.next_page_cursor")).get("/access_grants/list")
                .then().statusCode(200).body("pagination.has_next_page", equalTo(false))
                .body("pagination.next_page_cursor", nullValue()).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("access_grants.access_grant_id"));
        seen.addAll(second.getList("access_grants.access_grant_id"));
        seen.addAll(third.getList("access_grants.access_grant_id"));
        assertThat(seen, equalTo(ids));
        sim.ws1().queryParam("user_identity_id", fx.identity(sim.ws1())).queryParam("limit", 2)
                .queryParam("page_cursor", cursor).get("/access_grants/list")
                .then().statusCode(400).body("error.type", equalTo("mismatched_page_parameters"));
    }

    @Test
    void update_by_id_or_key_changes_name_and_window_and_answers_ok_only() {
        String key = Sim.unique("grant");
        String grantId = id(keyedGrant(key), "access_grant_id");
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> answer = sim.ws1().body(Map.of("access_grant_id", grantId, "name", "Renamed",
                        "starts_at", start.toString(), "ends_at", start.plus(2, ChronoUnit.DAYS).toString()))
                .patch("/access_grants/update").then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(answer, equalTo(Map.of("ok", true)));
        JsonPath g = fx.reload(grantId);
        assertThat(g.getString("name"), equalTo("Renamed"));
        assertThat(Instant.parse(g.getString("starts_at")), equalTo(start));
        assertThat(Instant.parse(g.getString("ends_at")), equalTo(start.plus(2, ChronoUnit.DAYS)));

        Map<String, Object> byKey = new HashMap<>();
        byKey.put("access_grant_key", key);
        byKey.put("name", "By key");
        byKey.put("ends_at", null);
        sim.ws1().body(byKey).post("/access_grants/update").then().statusCode(200);
        g = fx.reload(grantId);
        assertThat(g.getString("name"), equalTo("By key"));
        assertThat(g.getString("ends_at"), nullValue());
        assertThat(g.getString("access_grant_key"), equalTo(key));

        sim.ws1().body(Map.of("access_grant_id", grantId, "ends_at", start.minus(1, ChronoUnit.HOURS).toString(),
                        "name", "Bad window"))
                .patch("/access_grants/update").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        assertThat(fx.reload(grantId).getString("name"), equalTo("By key"));
        sim.ws1().body(Map.of("access_grant_id", "00000000-0000-4000-8000-000000000000", "name", "x"))
                .patch("/access_grants/update").then().statusCode(404).body("error.type", equalTo("access_grant_not_found"));
        sim.ws1().body(Map.of("name", "x")).patch("/access_grants/update").then().statusCode(400);
    }

    @Test
    void update_moves_the_key_and_a_taken_key_is_409_with_nothing_changed() {
        String oldKey = Sim.unique("grant");
        String grantId = id(keyedGrant(oldKey), "access_grant_id");
        String newKey = Sim.unique("moved");
        sim.ws1().body(Map.of("access_grant_id", grantId, "access_grant_key", newKey)).patch("/access_grants/update")
                .then().statusCode(200);
        sim.ws1().queryParam("access_grant_key", newKey).get("/access_grants/get").then().statusCode(200)
                .body("access_grant.access_grant_id", equalTo(grantId));
        sim.ws1().queryParam("access_grant_key", oldKey).get("/access_grants/get").then().statusCode(404);
        String otherId = id(keyedGrant(oldKey), "access_grant_id");

        sim.ws1().body(Map.of("access_grant_id", grantId, "access_grant_key", oldKey, "name", "Changed"))
                .patch("/access_grants/update").then().statusCode(409)
                .body("error.type", equalTo("duplicate_access_grant_key"))
                .body("error.data.access_grant_id", equalTo(otherId));
        JsonPath g = fx.reload(grantId);
        assertThat(g.getString("access_grant_key"), equalTo(newKey));
        assertThat(g.getString("name"), equalTo("Original"));
    }

    @Test
    void delete_removes_the_grant_its_access_methods_and_instant_key_and_frees_its_key() {
        String key = Sim.unique("grant");
        Map<String, Object> grant = fx.grant(sim.ws1(), fx.identity(sim.ws1()), Map.of("access_grant_key", key,
                "acs_entrance_ids", fx.entrances(Sim.SALTO_KS_SITE).subList(0, 2),
                "requested_access_methods", List.of(mode("code"), mode("mobile_key"))));
        String grantId = id(grant, "access_grant_id");
        String instantKey = id(grant, "instant_key_url");
        @SuppressWarnings("unchecked") List<String> methods = (List<String>) grant.get("access_method_ids");
        sim.ws1().queryParam("access_grant_id", grantId).delete("/access_grants/delete").then().statusCode(200);
        sim.ws1().queryParam("access_grant_id", grantId).get("/access_grants/get").then().statusCode(404);
        for (String method : methods) {
            sim.ws1().queryParam("access_method_id", method).get("/access_methods/get").then().statusCode(404)
                    .body("error.type", equalTo("access_method_not_found"));
        }
        sim.ws1().queryParam("access_grant_key", key).get("/access_methods/list").then().statusCode(200)
                .body("access_methods", empty());
        RestAssured.given().get(instantKey).then().statusCode(404);
        sim.ws1().body(Map.of("access_grant_id", grantId)).post("/access_grants/delete").then().statusCode(404)
                .body("error.type", equalTo("access_grant_not_found"));
        keyedGrant(key);
    }

    @Test
    void access_grant_key_is_unique_within_a_workspace_but_not_across() {
        String key = Sim.unique("grant");
        String grantId = id(keyedGrant(key), "access_grant_id");
        Map<String, Object> body = Map.of("user_identity_id", fx.identity(sim.ws1()), "access_grant_key", key,
                "acs_entrance_ids", fx.entrances(Sim.SALTO_KS_SITE).subList(1, 2),
                "requested_access_methods", List.of(mode("code")));
        sim.ws1().body(body).post("/access_grants/create").then().statusCode(409)
                .body("error.type", equalTo("duplicate_access_grant_key"))
                .body("error.data.access_grant_key", equalTo(key))
                .body("error.data.access_grant_id", equalTo(grantId));
        Map<String, Object> ws2Space = fx.space(sim.ws2(), List.of(), null);
        fx.grant(sim.ws2(), fx.identity(sim.ws2()), Map.of("access_grant_key", key,
                "space_ids", List.of(id(ws2Space, "space_id"))));
        sim.ws1().queryParam("access_grant_key", key).get("/access_grants/list").then().statusCode(200)
                .body("access_grants.access_grant_id", contains(grantId));
    }

    @Test
    void another_workspace_can_use_neither_identities_places_nor_grants_of_workspace_1() {
        String ws1User = fx.identity(sim.ws1());
        String entrance = fx.entrances(Sim.SALTO_KS_SITE).get(0);
        Map<String, Object> ws1Space = fx.space(sim.ws1(), List.of(entrance), null);
        String ws2User = fx.identity(sim.ws2());
        String ws2SpaceId = id(fx.space(sim.ws2(), List.of(), null), "space_id");
        List<Map<String, Object>> attempts = List.of(
                Map.of("user_identity_id", ws1User, "space_ids", List.of(ws2SpaceId)),
                Map.of("user_identity_id", ws2User, "space_ids", List.of(id(ws1Space, "space_id"))),
                Map.of("user_identity_id", ws2User, "space_keys", List.of(id(ws1Space, "space_key"))),
                Map.of("user_identity_id", ws2User, "acs_entrance_ids", List.of(entrance)));
        List<String> errors = List.of("user_identity_not_found", "space_not_found", "space_not_found",
                "acs_entrance_not_found");
        for (int i = 0; i < attempts.size(); i++) {
            Map<String, Object> body = new HashMap<>(attempts.get(i));
            body.put("requested_access_methods", List.of(mode("code")));
            sim.ws2().body(body).post("/access_grants/create").then().statusCode(404)
                    .body("error.type", equalTo(errors.get(i)));
        }
        sim.ws2().queryParam("user_identity_id", ws2User).get("/access_grants/list").then().statusCode(200)
                .body("access_grants", empty());

        String key = Sim.unique("grant");
        String grantId = id(keyedGrant(key), "access_grant_id");
        sim.ws2().queryParam("access_grant_id", grantId).get("/access_grants/get").then().statusCode(404);
        sim.ws2().queryParam("access_grant_key", key).get("/access_grants/get").then().statusCode(404);
        sim.ws2().queryParam("access_grant_key", key).get("/access_grants/list").then().statusCode(200)
                .body("access_grants", empty());
        sim.ws2().body(Map.of("access_grant_id", grantId, "name", "Hacked")).patch("/access_grants/update")
                .then().statusCode(404);
        sim.ws2().body(Map.of("access_grant_key", key, "name", "Hacked")).patch("/access_grants/update")
                .then().statusCode(404);
        sim.ws2().queryParam("access_grant_id", grantId).delete("/access_grants/delete").then().statusCode(404);
        assertThat(fx.reload(grantId).getString("name"), equalTo("Original"));
    }

    @Test
    void concurrent_creates_with_one_access_grant_key_let_exactly_one_win() throws Exception {
        String key = Sim.unique("race");
        String user = fx.identity(sim.ws1());
        Map<String, Object> body = Map.of("user_identity_id", user, "access_grant_key", key,
                "acs_entrance_ids", fx.entrances(Sim.SALTO_KS_SITE).subList(0, 1),
                "requested_access_methods", List.of(mode("code")));
        List<Integer> codes = Race.statusCodes(16, i -> sim.ws1().body(body).post("/access_grants/create").statusCode());
        assertThat(codes.stream().filter(c -> c == 200).count(), equalTo(1L));
        assertThat(codes.stream().filter(c -> c == 409).count(), equalTo(15L));
        sim.ws1().queryParam("user_identity_id", user).get("/access_grants/list").then().statusCode(200)
                .body("access_grants.size()", equalTo(1));
    }
}
