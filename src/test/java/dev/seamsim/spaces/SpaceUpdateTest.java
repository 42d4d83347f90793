package dev.seamsim.spaces;

import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.seamsim.spaces.SpaceRoutesTest.create;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** /spaces/update and /spaces/delete. */
class SpaceUpdateTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void update_by_space_id_renames_the_space() {
        String key = Sim.unique("ren");
        String id = create(sim.ws1(), Map.of("name", "Old", "space_key", key));

        sim.ws1().body(Map.of("space_id", id, "name", "New")).patch("/spaces/update").then().statusCode(200)
                .body("space.space_id", equalTo(id))
                .body("space.name", equalTo("New"))
                .body("space.display_name", equalTo("New"))
                .body("space.space_key", equalTo(key));
        sim.ws1().queryParam("space_id", id).get("/spaces/get").then().statusCode(200)
                .body("space.name", equalTo("New")).body("space.space_key", equalTo(key));
    }

    @Test
    void update_by_space_key_alone_identifies_the_space() {
        String key = Sim.unique("bykey");
        String id = create(sim.ws1(), Map.of("name", "Before", "space_key", key));

        sim.ws1().body(Map.of("space_key", key, "name", "After")).patch("/spaces/update").then().statusCode(200)
                .body("space.space_id", equalTo(id)).body("space.name", equalTo("After"))
                .body("space.space_key", equalTo(key));
        sim.ws1().body(Map.of("space_key", key, "name", "Again")).post("/spaces/update").then().statusCode(200)
                .body("space.name", equalTo("Again"));
        sim.ws1().queryParam("space_key", key).get("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(id)).body("space.name", equalTo("Again"));
    }

    @Test
    void update_merges_customer_data_changing_only_sent_keys_and_clearing_nulls() {
        String id = create(sim.ws1(), Map.of("name", "Stay", "customer_data",
                Map.of("address", "1 Main St", "time_zone", "Europe/Madrid", "default_checkout_time", "11:00")));

        Map<String, Object> data = new HashMap<>();
        data.put("default_checkin_time", "15:00");
        data.put("time_zone", null);
        sim.ws1().body(Map.of("space_id", id, "customer_data", data)).patch("/spaces/update").then().statusCode(200)
                .body("space.customer_data.address", equalTo("1 Main St"))
                .body("space.customer_data.default_checkout_time", equalTo("11:00"))
                .body("space.customer_data.default_checkin_time", equalTo("15:00"))
                .body("space.customer_data.time_zone", nullValue())
                .body("space.name", equalTo("Stay"));
        sim.ws1().body(Map.of("space_id", id, "name", "Stay 2")).patch("/spaces/update").then().statusCode(200)
                .body("space.customer_data.address", equalTo("1 Main St"))
                .body("space.customer_data.default_checkin_time", equalTo("15:00"));
        sim.ws1().queryParam("space_id", id).get("/spaces/get").then().statusCode(200)
                .body("space.customer_data.address", equalTo("1 Main St"))
                .body("space.customer_data.default_checkout_time", equalTo("11:00"))
                .body("space.customer_data.default_checkin_time", equalTo("15:00"))
                .body("space.customer_data.time_zone", nullValue());
    }

    @Test
    void update_by_space_id_with_a_new_space_key_moves_the_key() {
        String oldKey = Sim.unique("old");
        String newKey = Sim.unique("new");
        String id = create(sim.ws1(), Map.of("name", "Mover", "space_key", oldKey));

        sim.ws1().body(Map.of("space_id", id, "space_key", newKey)).patch("/spaces/update").then().statusCode(200)
                .body("space.space_id", equalTo(id)).body("space.space_key", equalTo(newKey));
        sim.ws1().queryParam("space_key", newKey).get("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(id));
        sim.ws1().queryParam("space_key", oldKey).get("/spaces/get").then().statusCode(404)
                .body("error.type", equalTo("space_not_found"));
        String other = create(sim.ws1(), Map.of("name", "Takes the old key", "space_key", oldKey));
        sim.ws1().queryParam("space_key", oldKey).get("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(other));
    }

    @Test
    void update_to_a_space_key_another_space_holds_is_409_and_changes_nothing() {
        String keyA = Sim.unique("ka");
        String keyB = Sim.unique("kb");
        String a = create(sim.ws1(), Map.of("name", "A", "space_key", keyA, "customer_data", Map.of("address", "A st")));
        String b = create(sim.ws1(), Map.of("name", "B", "space_key", keyB));

        sim.ws1().body(Map.of("space_id", a, "space_key", keyB, "name", "A renamed",
                        "customer_data", Map.of("address", "elsewhere")))
                .patch("/spaces/update").then().statusCode(409)
                .body("error.type", equalTo("duplicate_space_key"))
                .body("error.data.space_key", equalTo(keyB))
                .body("error.data.space_id", equalTo(b));

        sim.ws1().queryParam("space_id", a).get("/spaces/get").then().statusCode(200)
                .body("space.name", equalTo("A")).body("space.space_key", equalTo(keyA))
                .body("space.customer_data.address", equalTo("A st"));
        sim.ws1().queryParam("space_key", keyB).get("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(b)).body("space.name", equalTo("B"));
    }

    @Test
    void update_of_an_unknown_space_is_404_and_bad_input_is_400() {
        sim.ws1().body(Map.of("space_id", UUID.randomUUID().toString(), "name", "x")).patch("/spaces/update")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        sim.ws1().body(Map.of("space_key", Sim.unique("ghost"), "name", "x")).patch("/spaces/update")
                .then().statusCode(404).body("error.type", equalTo("space_not_found"));
        sim.ws1().body(Map.of("name", "x")).patch("/spaces/update").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.space_id._errors", hasItem("Required"));
        sim.ws1().body(Map.of("space_id", "nope", "name", "x")).patch("/spaces/update").then().statusCode(400)
                .body("error.validation_errors.space_id._errors", hasItem("Invalid uuid"));

        String id = create(sim.ws1(), Map.of("name", "Typed"));
        sim.ws1().body(Map.of("space_id", id, "name", 42)).patch("/spaces/update").then().statusCode(400)
                .body("error.validation_errors.name._errors", hasItem("Expected string, received number"));
        sim.ws1().body(Map.of("space_id", id, "acs_entrance_ids", List.of("nope"))).patch("/spaces/update")
                .then().statusCode(400).body("error.validation_errors.acs_entrance_ids.'0'._errors", hasItem("Invalid uuid"));
        sim.ws1().body(Map.of("space_id", id, "customer_data", Map.of("default_checkout_time", "noon")))
                .patch("/spaces/update").then().statusCode(400)
                .body("error.validation_errors.customer_data.default_checkout_time._errors", hasItem("Invalid"));
        sim.ws1().queryParam("space_id", id).get("/spaces/get").then().statusCode(200)
                .body("space.name", equalTo("Typed")).body("space.customer_data", nullValue());
    }

    @Test
    void delete_with_query_params_removes_the_space_and_frees_its_key() {
        String key = Sim.unique("del");
        String id = create(sim.ws1(), Map.of("name", "Doomed", "space_key", key));

        sim.ws1().queryParam("space_id", id).delete("/spaces/delete").then().statusCode(200).body("ok", equalTo(true));
        sim.ws1().queryParam("space_id", id).get("/spaces/get").then().statusCode(404)
                .body("error.type", equalTo("space_not_found"));
        sim.ws1().queryParam("space_key", key).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", empty());
        String reborn = create(sim.ws1(), Map.of("name", "Reborn", "space_key", key));
        sim.ws1().queryParam("space_key", key).get("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(reborn));

        sim.ws1().queryParam("space_id", id).delete("/spaces/delete").then().statusCode(404)
                .body("error.type", equalTo("space_not_found"));
    }

    @Test
    void delete_with_a_post_body_works_too_and_bad_input_is_400() {
        String id = create(sim.ws1(), Map.of("name", "Posted"));
        sim.ws1().body(Map.of("space_id", id)).post("/spaces/delete").then().statusCode(200);
        sim.ws1().body(Map.of("space_id", id)).post("/spaces/get").then().statusCode(404);

        sim.ws1().delete("/spaces/delete").then().statusCode(400)
                .body("error.validation_errors.space_id._errors", hasItem("Required"));
        sim.ws1().queryParam("space_id", "nope").delete("/spaces/delete").then().statusCode(400)
                .body("error.validation_errors.space_id._errors", hasItem("Invalid uuid"));
    }

    @Test
    void another_workspace_can_neither_update_nor_delete_a_space() {
        String key = Sim.unique("mine");
        String id = create(sim.ws1(), Map.of("name", "Mine", "space_key", key));

        sim.ws2().body(Map.of("space_id", id, "name", "Stolen")).patch("/spaces/update").then().statusCode(404)
                .body("error.type", equalTo("space_not_found"));
        sim.ws2().body(Map.of("space_key", key, "name", "Stolen")).patch("/spaces/update").then().statusCode(404)
                .body("error.type", equalTo("space_not_found"));
        sim.ws2().queryParam("space_id", id).delete("/spaces/delete").then().statusCode(404)
                .body("error.type", equalTo("space_not_found"));

        sim.ws1().queryParam("space_id", id).get("/spaces/get").then().statusCode(200)
                .body("space.name", equalTo("Mine")).body("space.space_key", equalTo(key));
        sim.ws2().queryParam("space_key", key).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", empty());
        sim.ws1().queryParam("space_key", key).get("/spaces/list").then().statusCode(200)
                .body("spaces.space_id", contains(id));
    }
}
