package dev.seamsim.connectedaccounts;

import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** /connected_accounts/get, update and delete, and workspace isolation. List is in ConnectedAccountListTest. */
class ConnectedAccountRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    /** A Salto KS account without customer key in workspace 1; returns its id. */
    private static String connectSaltoKs() {
        return sim.connectAccount(sim.ws1(), Map.of("accepted_providers", List.of("salto_ks")));
    }

    /** The account as /connected_accounts/get shows it through {@code spec}. */
    static JsonPath account(RequestSpecification spec, String id) {
        return spec.queryParam("connected_account_id", id).get("/connected_accounts/get").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void get_finds_an_account_by_id_or_by_email_via_query_and_body() {
        String id = connectSaltoKs();
        String email = Sim.unique("owner") + "@example.com";
        sim.ws1().body(Map.of("connected_account_id", id, "display_name", email)).patch("/connected_accounts/update")
                .then().statusCode(200);
        sim.ws1().body(Map.of("connected_account_id", id)).post("/connected_accounts/get").then().statusCode(200)
                .body("connected_account.display_name", equalTo(email));
        sim.ws1().queryParam("email", email).get("/connected_accounts/get").then().statusCode(200)
                .body("connected_account.connected_account_id", equalTo(id));
        sim.ws1().body(Map.of("email", email.toUpperCase())).post("/connected_accounts/get").then().statusCode(200)
                .body("connected_account.connected_account_id", equalTo(id));
        sim.ws2().queryParam("email", email).get("/connected_accounts/get").then().statusCode(404)
                .body("error.type", equalTo("connected_account_not_found"));
    }

    @Test
    void get_of_an_unknown_or_malformed_account_fails() {
        sim.ws1().queryParam("connected_account_id", UUID.randomUUID().toString()).get("/connected_accounts/get")
                .then().statusCode(404).body("error.type", equalTo("connected_account_not_found"));
        sim.ws1().queryParam("email", Sim.unique("nobody") + "@example.com").get("/connected_accounts/get")
                .then().statusCode(404).body("error.type", equalTo("connected_account_not_found"));
        sim.ws1().queryParam("connected_account_id", "acct1").get("/connected_accounts/get").then().statusCode(400)
                .body("error.validation_errors.connected_account_id._errors", hasItem("Invalid uuid"));
        sim.ws1().queryParam("email", "not-an-email").get("/connected_accounts/get").then().statusCode(400)
                .body("error.validation_errors.email._errors", hasItem("Invalid email"));
        sim.ws1().body(Map.of()).post("/connected_accounts/get").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"));
    }

    @Test
    void update_changes_display_name_replaces_custom_metadata_and_keeps_the_rest() {
        String key = Sim.unique("upd");
        String id = sim.connectAccount(sim.ws1(), Map.of("customer_key", key, "custom_metadata", Map.of("a", "1", "b", true),
                "accepted_providers", List.of("august")));
        sim.ws1().body(Map.of("connected_account_id", id, "display_name", "Front desk",
                        "custom_metadata", Map.of("c", false), "automatically_manage_new_devices", false))
                .patch("/connected_accounts/update").then().statusCode(200)
                .body("connected_account.display_name", equalTo("Front desk"));
        JsonPath got = account(sim.ws1(), id);
        assertThat(got.getString("connected_account.display_name"), equalTo("Front desk"));
        assertThat(got.getMap("connected_account.custom_metadata"), equalTo(Map.of("c", false)));
        assertThat(got.getBoolean("connected_account.automatically_manage_new_devices"), equalTo(false));
        assertThat(got.getString("connected_account.customer_key"), equalTo(key));
        sim.ws1().body(Map.of("connected_account_id", id, "custom_metadata", Map.of())).post("/connected_accounts/update")
                .then().statusCode(200);
        assertThat(account(sim.ws1(), id).getMap("connected_account.custom_metadata"), equalTo(Map.of()));
        assertThat(account(sim.ws1(), id).getString("connected_account.display_name"), equalTo("Front desk"));
    }

    @Test
    void update_sets_a_customer_key_only_on_an_account_without_one() {
        String id = connectSaltoKs();
        assertThat(account(sim.ws1(), id).getMap("connected_account"), not(hasKey("customer_key")));
        String key = Sim.unique("late");
        sim.ws1().body(Map.of("connected_account_id", id, "customer_key", key)).patch("/connected_accounts/update")
                .then().statusCode(200).body("connected_account.customer_key", equalTo(key));
        sim.ws1().queryParam("customer_key", key).get("/connected_accounts/list").then()
                .body("connected_accounts.connected_account_id", contains(id));
        // The account's resources move to the customer with it.
        sim.ws1().queryParam("customer_key", key).get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.connected_account_id", contains(id, id));

        sim.ws1().body(Map.of("connected_account_id", id, "customer_key", Sim.unique("other")))
                .patch("/connected_accounts/update").then().statusCode(400)
                .body("error.type", equalTo("connected_account_already_has_customer"));
        assertThat(account(sim.ws1(), id).getString("connected_account.customer_key"), equalTo(key));
    }

    @Test
    void update_rejects_invalid_input_and_unknown_accounts() {
        String id = sim.connectAccount(sim.ws1(), Map.of("accepted_providers", List.of("august")));
        sim.ws1().body(Map.of("connected_account_id", id, "display_name", "")).patch("/connected_accounts/update")
                .then().statusCode(400).body("error.validation_errors", hasKey("display_name"));
        sim.ws1().body(Map.of("connected_account_id", id, "display_name", "x".repeat(256)))
                .patch("/connected_accounts/update").then().statusCode(400)
                .body("error.validation_errors", hasKey("display_name"));
        sim.ws1().body(Map.of("connected_account_id", id, "custom_metadata", Map.of("n", 1)))
                .patch("/connected_accounts/update").then().statusCode(400)
                .body("error.validation_errors.custom_metadata", hasKey("n"));
        sim.ws1().body(Map.of("connected_account_id", id, "accepted_capabilities", List.of("teleport")))
                .patch("/connected_accounts/update").then().statusCode(400)
                .body("error.validation_errors", hasKey("accepted_capabilities"));
        sim.ws1().body(Map.of("connected_account_id", id, "customer_key", "")).patch("/connected_accounts/update")
                .then().statusCode(400).body("error.validation_errors", hasKey("customer_key"));
        sim.ws1().body(Map.of("display_name", "x")).patch("/connected_accounts/update").then().statusCode(400)
                .body("error.validation_errors.connected_account_id._errors", hasItem("Required"));
        sim.ws1().body(Map.of("connected_account_id", UUID.randomUUID().toString(), "display_name", "x"))
                .patch("/connected_accounts/update").then().statusCode(404)
                .body("error.type", equalTo("connected_account_not_found"));
        assertThat(account(sim.ws1(), id).getString("connected_account.display_name"), not(equalTo("x")));
    }

    @Test
    void delete_removes_the_account_its_acs_systems_and_entrances_and_empties_spaces_of_them() {
        String doomed = connectSaltoKs();
        String kept = connectSaltoKs();
        List<String> systems = sim.ws1().queryParam("connected_account_id", doomed).get("/acs/systems/list")
                .then().statusCode(200).body("acs_systems", hasSize(2)).extract().path("acs_systems.acs_system_id");
        List<String> entrances = sim.ws1().queryParam("connected_account_id", doomed).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances.acs_entrance_id");
        String keptEntrance = sim.ws1().queryParam("connected_account_id", kept).get("/acs/entrances/list")
                .then().extract().path("acs_entrances[0].acs_entrance_id");
        String spaceId = sim.ws1().body(Map.of("name", "Lobby", "acs_entrance_ids", List.of(entrances.get(0), keptEntrance)))
                .post("/spaces/create").then().statusCode(200).body("space.acs_entrance_count", equalTo(2))
                .extract().path("space.space_id");

        sim.ws1().queryParam("connected_account_id", doomed).delete("/connected_accounts/delete")
                .then().statusCode(200).body("ok", equalTo(true));

        sim.ws1().queryParam("connected_account_id", doomed).get("/connected_accounts/get").then().statusCode(404)
                .body("error.type", equalTo("connected_account_not_found"));
        sim.ws1().queryParam("connected_account_id", doomed).get("/acs/systems/list").then().body("acs_systems", empty());
        sim.ws1().queryParam("connected_account_id", doomed).get("/acs/entrances/list").then().body("acs_entrances", empty());
        for (String system : systems) {
            sim.ws1().queryParam("acs_system_id", system).get("/acs/systems/get").then().statusCode(404)
                    .body("error.type", equalTo("acs_system_not_found"));
        }
        for (String entrance : entrances) {
            sim.ws1().queryParam("acs_entrance_id", entrance).get("/acs/entrances/get").then().statusCode(404)
                    .body("error.type", equalTo("acs_entrance_not_found"));
        }
        sim.ws1().queryParam("space_id", spaceId).get("/spaces/get").then().statusCode(200)
                .body("space.acs_entrance_count", equalTo(1));
        sim.ws1().queryParam("space_id", spaceId).get("/acs/entrances/list").then()
                .body("acs_entrances.acs_entrance_id", contains(keptEntrance));
        sim.ws1().queryParam("connected_account_id", kept).get("/acs/systems/list").then().body("acs_systems", hasSize(2));
        sim.ws1().queryParam("connected_account_id", doomed).delete("/connected_accounts/delete").then().statusCode(404);
    }

    @Test
    void delete_accepts_its_id_in_a_post_body_and_refuses_a_malformed_one() {
        String id = sim.connectAccount(sim.ws1(), Map.of("accepted_providers", List.of("august")));
        sim.ws1().body(Map.of("connected_account_id", "nope")).post("/connected_accounts/delete").then().statusCode(400);
        sim.ws1().body(Map.of("connected_account_id", id)).post("/connected_accounts/delete").then().statusCode(200);
        sim.ws1().body(Map.of("connected_account_id", id)).post("/connected_accounts/get").then().statusCode(404);
    }

    @Test
    void another_workspace_cannot_get_list_update_or_delete_the_account() {
        String key = Sim.unique("iso");
        String id = sim.connectAccount(sim.ws1(), Map.of("customer_key", key, "accepted_providers", List.of("salto_ks")));
        String before = account(sim.ws1(), id).prettify();

        sim.ws2().queryParam("connected_account_id", id).get("/connected_accounts/get").then().statusCode(404)
                .body("error.type", equalTo("connected_account_not_found"));
        sim.ws2().queryParam("customer_key", key).get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts", empty());
        sim.ws2().get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", not(hasItem(id)))
                .body("connected_accounts.connected_account_id", not(hasItem(Sim.SEEDED_ACCOUNT)));
        sim.ws2().body(Map.of("connected_account_id", id, "display_name", "hijacked", "custom_metadata", Map.of("x", "y")))
                .patch("/connected_accounts/update").then().statusCode(404)
                .body("error.type", equalTo("connected_account_not_found"));
        sim.ws2().queryParam("connected_account_id", id).delete("/connected_accounts/delete").then().statusCode(404)
                .body("error.type", equalTo("connected_account_not_found"));

        assertThat(account(sim.ws1(), id).prettify(), equalTo(before));
        sim.ws1().queryParam("connected_account_id", id).get("/acs/systems/list").then().body("acs_systems", hasSize(2));
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS1).queryParam("customer_key", key)
                .get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", containsInAnyOrder(id));
    }
}
