package dev.seamsim.acs;

import dev.seamsim.testing.Pages;
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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

class AcsRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    /** Completes a salto_ks Connect Webview in the spec's workspace; returns the new connected account's id. */
    private static String connectSaltoKs(RequestSpecification spec, String customerKey) {
        return sim.connectAccount(spec, Map.of("customer_key", customerKey, "accepted_providers", List.of("salto_ks")));
    }

    private static List<String> entranceIds(String filter, String value) {
        return sim.ws1().queryParam(filter, value).get("/acs/entrances/list").then().statusCode(200)
                .extract().path("acs_entrances.acs_entrance_id");
    }

    @Test
    void the_seeded_account_has_the_guides_two_salto_systems() {
        sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.acs_system_id", containsInAnyOrder(Sim.SALTO_KS_SITE, Sim.SALTO_SPACE_SITE))
                .body("acs_systems.name", containsInAnyOrder("Salto KS Site", "Salto Space Site"));
        sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/systems/get").then().statusCode(200)
                .body("acs_system.name", equalTo("Salto KS Site"))
                .body("acs_system.external_type", equalTo("salto_ks_site"))
                .body("acs_system.connected_account_id", equalTo(Sim.SEEDED_ACCOUNT))
                .body("acs_system.connected_account_ids", contains(Sim.SEEDED_ACCOUNT))
                .body("acs_system.workspace_id", equalTo(Sim.WS1))
                .body("acs_system.location.time_zone", equalTo("Europe/Madrid"));
        sim.ws1().body(Map.of("acs_system_id", Sim.SALTO_SPACE_SITE)).post("/acs/systems/get").then().statusCode(200)
                .body("acs_system.name", equalTo("Salto Space Site"))
                .body("acs_system.external_type", equalTo("salto_space_system"));
    }

    @Test
    void systems_list_by_customer_key_holds_exactly_the_systems_of_that_customers_account() {
        String key = Sim.unique("cust");
        String account = connectSaltoKs(sim.ws1(), key);
        List<String> ids = sim.ws1().queryParam("customer_key", key).get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.name", containsInAnyOrder("Salto KS Site", "Salto Space Site"))
                .body("acs_systems.connected_account_id", everyItem(equalTo(account)))
                .extract().path("acs_systems.acs_system_id");
        assertThat(ids, not(hasItem(Sim.SALTO_KS_SITE)));
        assertThat(ids, not(hasItem(Sim.SALTO_SPACE_SITE)));
        sim.ws1().body(Map.of("connected_account_id", account)).post("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.acs_system_id", containsInAnyOrder(ids.toArray()));
        sim.ws1().get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.acs_system_id", hasItems(Sim.SALTO_KS_SITE, Sim.SALTO_SPACE_SITE, ids.get(0), ids.get(1)));
        sim.ws1().queryParam("customer_key", Sim.unique("nobody")).get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems", empty());
    }

    @Test
    void systems_list_searches_by_name_or_id() {
        sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).queryParam("search", "space")
                .get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.acs_system_id", contains(Sim.SALTO_SPACE_SITE));
        sim.ws1().body(Map.of("search", "22222222-2222")).post("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.acs_system_id", contains(Sim.SALTO_KS_SITE));
    }

    @Test
    void systems_get_and_list_reject_unknown_and_malformed_ids() {
        sim.ws1().queryParam("acs_system_id", UUID.randomUUID().toString()).get("/acs/systems/get").then()
                .statusCode(404).body("error.type", equalTo("acs_system_not_found"));
        sim.ws1().queryParam("acs_system_id", "site1").get("/acs/systems/get").then().statusCode(400)
                .body("error.validation_errors.acs_system_id._errors", hasItem("Invalid uuid"));
        sim.ws1().body(Map.of()).post("/acs/systems/get").then().statusCode(400)
                .body("error.validation_errors.acs_system_id._errors", hasItem("Required"));
        sim.ws1().queryParam("connected_account_id", "acct").get("/acs/systems/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("connected_account_id"));
        sim.ws1().queryParam("connected_account_id", UUID.randomUUID().toString()).get("/acs/systems/list")
                .then().statusCode(200).body("acs_systems", empty());
    }

    @Test
    void entrances_list_filters_by_system_and_by_account() {
        sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/entrances/list").then().statusCode(200)
                .body("acs_entrances.display_name", contains("Main Entrance", "Room 101", "Room 102"))
                .body("acs_entrances.acs_system_id", everyItem(equalTo(Sim.SALTO_KS_SITE)))
                .body("acs_entrances.connected_account_id", everyItem(equalTo(Sim.SEEDED_ACCOUNT)));
        sim.ws1().body(Map.of("acs_system_id", Sim.SALTO_SPACE_SITE)).post("/acs/entrances/list").then().statusCode(200)
                .body("acs_entrances.display_name", contains("Lobby", "Gym"));
        sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/acs/entrances/list").then()
                .statusCode(200).body("acs_entrances", hasSize(5));
        List<String> ks = entranceIds("acs_system_id", Sim.SALTO_KS_SITE);
        sim.ws1().queryParam("acs_entrance_ids", ks.get(0), ks.get(2)).get("/acs/entrances/list").then()
                .statusCode(200).body("acs_entrances.acs_entrance_id", contains(ks.get(0), ks.get(2)));
        sim.ws1().queryParam("acs_entrance_ids[]", ks.get(1)).get("/acs/entrances/list").then()
                .statusCode(200).body("acs_entrances.acs_entrance_id", contains(ks.get(1)));
        sim.ws1().queryParam("acs_entrance_ids", ks.get(1)).get("/acs/entrances/list").then()
                .statusCode(200).body("acs_entrances.acs_entrance_id", contains(ks.get(1)));
        // nextlove also reads the comma format of query arrays.
        sim.ws1().queryParam("acs_entrance_ids", ks.get(2) + "," + ks.get(0)).get("/acs/entrances/list").then()
                .statusCode(200).body("acs_entrances.acs_entrance_id", contains(ks.get(0), ks.get(2)));
    }

    @Test
    void next_page_url_keeps_array_filters_through_every_page() {
        List<String> all = entranceIds("connected_account_id", Sim.SEEDED_ACCOUNT);
        List<String> wanted = List.of(all.get(4), all.get(0), all.get(3));
        String url = sim.ws1().body(Map.of("acs_entrance_ids", wanted, "limit", 1)).post("/acs/entrances/list")
                .then().statusCode(200).body("acs_entrances.acs_entrance_id", contains(all.get(0)))
                .extract().path("pagination.next_page_url");
        url = sim.ws1().get(url).then().statusCode(200).body("acs_entrances.acs_entrance_id", contains(all.get(3)))
                .extract().path("pagination.next_page_url");
        sim.ws1().get(url).then().statusCode(200).body("acs_entrances.acs_entrance_id", contains(all.get(4)))
                .body("pagination.has_next_page", equalTo(false));
    }

    @Test
    void entrances_get_returns_the_entrance_with_its_provider_details() {
        String id = entranceIds("acs_system_id", Sim.SALTO_KS_SITE).get(0);
        sim.ws1().queryParam("acs_entrance_id", id).get("/acs/entrances/get").then().statusCode(200)
                .body("acs_entrance.acs_entrance_id", equalTo(id))
                .body("acs_entrance.display_name", equalTo("Main Entrance"))
                .body("acs_entrance.acs_system_id", equalTo(Sim.SALTO_KS_SITE))
                .body("acs_entrance.connected_account_id", equalTo(Sim.SEEDED_ACCOUNT))
                .body("acs_entrance.salto_ks_metadata.door_name", equalTo("Main Entrance"))
                .body("acs_entrance.can_unlock_with_card", equalTo(true));
        sim.ws1().body(Map.of("acs_entrance_id", id)).post("/acs/entrances/get").then().statusCode(200)
                .body("acs_entrance.acs_entrance_id", equalTo(id));
        sim.ws1().queryParam("acs_entrance_id", UUID.randomUUID().toString()).get("/acs/entrances/get").then()
                .statusCode(404).body("error.type", equalTo("acs_entrance_not_found"));
        sim.ws1().queryParam("acs_entrance_id", "door1").get("/acs/entrances/get").then().statusCode(400);
    }

    @Test
    void entrances_list_filters_by_space_after_adding_entrances_to_it() {
        String key = Sim.unique("space");
        String account = connectSaltoKs(sim.ws1(), key);
        List<String> entrances = entranceIds("connected_account_id", account);
        assertThat(entrances, hasSize(5));
        sim.ws1().queryParam("customer_key", key).get("/acs/entrances/list").then().statusCode(200)
                .body("acs_entrances.acs_entrance_id", equalTo(entrances));
        String space = sim.ws1().body(Map.of("name", "Wing A")).post("/spaces/create").then().statusCode(200)
                .extract().path("space.space_id");
        sim.ws1().queryParam("space_id", space).get("/acs/entrances/list").then().body("acs_entrances", empty());

        sim.ws1().body(Map.of("space_id", space, "acs_entrance_ids", List.of(entrances.get(0), entrances.get(3))))
                .put("/spaces/add_acs_entrances").then().statusCode(200);
        sim.ws1().queryParam("space_id", space).get("/acs/entrances/list").then().statusCode(200)
                .body("acs_entrances.acs_entrance_id", contains(entrances.get(0), entrances.get(3)));
        sim.ws1().body(Map.of("space_id", space, "connected_account_id", account)).post("/acs/entrances/list")
                .then().statusCode(200).body("acs_entrances", hasSize(2));
        sim.ws1().queryParam("acs_entrance_id", entrances.get(3)).get("/acs/entrances/get").then().statusCode(200)
                .body("acs_entrance.space_ids", contains(space));
        sim.ws1().queryParam("acs_entrance_id", entrances.get(1)).get("/acs/entrances/get").then().statusCode(200)
                .body("acs_entrance.space_ids", empty());
    }

    @Test
    void entrances_list_paginates_via_query_and_body_and_checks_its_cursor() {
        List<String> all = entranceIds("connected_account_id", Sim.SEEDED_ACCOUNT);
        Pages.Walk walk = Pages.walk(() -> sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT)
                .queryParam("limit", 2), "/acs/entrances/list", "acs_entrances.acs_entrance_id");
        assertThat(walk.sizes(), contains(2, 2, 1));
        assertThat(walk.ids(), equalTo(all));

        JsonPath first = sim.ws1().body(Map.of("connected_account_id", Sim.SEEDED_ACCOUNT, "limit", 4))
                .post("/acs/entrances/list").then().statusCode(200).extract().jsonPath();
        String bodyCursor = first.getString("pagination.next_page_cursor");
        sim.ws1().body(Map.of("connected_account_id", Sim.SEEDED_ACCOUNT, "limit", 4, "page_cursor", bodyCursor))
                .post("/acs/entrances/list").then().statusCode(200)
                .body("acs_entrances.acs_entrance_id", contains(all.get(4)))
                .body("pagination.next_page_url", equalTo(null));
        sim.ws1().get(first.getString("pagination.next_page_url")).then().statusCode(200)
                .body("acs_entrances.acs_entrance_id", contains(all.get(4)));
        sim.ws1().body(Map.of("acs_system_id", Sim.SALTO_KS_SITE, "limit", 4, "page_cursor", bodyCursor))
                .post("/acs/entrances/list").then().statusCode(400)
                .body("error.type", equalTo("mismatched_page_parameters"));
    }

    @Test
    void entrances_list_rejects_malformed_filters() {
        sim.ws1().queryParam("acs_system_id", "site").queryParam("space_id", "room").get("/acs/entrances/list")
                .then().statusCode(400).body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors", hasKey("acs_system_id"))
                .body("error.validation_errors", hasKey("space_id"));
        sim.ws1().body(Map.of("acs_entrance_ids", List.of("x"))).post("/acs/entrances/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("acs_entrance_ids"));
        sim.ws1().body(Map.of("limit", -3)).post("/acs/entrances/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("limit"));
        sim.ws1().queryParam("acs_credential_id", "cred").get("/acs/entrances/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("acs_credential_id"));
    }

    @Test
    void entrances_list_by_credential_matches_nothing_as_the_simulator_has_no_credentials() {
        sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT)
                .queryParam("acs_credential_id", UUID.randomUUID().toString()).get("/acs/entrances/list")
                .then().statusCode(200).body("acs_entrances", empty());
    }

    @Test
    void another_workspace_sees_none_of_the_systems_and_entrances() {
        String entrance = entranceIds("acs_system_id", Sim.SALTO_KS_SITE).get(0);
        sim.ws2().get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems.acs_system_id", not(hasItem(Sim.SALTO_KS_SITE)))
                .body("acs_systems.workspace_id", everyItem(equalTo(Sim.WS2)));
        sim.ws2().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/acs/systems/list").then()
                .statusCode(200).body("acs_systems", empty());
        sim.ws2().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/systems/get").then().statusCode(404)
                .body("error.type", equalTo("acs_system_not_found"));
        sim.ws2().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/entrances/list").then().statusCode(200)
                .body("acs_entrances", empty());
        sim.ws2().get("/acs/entrances/list").then().statusCode(200)
                .body("acs_entrances.acs_entrance_id", not(hasItem(entrance)));
        sim.ws2().queryParam("acs_entrance_id", entrance).get("/acs/entrances/get").then().statusCode(404)
                .body("error.type", equalTo("acs_entrance_not_found"));
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS2).queryParam("acs_system_id", Sim.SALTO_KS_SITE)
                .get("/acs/systems/get").then().statusCode(404);
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS1).queryParam("acs_system_id", Sim.SALTO_KS_SITE)
                .get("/acs/systems/get").then().statusCode(200);

        // And the other way round: a customer connected in workspace 2 stays there.
        String key = Sim.unique("ws2");
        String account = connectSaltoKs(sim.ws2(), key);
        String system = sim.ws2().queryParam("customer_key", key).get("/acs/systems/list").then().statusCode(200)
                .body("acs_systems", hasSize(2)).extract().path("acs_systems[0].acs_system_id");
        sim.ws1().queryParam("customer_key", key).get("/acs/systems/list").then().body("acs_systems", empty());
        sim.ws1().queryParam("acs_system_id", system).get("/acs/systems/get").then().statusCode(404);
        sim.ws1().queryParam("connected_account_id", account).get("/acs/entrances/list").then()
                .body("acs_entrances", empty());
    }
}
