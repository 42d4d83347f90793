package dev.seamsim.useridentities;

import dev.seamsim.testing.Pages;
import dev.seamsim.testing.Race;
import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * /user_identities/create, get and list, unique keys, bad input, workspace isolation. Update and delete are in
 * UserIdentityUpdateTest.
 */
class UserIdentityRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    /** A user identity with a fresh key, email and phone; returns its wire form. */
    static Map<String, Object> newIdentity(RequestSpecification as, String fullName) {
        String key = Sim.unique("user");
        Map<String, Object> body = new HashMap<>(Map.of("user_identity_key", key, "email_address", key + "@example.com",
                "phone_number", uniquePhone()));
        if (fullName != null) body.put("full_name", fullName);
        return as.body(body).post("/user_identities/create").then().statusCode(200).extract().path("user_identity");
    }

    static String uniquePhone() {
        return "+1555" + String.format("%07d", (long) (Math.random() * 10_000_000L));
    }

    /** The identity as /user_identities/get shows it through {@code as}. */
    static JsonPath get(RequestSpecification as, String id) {
        return as.queryParam("user_identity_id", id).get("/user_identities/get").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void create_returns_the_identity_with_every_field_and_display_name_from_full_name() {
        String key = Sim.unique("alice");
        String phone = uniquePhone();
        sim.ws1().body(Map.of("user_identity_key", key, "email_address", key + "@example.com", "phone_number", phone,
                        "full_name", "Alice Liddell"))
                .post("/user_identities/create").then().statusCode(200)
                .body("user_identity.user_identity_id", notNullValue())
                .body("user_identity.workspace_id", equalTo(Sim.WS1))
                .body("user_identity.user_identity_key", equalTo(key))
                .body("user_identity.email_address", equalTo(key + "@example.com"))
                .body("user_identity.phone_number", equalTo(phone))
                .body("user_identity.full_name", equalTo("Alice Liddell"))
                .body("user_identity.display_name", equalTo("Alice Liddell"))
                .body("user_identity.acs_user_ids", empty());
    }

    @Test
    void display_name_falls_back_to_email_then_phone_then_key() {
        String key = Sim.unique("fallback");
        String phone = uniquePhone();
        sim.ws1().body(Map.of("email_address", key + "@example.com", "phone_number", phone, "user_identity_key", key))
                .post("/user_identities/create").then().statusCode(200)
                .body("user_identity.full_name", nullValue())
                .body("user_identity.display_name", equalTo(key + "@example.com"));
        String phone2 = uniquePhone();
        String key2 = Sim.unique("fallback");
        sim.ws1().body(Map.of("phone_number", phone2, "user_identity_key", key2)).post("/user_identities/create")
                .then().statusCode(200).body("user_identity.display_name", equalTo(phone2))
                .body("user_identity.email_address", nullValue());
        String key3 = Sim.unique("fallback");
        sim.ws1().body(Map.of("user_identity_key", key3)).post("/user_identities/create")
                .then().statusCode(200).body("user_identity.display_name", equalTo(key3));
    }

    @Test
    void get_finds_an_identity_by_id_or_by_key_in_query_or_body() {
        Map<String, Object> u = newIdentity(sim.ws1(), "Bob");
        String id = (String) u.get("user_identity_id");
        String key = (String) u.get("user_identity_key");
        assertThat(get(sim.ws1(), id).getString("user_identity.user_identity_key"), equalTo(key));
        sim.ws1().queryParam("user_identity_key", key).get("/user_identities/get")
                .then().statusCode(200).body("user_identity.user_identity_id", equalTo(id));
        sim.ws1().body(Map.of("user_identity_key", key)).post("/user_identities/get")
                .then().statusCode(200).body("user_identity.user_identity_id", equalTo(id));
        sim.ws1().body(Map.of("user_identity_id", id)).post("/user_identities/get")
                .then().statusCode(200).body("user_identity.full_name", equalTo("Bob"));
    }

    @Test
    void get_of_unknown_identity_is_404_and_without_id_or_key_is_400() {
        sim.ws1().queryParam("user_identity_id", "00000000-0000-4000-8000-000000000000").get("/user_identities/get")
                .then().statusCode(404).body("error.type", equalTo("user_identity_not_found"));
        sim.ws1().queryParam("user_identity_key", Sim.unique("nobody")).get("/user_identities/get")
                .then().statusCode(404).body("error.type", equalTo("user_identity_not_found"));
        sim.ws1().get("/user_identities/get").then().statusCode(400).body("error.type", equalTo("invalid_input"));
    }

    @Test
    void list_searches_name_email_phone_and_key_and_pages_with_cursors() {
        String tag = Sim.unique("tag");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add((String) newIdentity(sim.ws1(), "Person " + tag + " " + i).get("user_identity_id"));
        }
        sim.ws1().queryParam("search", tag.toUpperCase()).get("/user_identities/list").then().statusCode(200)
                .body("user_identities.user_identity_id", containsInAnyOrder(ids.toArray()))
                .body("pagination.has_next_page", equalTo(false));

        Map<String, Object> other = newIdentity(sim.ws1(), null);
        for (String field : List.of("user_identity_key", "email_address", "phone_number")) {
            sim.ws1().body(Map.of("search", other.get(field))).post("/user_identities/list").then().statusCode(200)
                    .body("user_identities.user_identity_id", contains(other.get("user_identity_id")));
        }

        Pages.Walk walk = Pages.walk(() -> sim.ws1().queryParam("search", tag).queryParam("limit", 2),
                "/user_identities/list", "user_identities.user_identity_id");
        assertThat(walk.pages(), hasSize(3));
        assertThat(walk.ids(), contains(ids.toArray()));
    }

    @Test
    void key_email_and_phone_are_each_unique_within_a_workspace_but_not_across() {
        Map<String, Object> u = newIdentity(sim.ws1(), "Eve");
        for (String field : List.of("user_identity_key", "email_address", "phone_number")) {
            sim.ws1().body(Map.of(field, u.get(field))).post("/user_identities/create").then().statusCode(409)
                    .body("error.type", equalTo("duplicate_" + field))
                    .body("error.data." + field, equalTo(u.get(field)))
                    .body("error.data.user_identity_id", equalTo(u.get("user_identity_id")));
        }
        Map<String, Object> same = new HashMap<>(u);
        same.keySet().retainAll(List.of("user_identity_key", "email_address", "phone_number", "full_name"));
        sim.ws2().body(same).post("/user_identities/create").then().statusCode(200)
                .body("user_identity.workspace_id", equalTo(Sim.WS2));
    }

    @Test
    void invalid_email_phone_key_and_types_are_400_invalid_input() {
        Map<String, Object> bad = Map.of(
                "email_address", "not-an-email", "phone_number", "555-0100", "user_identity_key", "", "full_name", "");
        sim.ws1().body(bad).post("/user_identities/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors", hasKey("email_address"))
                .body("error.validation_errors", hasKey("phone_number"))
                .body("error.validation_errors", hasKey("user_identity_key"))
                .body("error.validation_errors", hasKey("full_name"));
        sim.ws1().body(Map.of("user_identity_key", 42, "email_address", List.of("a@b.co")))
                .post("/user_identities/create").then().statusCode(400)
                .body("error.validation_errors.user_identity_key._errors", hasItem("Expected string, received number"))
                .body("error.validation_errors.email_address._errors", hasItem("Expected string, received array"));
        sim.ws1().body(Map.of("phone_number", "+15555550100x")).post("/user_identities/create").then().statusCode(400);
        Map<String, Object> u = newIdentity(sim.ws1(), "Frank");
        sim.ws1().body(Map.of("user_identity_id", u.get("user_identity_id"), "phone_number", "12345"))
                .patch("/user_identities/update").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.ws1().body(Map.of("user_identity_id", "not-a-uuid")).patch("/user_identities/update").then().statusCode(400);
        assertThat(get(sim.ws1(), (String) u.get("user_identity_id")).getString("user_identity.phone_number"),
                equalTo(u.get("phone_number")));
    }

    @Test
    void another_workspace_cannot_see_change_or_delete_an_identity() {
        Map<String, Object> u = newIdentity(sim.ws1(), "Grace");
        String id = (String) u.get("user_identity_id");
        sim.ws2().queryParam("user_identity_id", id).get("/user_identities/get").then().statusCode(404);
        sim.ws2().queryParam("user_identity_key", u.get("user_identity_key")).get("/user_identities/get")
                .then().statusCode(404);
        sim.ws2().queryParam("search", u.get("user_identity_key")).get("/user_identities/list")
                .then().statusCode(200).body("user_identities", empty());
        sim.ws2().body(Map.of("user_identity_id", id, "full_name", "Hacked")).patch("/user_identities/update")
                .then().statusCode(404);
        sim.ws2().queryParam("user_identity_id", id).delete("/user_identities/delete").then().statusCode(404);
        assertThat(get(sim.ws1(), id).getString("user_identity.full_name"), equalTo("Grace"));
    }

    @Test
    void concurrent_creates_with_one_key_let_exactly_one_win() throws Exception {
        String key = Sim.unique("race");
        List<Integer> codes = Race.statusCodes(16,
                i -> sim.ws1().body(Map.of("user_identity_key", key)).post("/user_identities/create").statusCode());
        assertThat(codes.stream().filter(c -> c == 200).count(), equalTo(1L));
        assertThat(codes.stream().filter(c -> c == 409).count(), equalTo(15L));
        sim.ws1().queryParam("search", key).get("/user_identities/list").then().statusCode(200)
                .body("user_identities.size()", equalTo(1));
    }
}
