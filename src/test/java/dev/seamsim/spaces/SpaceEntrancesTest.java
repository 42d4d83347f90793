package dev.seamsim.spaces;

import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.seamsim.spaces.SpaceRoutesTest.create;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The space ↔ entrance link: add_acs_entrances (PUT, JSON body), remove_acs_entrances (DELETE, query string, as the
 * SDK sends them), acs_entrance_ids on create/update, and delete; both sides must agree after every call.
 */
class SpaceEntrancesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    /** Entrances of the seeded Salto KS site of workspace 1. */
    static String e0;
    static String e1;
    static String e2;

    @BeforeAll
    static void seededEntrances() {
        List<String> ids = sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances.acs_entrance_id");
        assertThat(ids, hasSize(greaterThanOrEqualTo(3)));
        e0 = ids.get(0);
        e1 = ids.get(1);
        e2 = ids.get(2);
    }

    private static int count(String spaceId) {
        return sim.ws1().queryParam("space_id", spaceId).get("/spaces/get")
                .then().statusCode(200).extract().path("space.acs_entrance_count");
    }

    private static List<String> spaceIdsOf(String entranceId) {
        return sim.ws1().queryParam("acs_entrance_id", entranceId).get("/acs/entrances/get")
                .then().statusCode(200).extract().path("acs_entrance.space_ids");
    }

    private static List<String> entrancesIn(String spaceId) {
        return sim.ws1().queryParam("space_id", spaceId).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances.acs_entrance_id");
    }

    @Test
    void create_with_entrances_links_both_sides() {
        String s = sim.ws1().body(Map.of("name", "Lobby area", "acs_entrance_ids", List.of(e0, e1)))
                .post("/spaces/create").then().statusCode(200)
                .body("space.acs_entrance_count", equalTo(2)).extract().path("space.space_id");

        assertThat(spaceIdsOf(e0), hasItem(s));
        assertThat(spaceIdsOf(e1), hasItem(s));
        assertThat(spaceIdsOf(e2), not(hasItem(s)));
        assertThat(entrancesIn(s), containsInAnyOrder(e0, e1));
    }

    @Test
    void put_adds_and_delete_with_query_params_removes_keeping_both_sides_consistent() {
        String s = create(sim.ws1(), Map.of("name", "Floor 1"));

        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of(e0, e1))).put("/spaces/add_acs_entrances")
                .then().statusCode(200).body("ok", equalTo(true));
        assertThat(count(s), equalTo(2));
        assertThat(spaceIdsOf(e0), hasItem(s));
        assertThat(spaceIdsOf(e1), hasItem(s));

        // adding an entrance already there again does not count it twice
        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of(e1, e2))).put("/spaces/add_acs_entrances")
                .then().statusCode(200);
        assertThat(count(s), equalTo(3));
        assertThat(entrancesIn(s), containsInAnyOrder(e0, e1, e2));
        assertThat(spaceIdsOf(e1).stream().filter(s::equals).count(), equalTo(1L));

        sim.ws1().queryParam("space_id", s).queryParam("acs_entrance_ids", e0, e2).queryParam("_strict", "true")
                .delete("/spaces/remove_acs_entrances").then().statusCode(200).body("ok", equalTo(true));
        assertThat(count(s), equalTo(1));
        assertThat(spaceIdsOf(e0), not(hasItem(s)));
        assertThat(spaceIdsOf(e1), hasItem(s));
        assertThat(spaceIdsOf(e2), not(hasItem(s)));

        // one id in the query string is a one-element list
        sim.ws1().queryParam("space_id", s).queryParam("acs_entrance_ids", e1).delete("/spaces/remove_acs_entrances")
                .then().statusCode(200);
        assertThat(count(s), equalTo(0));
        assertThat(spaceIdsOf(e1), not(hasItem(s)));
        assertThat(entrancesIn(s), empty());
    }

    @Test
    void add_and_remove_also_accept_post_with_a_json_body() {
        String s = create(sim.ws1(), Map.of("name", "Posted"));
        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of(e2))).post("/spaces/add_acs_entrances")
                .then().statusCode(200);
        assertThat(count(s), equalTo(1));
        assertThat(spaceIdsOf(e2), hasItem(s));
        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of(e2))).post("/spaces/remove_acs_entrances")
                .then().statusCode(200);
        assertThat(count(s), equalTo(0));
        assertThat(spaceIdsOf(e2), not(hasItem(s)));
    }

    @Test
    void an_entrance_may_be_in_several_spaces_and_leaving_one_keeps_the_other() {
        String a = create(sim.ws1(), Map.of("name", "Wing A", "acs_entrance_ids", List.of(e0)));
        String b = create(sim.ws1(), Map.of("name", "Wing B", "acs_entrance_ids", List.of(e0)));
        assertThat(spaceIdsOf(e0), hasItems(a, b));

        sim.ws1().queryParam("space_id", a).queryParam("acs_entrance_ids", e0).delete("/spaces/remove_acs_entrances")
                .then().statusCode(200);
        assertThat(spaceIdsOf(e0), not(hasItem(a)));
        assertThat(spaceIdsOf(e0), hasItem(b));
        assertThat(count(b), equalTo(1));
    }

    @Test
    void an_unknown_entrance_is_404_and_changes_nothing() {
        String s = create(sim.ws1(), Map.of("name", "Careful", "acs_entrance_ids", List.of(e0)));
        String ghost = UUID.randomUUID().toString();

        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of(e1, ghost))).put("/spaces/add_acs_entrances")
                .then().statusCode(404).body("error.type", equalTo("acs_entrance_not_found"));
        assertThat(count(s), equalTo(1));
        assertThat(spaceIdsOf(e1), not(hasItem(s)));

        sim.ws1().queryParam("space_id", s).queryParam("acs_entrance_ids", e0, ghost)
                .delete("/spaces/remove_acs_entrances").then().statusCode(404)
                .body("error.type", equalTo("acs_entrance_not_found"));
        assertThat(count(s), equalTo(1));
        assertThat(spaceIdsOf(e0), hasItem(s));

        sim.ws1().body(Map.of("name", "Never", "acs_entrance_ids", List.of(ghost))).post("/spaces/create")
                .then().statusCode(404).body("error.type", equalTo("acs_entrance_not_found"));
        sim.ws1().body(Map.of("space_id", s, "name", "Renamed", "acs_entrance_ids", List.of(e1, ghost)))
                .patch("/spaces/update").then().statusCode(404).body("error.type", equalTo("acs_entrance_not_found"));
        sim.ws1().queryParam("space_id", s).get("/spaces/get").then().statusCode(200)
                .body("space.name", equalTo("Careful")).body("space.acs_entrance_count", equalTo(1));
        assertThat(spaceIdsOf(e1), not(hasItem(s)));
    }

    @Test
    void an_unknown_space_is_404_space_not_found() {
        String ghost = UUID.randomUUID().toString();
        sim.ws1().body(Map.of("space_id", ghost, "acs_entrance_ids", List.of(e0))).put("/spaces/add_acs_entrances")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        sim.ws1().queryParam("space_id", ghost).queryParam("acs_entrance_ids", e0).delete("/spaces/remove_acs_entrances")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        assertThat(spaceIdsOf(e0), not(hasItem(ghost)));
    }

    @Test
    void an_empty_missing_or_malformed_entrance_list_is_400_invalid_input() {
        String s = create(sim.ws1(), Map.of("name", "Strict", "acs_entrance_ids", List.of(e0)));

        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of())).put("/spaces/add_acs_entrances")
                .then().statusCode(400).body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.acs_entrance_ids._errors", not(empty()));
        sim.ws1().body(Map.of("space_id", s)).put("/spaces/add_acs_entrances")
                .then().statusCode(400).body("error.validation_errors.acs_entrance_ids._errors", hasItem("Required"));
        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of("nope"))).put("/spaces/add_acs_entrances")
                .then().statusCode(400).body("error.validation_errors.acs_entrance_ids.'0'._errors", hasItem("Invalid uuid"));
        sim.ws1().body(Map.of("acs_entrance_ids", List.of(e1))).put("/spaces/add_acs_entrances")
                .then().statusCode(400).body("error.validation_errors.space_id._errors", hasItem("Required"));
        // the SDK sends an empty array in a query string as "name="
        sim.ws1().queryParam("space_id", s).queryParam("acs_entrance_ids", "").delete("/spaces/remove_acs_entrances")
                .then().statusCode(400).body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.acs_entrance_ids._errors", not(empty()));
        sim.ws1().queryParam("space_id", s).queryParam("acs_entrance_ids", "nope").delete("/spaces/remove_acs_entrances")
                .then().statusCode(400).body("error.validation_errors.acs_entrance_ids.'0'._errors", hasItem("Invalid uuid"));

        assertThat(count(s), equalTo(1));
        assertThat(spaceIdsOf(e0), hasItem(s));
    }

    @Test
    void update_with_acs_entrance_ids_replaces_the_space_entrances() {
        String s = create(sim.ws1(), Map.of("name", "Swap", "acs_entrance_ids", List.of(e0, e1)));

        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of(e2))).patch("/spaces/update")
                .then().statusCode(200).body("space.acs_entrance_count", equalTo(1));
        assertThat(spaceIdsOf(e0), not(hasItem(s)));
        assertThat(spaceIdsOf(e1), not(hasItem(s)));
        assertThat(spaceIdsOf(e2), hasItem(s));
        assertThat(entrancesIn(s), containsInAnyOrder(e2));

        sim.ws1().body(Map.of("space_id", s, "acs_entrance_ids", List.of())).patch("/spaces/update")
                .then().statusCode(200).body("space.acs_entrance_count", equalTo(0));
        assertThat(spaceIdsOf(e2), not(hasItem(s)));
        assertThat(entrancesIn(s), empty());
    }

    @Test
    void deleting_a_space_takes_it_off_its_entrances() {
        String s = create(sim.ws1(), Map.of("name", "Gone soon", "acs_entrance_ids", List.of(e0, e2)));
        assertThat(spaceIdsOf(e0), hasItem(s));

        sim.ws1().queryParam("space_id", s).delete("/spaces/delete").then().statusCode(200);
        assertThat(spaceIdsOf(e0), not(hasItem(s)));
        assertThat(spaceIdsOf(e2), not(hasItem(s)));
    }

    @Test
    void another_workspace_cannot_link_entrances_to_a_space_it_does_not_own() {
        String s = create(sim.ws1(), Map.of("name", "Ws1 space", "acs_entrance_ids", List.of(e0)));

        sim.ws2().body(Map.of("space_id", s, "acs_entrance_ids", List.of(e1))).put("/spaces/add_acs_entrances")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        sim.ws2().queryParam("space_id", s).queryParam("acs_entrance_ids", e0).delete("/spaces/remove_acs_entrances")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        assertThat(count(s), equalTo(1));
        assertThat(spaceIdsOf(e0), hasItem(s));
        assertThat(spaceIdsOf(e1), not(hasItem(s)));
    }

    @Test
    void another_workspace_cannot_add_entrances_it_does_not_own_to_its_own_space() {
        String own = create(sim.ws2(), Map.of("name", "Ws2 space"));

        sim.ws2().body(Map.of("space_id", own, "acs_entrance_ids", List.of(e0))).put("/spaces/add_acs_entrances")
                .then().statusCode(404).body("error.type", equalTo("acs_entrance_not_found"));
        sim.ws2().body(Map.of("space_id", own, "acs_entrance_ids", List.of(e0))).patch("/spaces/update")
                .then().statusCode(404).body("error.type", equalTo("acs_entrance_not_found"));
        sim.ws2().body(Map.of("name", "Ws2 other", "acs_entrance_ids", List.of(e0))).post("/spaces/create")
                .then().statusCode(404).body("error.type", equalTo("acs_entrance_not_found"));
        sim.ws2().queryParam("acs_entrance_id", e0).get("/acs/entrances/get")
                .then().statusCode(404).body("error.type", equalTo("acs_entrance_not_found"));

        sim.ws2().queryParam("space_id", own).get("/spaces/get").then().statusCode(200)
                .body("space.acs_entrance_count", equalTo(0));
        assertThat(spaceIdsOf(e0), not(hasItem(own)));
        sim.ws2().queryParam("search", "Ws2 other").get("/spaces/list").then().statusCode(200).body("spaces", empty());
    }
}
