package dev.seamsim.connectedaccounts;

import dev.seamsim.testing.Pages;
import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

/** /connected_accounts/list: filters, search and pagination. Get, update, delete are in ConnectedAccountRoutesTest. */
class ConnectedAccountListTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    /** An account of {@code provider} in workspace 1 for the customer {@code customerKey}; returns its id. */
    private static String connect(String customerKey, String provider) {
        return sim.connectAccount(sim.ws1(), Map.of("customer_key", customerKey, "accepted_providers", List.of(provider)));
    }

    /** The same with {@code customMetadata} on the webview, which the account takes over. */
    private static String connect(String customerKey, String provider, Map<String, ?> customMetadata) {
        return sim.connectAccount(sim.ws1(), Map.of("customer_key", customerKey, "custom_metadata", customMetadata,
                "accepted_providers", List.of(provider)));
    }

    @Test
    void list_by_customer_key_holds_the_accounts_of_every_webview_with_that_key() {
        String key = Sim.unique("shared");
        String first = connect(key, "salto_ks");
        String second = connect(key, "august");
        connect(Sim.unique("other"), "salto_ks");
        sim.ws1().queryParam("customer_key", key).get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", contains(first, second))
                .body("connected_accounts.customer_key", contains(key, key));
        sim.ws1().body(Map.of("customer_key", key)).post("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", contains(first, second));
        sim.ws1().get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", hasItem(Sim.SEEDED_ACCOUNT))
                .body("connected_accounts.connected_account_id", hasItem(first));
    }

    @Test
    void list_filters_by_custom_metadata_has() {
        String key = Sim.unique("meta");
        String gold = connect(key, "august", Map.of("tier", "gold"));
        connect(key, "august", Map.of("tier", "silver"));
        sim.ws1().queryParam("customer_key", key).queryParam("custom_metadata_has.tier", "gold")
                .get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", contains(gold));
    }

    @Test
    void list_search_matches_id_account_type_customer_key_metadata_and_login() {
        String key = Sim.unique("Finder");
        String august = connect(key, "august", Map.of("room", "Attic"));
        String salto = connect(key, "salto_ks");
        Map<String, String> expected = Map.of("attic", august, "AUGUST", august, "salto", salto, "jane@", salto,
                salto.substring(0, 13), salto);
        expected.forEach((search, id) -> sim.ws1().queryParam("customer_key", key).queryParam("search", search)
                .get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", contains(id)));
        sim.ws1().body(Map.of("search", key.toLowerCase())).post("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", contains(august, salto));
    }

    @Test
    void list_by_space_or_user_identifier_key_matches_nothing_as_no_account_is_linked_to_one() {
        String key = Sim.unique("unlinked");
        connect(key, "salto_ks");
        String space = sim.ws1().body(Map.of("name", "Hall")).post("/spaces/create").then().statusCode(200)
                .extract().path("space.space_id");
        sim.ws1().queryParam("customer_key", key).queryParam("space_id", space).get("/connected_accounts/list")
                .then().statusCode(200).body("connected_accounts", empty());
        sim.ws1().queryParam("customer_key", key).queryParam("user_identifier_key", "user-1")
                .get("/connected_accounts/list").then().statusCode(200).body("connected_accounts", empty());
        sim.ws1().queryParam("space_id", "hall").get("/connected_accounts/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("space_id"));
    }

    @Test
    void list_paginates_via_query_and_body_and_refuses_a_cursor_with_other_filters() {
        String key = Sim.unique("pages");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(connect(key, "august"));
        }
        Pages.Walk walk = Pages.walk(() -> sim.ws1().queryParam("customer_key", key).queryParam("limit", 2),
                "/connected_accounts/list", "connected_accounts.connected_account_id");
        assertThat(walk.pages(), hasSize(3));
        assertThat(walk.ids(), equalTo(ids));

        JsonPath first = sim.ws1().body(Map.of("customer_key", key, "limit", 3)).post("/connected_accounts/list")
                .then().statusCode(200).body("pagination.has_next_page", equalTo(true)).extract().jsonPath();
        String bodyCursor = first.getString("pagination.next_page_cursor");
        sim.ws1().body(Map.of("customer_key", key, "limit", 3, "page_cursor", bodyCursor))
                .post("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts.connected_account_id", equalTo(ids.subList(3, 5)))
                .body("pagination.has_next_page", equalTo(false));
        sim.ws1().get(first.getString("pagination.next_page_url")).then().statusCode(200)
                .body("connected_accounts.connected_account_id", equalTo(ids.subList(3, 5)));
        sim.ws1().body(Map.of("customer_key", Sim.unique("else"), "limit", 3, "page_cursor", bodyCursor))
                .post("/connected_accounts/list").then().statusCode(400)
                .body("error.type", equalTo("mismatched_page_parameters"));
    }
}
