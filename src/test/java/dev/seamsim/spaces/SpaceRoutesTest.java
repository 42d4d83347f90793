package dev.seamsim.spaces;

import dev.seamsim.testing.Pages;
import dev.seamsim.testing.Race;
import dev.seamsim.testing.Sim;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /spaces/create, /spaces/get and /spaces/list; update and delete are in SpaceUpdateTest, entrances in SpaceEntrancesTest. */
class SpaceRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    static String create(RequestSpecification spec, Map<String, ?> body) {
        return spec.body(body).post("/spaces/create").then().statusCode(200).extract().path("space.space_id");
    }

    @Test
    void create_returns_the_space_and_get_finds_it_by_id_and_by_key_in_query_and_body() {
        String key = Sim.unique("unit");
        String customer = Sim.unique("cust");
        String id = sim.ws1().body(Map.of("name", "Unit 4B", "space_key", key, "customer_key", customer,
                        "customer_data", Map.of("address", "1 Main St", "time_zone", "Europe/Madrid")))
                .post("/spaces/create").then().statusCode(200)
                .body("space.space_id", notNullValue())
                .body("space.workspace_id", equalTo(Sim.WS1))
                .body("space.name", equalTo("Unit 4B"))
                .body("space.display_name", equalTo("Unit 4B"))
                .body("space.space_key", equalTo(key))
                .body("space.customer_key", equalTo(customer))
                .body("space.customer_data.address", equalTo("1 Main St"))
                .body("space.customer_data.time_zone", equalTo("Europe/Madrid"))
                .body("space.acs_entrance_count", equalTo(0))
                .body("space.device_count", equalTo(0))
                .body("space.created_at", notNullValue())
                .extract().path("space.space_id");

        sim.ws1().queryParam("space_id", id).get("/spaces/get").then().statusCode(200)
                .body("space.space_key", equalTo(key)).body("space.name", equalTo("Unit 4B"));
        sim.ws1().queryParam("space_key", key).queryParam("_strict", "true").get("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(id));
        sim.ws1().body(Map.of("space_key", key)).post("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(id));
        sim.ws1().body(Map.of("space_id", id)).post("/spaces/get").then().statusCode(200)
                .body("space.customer_key", equalTo(customer));
    }

    @Test
    void get_with_space_id_and_space_key_that_name_different_spaces_is_404() {
        String keyA = Sim.unique("a");
        String keyB = Sim.unique("b");
        String a = create(sim.ws1(), Map.of("name", "A", "space_key", keyA));
        create(sim.ws1(), Map.of("name", "B", "space_key", keyB));

        sim.ws1().queryParam("space_id", a).queryParam("space_key", keyB).get("/spaces/get")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        sim.ws1().body(Map.of("space_id", a, "space_key", keyB)).post("/spaces/get")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        sim.ws1().body(Map.of("space_id", a, "space_key", keyA)).post("/spaces/get")
                .then().statusCode(200).body("space.space_id", equalTo(a));
    }

    @Test
    void get_of_an_unknown_space_is_404_space_not_found() {
        sim.ws1().queryParam("space_id", UUID.randomUUID().toString()).get("/spaces/get")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        sim.ws1().queryParam("space_key", Sim.unique("nobody")).get("/spaces/get")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
    }

    @Test
    void get_without_id_or_key_or_with_a_bad_uuid_is_400_invalid_input() {
        sim.ws1().get("/spaces/get").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.space_id._errors", hasItem("Required"));
        sim.ws1().queryParam("space_id", "not-a-uuid").get("/spaces/get").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.space_id._errors", hasItem("Invalid uuid"));
    }

    @Test
    void create_with_invalid_input_is_400_naming_each_field_and_creates_nothing() {
        String name = Sim.unique("never-created");
        sim.ws1().body(Map.of("space_key", name)).post("/spaces/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.name._errors", hasItem("Required"));
        sim.ws1().body(Map.of("name", 5, "space_key", name)).post("/spaces/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.name._errors", hasItem("Expected string, received number"));
        sim.ws1().body(Map.of("name", name, "space_key", List.of("k"))).post("/spaces/create").then().statusCode(400)
                .body("error.validation_errors.space_key._errors", hasItem("Expected string, received array"));
        sim.ws1().body(Map.of("name", name, "acs_entrance_ids", List.of("nope"))).post("/spaces/create")
                .then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.acs_entrance_ids.'0'._errors", hasItem("Invalid uuid"));
        sim.ws1().body(Map.of("name", name, "acs_entrance_ids", "not-an-array")).post("/spaces/create")
                .then().statusCode(400)
                .body("error.validation_errors.acs_entrance_ids._errors", hasItem("Expected array, received string"));
        sim.ws1().body(Map.of("name", name, "customer_data", Map.of("default_checkin_time", "25:00")))
                .post("/spaces/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.customer_data.default_checkin_time._errors", not(empty()));

        sim.ws1().queryParam("search", name).get("/spaces/list").then().statusCode(200).body("spaces", empty());
    }

    @Test
    void create_with_a_space_key_already_in_use_is_409_duplicate_space_key() {
        String key = Sim.unique("dup");
        String first = create(sim.ws1(), Map.of("name", "First", "space_key", key));

        sim.ws1().body(Map.of("name", "Second", "space_key", key)).post("/spaces/create").then().statusCode(409)
                .body("error.type", equalTo("duplicate_space_key"))
                .body("error.data.space_key", equalTo(key))
                .body("error.data.space_id", equalTo(first));

        sim.ws1().queryParam("space_key", key).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", contains(first)).body("spaces.name", contains("First"));
    }

    @Test
    void the_same_space_key_may_be_used_in_two_workspaces() {
        String key = Sim.unique("shared");
        String inWs1 = create(sim.ws1(), Map.of("name", "One", "space_key", key));
        String inWs2 = create(sim.ws2(), Map.of("name", "Two", "space_key", key));

        sim.ws1().queryParam("space_key", key).get("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(inWs1)).body("space.workspace_id", equalTo(Sim.WS1));
        sim.ws2().queryParam("space_key", key).get("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(inWs2)).body("space.workspace_id", equalTo(Sim.WS2));
    }

    @Test
    void another_workspace_cannot_see_a_space() {
        String key = Sim.unique("private");
        String id = create(sim.ws1(), Map.of("name", "Private", "space_key", key));

        sim.ws2().queryParam("space_id", id).get("/spaces/get").then().statusCode(404)
                .body("error.type", equalTo("space_not_found"));
        sim.ws2().queryParam("space_key", key).get("/spaces/get").then().statusCode(404)
                .body("error.type", equalTo("space_not_found"));
        sim.ws2().queryParam("search", key).get("/spaces/list").then().statusCode(200).body("spaces", empty());
        sim.ws2().get("/spaces/list").then().statusCode(200).body("spaces.space_id", not(hasItem(id)));
    }

    @Test
    void list_filters_by_space_key_customer_key_and_partial_search() {
        String tag = Sim.unique("flt").toLowerCase();
        String alpha = create(sim.ws1(), Map.of("name", "Alpha " + tag, "space_key", "k1-" + tag,
                "customer_key", "c1-" + tag));
        String beta = create(sim.ws1(), Map.of("name", "Beta", "space_key", "k2-" + tag, "customer_key", "c1-" + tag));
        String gamma = create(sim.ws1(), Map.of("name", "Gamma", "space_key", "k3-x", "customer_key", "c2-" + tag));
        String delta = create(sim.ws1(), Map.of("name", "Delta"));

        sim.ws1().queryParam("space_key", "k2-" + tag).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", contains(beta));
        sim.ws1().queryParam("customer_key", "c1-" + tag).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", contains(alpha, beta));
        sim.ws1().body(Map.of("customer_key", "c2-" + tag)).post("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", contains(gamma));
        // search matches part of the name, of the space_key or of the customer_key
        sim.ws1().queryParam("search", tag).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", containsInAnyOrder(alpha, beta, gamma));
        sim.ws1().queryParam("search", "pha " + tag.substring(0, 6)).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", contains(alpha));
        sim.ws1().body(Map.of("search", "k2-" + tag.substring(0, 7))).post("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", contains(beta));
        sim.ws1().queryParam("search", "c2-" + tag).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", contains(gamma));
        sim.ws1().queryParam("search", tag).queryParam("customer_key", "c1-" + tag).get("/spaces/list")
                .then().statusCode(200).body("spaces.space_id", contains(alpha, beta));
        sim.ws1().get("/spaces/list").then().statusCode(200).body("spaces.space_id", hasItem(delta));
    }

    @Test
    void list_pages_through_all_matches_with_limit_and_page_cursor() {
        String customer = Sim.unique("paged");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) created.add(create(sim.ws1(), Map.of("name", "P" + i, "customer_key", customer)));

        Pages.Walk walk = Pages.walk(() -> sim.ws1().queryParam("customer_key", customer).queryParam("limit", 3),
                "/spaces/list", "spaces.space_id");
        assertThat(walk.sizes(), contains(3, 3, 1));
        assertThat(walk.ids(), equalTo(created));
        assertEquals(created.size(), new HashSet<>(walk.ids()).size());

        // The same walk with POST bodies, and a cursor reused with other filters is refused.
        String next = sim.ws1().body(Map.of("customer_key", customer, "limit", 5)).post("/spaces/list")
                .then().statusCode(200).body("spaces.space_id", equalTo(created.subList(0, 5)))
                .body("pagination.has_next_page", equalTo(true)).extract().path("pagination.next_page_cursor");
        sim.ws1().body(Map.of("customer_key", customer, "limit", 5, "page_cursor", next)).post("/spaces/list")
                .then().statusCode(200).body("spaces.space_id", equalTo(created.subList(5, 7)))
                .body("pagination.has_next_page", equalTo(false))
                .body("pagination.next_page_cursor", nullValue());
        sim.ws1().body(Map.of("customer_key", Sim.unique("other"), "limit", 5, "page_cursor", next))
                .post("/spaces/list").then().statusCode(400).body("error.type", equalTo("mismatched_page_parameters"));
    }

    @Test
    void list_next_page_url_leads_to_the_next_page() {
        String customer = Sim.unique("url");
        String first = create(sim.ws1(), Map.of("name", "U1", "customer_key", customer));
        String second = create(sim.ws1(), Map.of("name", "U2", "customer_key", customer));

        String url = sim.ws1().queryParam("customer_key", customer).queryParam("limit", 1).get("/spaces/list")
                .then().statusCode(200).body("spaces.space_id", contains(first))
                .extract().path("pagination.next_page_url");
        sim.ws1().urlEncodingEnabled(false).get(url).then().statusCode(200).body("spaces.space_id", contains(second));
    }

    @Test
    void list_with_limit_zero_is_an_empty_page_and_a_bad_limit_or_cursor_is_400() {
        String customer = Sim.unique("zero");
        String only = create(sim.ws1(), Map.of("name", "Z", "customer_key", customer));

        String cursor = sim.ws1().queryParam("customer_key", customer).queryParam("limit", 0).get("/spaces/list")
                .then().statusCode(200).body("spaces", empty()).body("pagination.has_next_page", equalTo(true))
                .extract().path("pagination.next_page_cursor");
        sim.ws1().queryParam("customer_key", customer).queryParam("page_cursor", cursor).get("/spaces/list")
                .then().statusCode(200).body("spaces.space_id", contains(only));
        sim.ws1().queryParam("limit", -1).get("/spaces/list").then().statusCode(400)
                .body("error.validation_errors.limit._errors", not(empty()));
        sim.ws1().queryParam("limit", "many").get("/spaces/list").then().statusCode(400)
                .body("error.validation_errors.limit._errors", hasItem("Expected number, received string"));
        sim.ws1().queryParam("page_cursor", "garbage").get("/spaces/list").then().statusCode(400)
                .body("error.validation_errors.page_cursor._errors", not(empty()));
    }

    @Test
    void concurrent_creates_with_one_space_key_let_exactly_one_win() throws Exception {
        String key = Sim.unique("race");
        int threads = 16;
        List<Integer> statuses = Race.statusCodes(threads, i -> sim.ws1()
                .body(Map.of("name", "Racer " + i, "space_key", key)).post("/spaces/create").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses: " + statuses);
        assertEquals(threads - 1, statuses.stream().filter(s -> s == 409).count(), "statuses: " + statuses);
        sim.ws1().queryParam("space_key", key).get("/spaces/list").then().statusCode(200).body("spaces", hasSize(1));
    }
}
