package dev.seamsim.connectwebviews;

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
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** /connect_webviews/list: filters, search, pagination and page cursors. */
class ConnectWebviewListTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    private static List<String> createMany(String customerKey, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) ids.add(sim.createWebview(sim.ws1(), Map.of("customer_key", customerKey)));
        return ids;
    }

    @Test
    void list_filters_by_customer_key_and_custom_metadata_has() {
        String key = Sim.unique("filter");
        String gold = sim.createWebview(sim.ws1(), Map.of("customer_key", key, "custom_metadata", Map.of("tier", "gold", "vip", true)));
        String goldToo = sim.createWebview(sim.ws1(), Map.of("customer_key", key, "custom_metadata", Map.of("tier", "gold")));
        String silver = sim.createWebview(sim.ws1(), Map.of("customer_key", key, "custom_metadata", Map.of("tier", "silver")));
        sim.createWebview(sim.ws1(), Map.of("customer_key", Sim.unique("other"), "custom_metadata", Map.of("tier", "gold")));

        sim.ws1().queryParam("customer_key", key).get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(gold, goldToo, silver));
        sim.ws1().body(Map.of("customer_key", key, "custom_metadata_has", Map.of("tier", "gold")))
                .post("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(gold, goldToo));
        sim.ws1().queryParam("customer_key", key).queryParam("custom_metadata_has.tier", "gold")
                .queryParam("custom_metadata_has.vip", "true").get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(gold));
        sim.ws1().queryParam("customer_key", Sim.unique("nobody")).get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews", empty()).body("pagination.has_next_page", equalTo(false));
    }

    @Test
    void list_search_matches_id_customer_key_accepted_providers_and_metadata_values() {
        String key = Sim.unique("Searchable");
        String vision = sim.createWebview(sim.ws1(), Map.of("customer_key", key, "accepted_providers", List.of("visionline"),
                "custom_metadata", Map.of("unit", "Penthouse")));
        String august = sim.createWebview(sim.ws1(), Map.of("customer_key", key, "accepted_providers", List.of("august"),
                "custom_metadata", Map.of("unit", "basement")));
        Map<String, String> expected = Map.of("vision", vision, "PENT", vision, "augu", august,
                august.substring(0, 13), august);
        expected.forEach((search, id) -> sim.ws1().queryParam("customer_key", key).queryParam("search", search)
                .get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(id)));
        sim.ws1().body(Map.of("search", key.toLowerCase())).post("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(vision, august));
        sim.ws1().body(Map.of("customer_key", key, "search", "zzz-none")).post("/connect_webviews/list")
                .then().statusCode(200).body("connect_webviews", empty());
        sim.ws1().body(Map.of("search", "")).post("/connect_webviews/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("search"));
    }

    @Test
    void list_by_user_identifier_key_matches_nothing_as_no_webview_has_one() {
        String key = Sim.unique("uik");
        sim.createWebview(sim.ws1(), Map.of("customer_key", key));
        sim.ws1().queryParam("customer_key", key).queryParam("user_identifier_key", "user-1")
                .get("/connect_webviews/list").then().statusCode(200).body("connect_webviews", empty());
    }

    @Test
    void list_rejects_bad_filters_and_paging_parameters() {
        sim.ws1().body(Map.of("custom_metadata_has", Map.of("n", 1))).post("/connect_webviews/list")
                .then().statusCode(400).body("error.validation_errors.custom_metadata_has", hasKey("n"));
        sim.ws1().queryParam("limit", "many").get("/connect_webviews/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("limit"));
        sim.ws1().body(Map.of("limit", -1)).post("/connect_webviews/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("limit"));
        sim.ws1().queryParam("page_cursor", "not-a-cursor").get("/connect_webviews/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("page_cursor"));
    }

    @Test
    void list_paginates_through_several_pages_via_get_query() {
        String key = Sim.unique("pages-get");
        List<String> ids = createMany(key, 5);
        Pages.Walk walk = Pages.walk(() -> sim.ws1().queryParam("customer_key", key).queryParam("limit", 2),
                "/connect_webviews/list", "connect_webviews.connect_webview_id");
        assertThat(walk.sizes(), contains(2, 2, 1));
        assertThat(walk.ids(), equalTo(ids));
    }

    @Test
    void list_paginates_through_several_pages_via_post_body() {
        String key = Sim.unique("pages-post");
        List<String> ids = createMany(key, 4);
        JsonPath first = sim.ws1().body(Map.of("customer_key", key, "limit", 3)).post("/connect_webviews/list")
                .then().statusCode(200).body("pagination.has_next_page", equalTo(true)).extract().jsonPath();
        String cursor = first.getString("pagination.next_page_cursor");
        assertThat(first.getList("connect_webviews.connect_webview_id"), equalTo(ids.subList(0, 3)));
        sim.ws1().body(Map.of("customer_key", key, "limit", 3, "page_cursor", cursor)).post("/connect_webviews/list")
                .then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(ids.get(3)))
                .body("pagination.has_next_page", equalTo(false))
                .body("pagination.next_page_cursor", nullValue())
                .body("pagination.next_page_url", nullValue());
        // A cursor from a body request also works when the next page is asked for with GET and the same filters.
        sim.ws1().queryParam("customer_key", key).queryParam("limit", 3).queryParam("page_cursor", cursor)
                .get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(ids.get(3)));
    }

    @Test
    void limit_zero_answers_an_empty_page_that_continues_from_the_start() {
        String key = Sim.unique("limit0");
        List<String> ids = createMany(key, 2);
        String cursor = sim.ws1().queryParam("customer_key", key).queryParam("limit", 0).get("/connect_webviews/list")
                .then().statusCode(200).body("connect_webviews", empty())
                .body("pagination.has_next_page", equalTo(true)).extract().path("pagination.next_page_cursor");
        sim.ws1().queryParam("customer_key", key).queryParam("limit", 5).queryParam("page_cursor", cursor)
                .get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", equalTo(ids));
    }

    @Test
    void deleting_the_last_webview_of_a_page_neither_skips_nor_repeats_on_the_next_page() {
        String key = Sim.unique("shifting");
        List<String> ids = createMany(key, 4);
        String cursor = sim.ws1().queryParam("customer_key", key).queryParam("limit", 2).get("/connect_webviews/list")
                .then().statusCode(200).extract().path("pagination.next_page_cursor");
        sim.ws1().queryParam("connect_webview_id", ids.get(1)).delete("/connect_webviews/delete").then().statusCode(200);
        String later = sim.createWebview(sim.ws1(), Map.of("customer_key", key));
        sim.ws1().queryParam("customer_key", key).queryParam("limit", 2).queryParam("page_cursor", cursor)
                .get("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(ids.get(2), ids.get(3)))
                .body("pagination.has_next_page", equalTo(true));
        sim.ws1().queryParam("customer_key", key).queryParam("limit", 2).get("/connect_webviews/list").then()
                .body("connect_webviews.connect_webview_id", contains(ids.get(0), ids.get(2)));
        sim.ws1().queryParam("customer_key", key).get("/connect_webviews/list").then()
                .body("connect_webviews.connect_webview_id", contains(ids.get(0), ids.get(2), ids.get(3), later));
    }

    @Test
    void a_cursor_reused_with_different_filters_is_refused() {
        String key = Sim.unique("mismatch");
        createMany(key, 3);
        String cursor = sim.ws1().queryParam("customer_key", key).queryParam("limit", 1).get("/connect_webviews/list")
                .then().statusCode(200).extract().path("pagination.next_page_cursor");
        sim.ws1().queryParam("customer_key", Sim.unique("else")).queryParam("limit", 1).queryParam("page_cursor", cursor)
                .get("/connect_webviews/list").then().statusCode(400)
                .body("error.type", equalTo("mismatched_page_parameters"));
        sim.ws1().body(Map.of("limit", 1, "page_cursor", cursor)).post("/connect_webviews/list")
                .then().statusCode(400).body("error.type", equalTo("mismatched_page_parameters"));
    }

    @Test
    void next_page_url_fetches_the_next_page_with_the_same_filters() {
        String key = Sim.unique("next-url");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(sim.createWebview(sim.ws1(), Map.of("customer_key", key, "custom_metadata", Map.of("vip", true))));
        }
        sim.createWebview(sim.ws1(), Map.of("customer_key", key, "custom_metadata", Map.of("vip", false)));
        String url = sim.ws1().body(Map.of("customer_key", key, "custom_metadata_has", Map.of("vip", true), "limit", 2))
                .post("/connect_webviews/list").then().statusCode(200)
                .body("connect_webviews.connect_webview_id", equalTo(ids.subList(0, 2)))
                .extract().path("pagination.next_page_url");
        assertThat(url, startsWith(sim.baseUrl() + "/connect_webviews/list?"));
        sim.ws1().get(url).then().statusCode(200)
                .body("connect_webviews.connect_webview_id", contains(ids.get(2)))
                .body("pagination.has_next_page", equalTo(false));
    }

    @Test
    void a_cursor_from_one_workspace_does_not_reveal_another_workspaces_webviews() {
        String key = Sim.unique("cursor-iso");
        createMany(key, 2);
        String cursor = sim.ws1().queryParam("customer_key", key).queryParam("limit", 1).get("/connect_webviews/list")
                .then().statusCode(200).extract().path("pagination.next_page_cursor");
        assertThat(cursor, notNullValue());
        sim.ws2().queryParam("customer_key", key).queryParam("limit", 1).queryParam("page_cursor", cursor)
                .get("/connect_webviews/list").then().statusCode(200).body("connect_webviews", empty());
    }
}
