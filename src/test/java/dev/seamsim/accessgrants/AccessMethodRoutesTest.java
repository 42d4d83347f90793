package dev.seamsim.accessgrants;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.seamsim.accessgrants.GrantFixtures.id;
import static dev.seamsim.accessgrants.GrantFixtures.mode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

class AccessMethodRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();
    private static final GrantFixtures fx = new GrantFixtures(sim);
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    /** A grant in workspace 1 with the given methods, as /access_grants/get now shows it. */
    private static JsonPath grant(String... modes) {
        List<Map<String, Object>> methods = new ArrayList<>();
        for (String m : modes) methods.add(mode(m));
        return fx.reload(id(fx.grantOnEntrance(fx.identity(sim.ws1()), methods), "access_grant_id"));
    }

    private static List<String> methodsOf(String grantId) {
        return sim.ws1().queryParam("access_grant_id", grantId).get("/access_methods/list")
                .then().statusCode(200).extract().path("access_methods.access_method_id");
    }

    @Test
    void get_returns_each_kind_of_access_method() {
        JsonPath g = grant("code", "card", "mobile_key");
        List<String> ids = g.getList("access_method_ids");
        sim.ws1().queryParam("access_method_id", ids.get(0)).get("/access_methods/get").then().statusCode(200)
                .body("access_method.access_method_id", equalTo(ids.get(0)))
                .body("access_method.workspace_id", equalTo(Sim.WS1))
                .body("access_method.mode", equalTo("code"))
                .body("access_method.code", matchesPattern("\\d{4,9}"))
                .body("access_method.is_issued", equalTo(true))
                .body("access_method.issued_at", notNullValue());
        sim.ws1().body(Map.of("access_method_id", ids.get(1))).post("/access_methods/get").then().statusCode(200)
                .body("access_method.mode", equalTo("card"))
                .body("access_method.is_issued", equalTo(false))
                .body("access_method.issued_at", nullValue())
                .body("access_method", not(hasKey("code")));
        sim.ws1().queryParam("access_method_id", ids.get(2)).get("/access_methods/get").then().statusCode(200)
                .body("access_method.mode", equalTo("mobile_key"))
                .body("access_method.instant_key_url", equalTo(g.getString("instant_key_url")));
    }

    @Test
    void get_of_unknown_or_malformed_id_is_404_or_400() {
        sim.ws1().queryParam("access_method_id", UNKNOWN).get("/access_methods/get").then().statusCode(404)
                .body("error.type", equalTo("access_method_not_found"));
        sim.ws1().queryParam("access_method_id", "nope").get("/access_methods/get").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"));
        sim.ws1().get("/access_methods/get").then().statusCode(400).body("error.type", equalTo("invalid_input"));
    }

    @Test
    void list_by_grant_id_or_grant_key_is_paginated() {
        String key = Sim.unique("grant");
        String grantId = id(fx.grant(sim.ws1(), fx.identity(sim.ws1()), Map.of("access_grant_key", key,
                "acs_entrance_ids", fx.entrances(Sim.SALTO_KS_SITE).subList(0, 1),
                "requested_access_methods", List.of(mode("code"), mode("card"), mode("mobile_key")))), "access_grant_id");
        List<String> ids = fx.reload(grantId).getList("access_method_ids");
        sim.ws1().queryParam("access_grant_id", grantId).get("/access_methods/list").then().statusCode(200)
                .body("access_methods.access_method_id", equalTo(ids))
                .body("pagination.has_next_page", equalTo(false))
                .body("pagination.next_page_cursor", nullValue());
        sim.ws1().body(Map.of("access_grant_key", key)).post("/access_methods/list").then().statusCode(200)
                .body("access_methods.access_method_id", equalTo(ids));
        JsonPath first = sim.ws1().queryParam("access_grant_key", key).queryParam("limit", 2).get("/access_methods/list")
                .then().statusCode(200).body("pagination.has_next_page", equalTo(true)).extract().jsonPath();
        sim.ws1().queryParam("access_grant_key", key).queryParam("limit", 2)
                .queryParam("page_cursor", first.getString("pagination.next_page_cursor")).get("/access_methods/list")
                .then().statusCode(200).body("access_methods.access_method_id", contains(ids.get(2)))
                .body("pagination.has_next_page", equalTo(false));
        assertThat(first.getList("access_methods.access_method_id"), equalTo(ids.subList(0, 2)));
        sim.ws1().queryParam("access_grant_key", Sim.unique("nope")).get("/access_methods/list").then().statusCode(200)
                .body("access_methods", empty());
    }

    @Test
    void list_without_any_filter_is_400() {
        sim.ws1().get("/access_methods/list").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.ws1().body(Map.of("limit", 10)).post("/access_methods/list").then().statusCode(400);
        sim.ws1().body(Map.of("access_grant_key", "")).post("/access_methods/list").then().statusCode(400)
                .body("error.validation_errors", hasKey("access_grant_key"));
    }

    @Test
    void delete_by_access_method_id_takes_it_out_of_its_grant() {
        JsonPath g = grant("code", "card");
        String grantId = g.getString("access_grant_id");
        List<String> ids = g.getList("access_method_ids");
        sim.ws1().queryParam("access_method_id", ids.get(0)).delete("/access_methods/delete").then().statusCode(200);
        sim.ws1().queryParam("access_method_id", ids.get(0)).get("/access_methods/get").then().statusCode(404)
                .body("error.type", equalTo("access_method_not_found"));
        JsonPath after = fx.reload(grantId);
        assertThat(after.getList("access_method_ids"), contains(ids.get(1)));
        assertThat(after.getList("requested_access_methods.mode"), contains("code", "card"));
        assertThat(after.getList("requested_access_methods[0].created_access_method_ids"), empty());
        assertThat(after.getList("requested_access_methods[1].created_access_method_ids"), contains(ids.get(1)));
        assertThat(methodsOf(grantId), contains(ids.get(1)));
        sim.ws1().body(Map.of("access_method_id", ids.get(0))).post("/access_methods/delete").then().statusCode(404)
                .body("error.type", equalTo("access_method_not_found"));
    }

    @Test
    void delete_by_access_grant_id_removes_all_its_methods_and_keeps_the_grant() {
        JsonPath g = grant("code", "mobile_key");
        JsonPath other = grant("code");
        String grantId = g.getString("access_grant_id");
        sim.ws1().queryParam("access_grant_id", grantId).delete("/access_methods/delete").then().statusCode(200);
        assertThat(methodsOf(grantId), empty());
        JsonPath after = fx.reload(grantId);
        assertThat(after.getList("access_method_ids"), empty());
        assertThat(after.getList("requested_access_methods.created_access_method_ids.flatten()"), empty());
        for (Object id : g.getList("access_method_ids")) {
            sim.ws1().queryParam("access_method_id", id).get("/access_methods/get").then().statusCode(404);
        }
        assertThat(methodsOf(other.getString("access_grant_id")), equalTo(other.getList("access_method_ids")));
        sim.ws1().queryParam("access_grant_id", UNKNOWN).delete("/access_methods/delete").then().statusCode(404)
                .body("error.type", equalTo("access_grant_not_found"));
        sim.ws1().delete("/access_methods/delete").then().statusCode(400).body("error.type", equalTo("invalid_input"));
    }

    @Test
    void deleting_the_mobile_key_revokes_its_instant_key_page_and_the_grants_instant_key_url() {
        JsonPath g = grant("code", "mobile_key");
        String url = g.getString("instant_key_url");
        RestAssured.given().get(url).then().statusCode(200);
        String mobileKey = g.getString("requested_access_methods[1].created_access_method_ids[0]");
        sim.ws1().queryParam("access_method_id", mobileKey).delete("/access_methods/delete").then().statusCode(200);
        RestAssured.given().get(url).then().statusCode(404);
        assertThat(fx.reload(g.getString("access_grant_id")).getString("instant_key_url"), nullValue());
    }

    @Test
    void grant_instant_key_url_is_set_only_while_it_has_a_single_mobile_key() {
        JsonPath g = grant("mobile_key", "mobile_key");
        String grantId = g.getString("access_grant_id");
        assertThat(g.getString("instant_key_url"), nullValue());
        List<String> ids = g.getList("access_method_ids");
        sim.ws1().queryParam("access_method_id", ids.get(0)).delete("/access_methods/delete").then().statusCode(200);
        String remaining = sim.ws1().queryParam("access_method_id", ids.get(1)).get("/access_methods/get")
                .then().statusCode(200).extract().path("access_method.instant_key_url");
        assertThat(fx.reload(grantId).getString("instant_key_url"), equalTo(remaining));
    }

    @Test
    void another_workspace_cannot_get_list_or_delete_access_methods() {
        JsonPath g = grant("code");
        String grantId = g.getString("access_grant_id");
        String methodId = g.getString("access_method_ids[0]");
        sim.ws2().queryParam("access_method_id", methodId).get("/access_methods/get").then().statusCode(404)
                .body("error.type", equalTo("access_method_not_found"));
        sim.ws2().queryParam("access_grant_id", grantId).get("/access_methods/list").then().statusCode(200)
                .body("access_methods", empty());
        sim.ws2().queryParam("access_method_id", methodId).delete("/access_methods/delete").then().statusCode(404);
        sim.ws2().queryParam("access_grant_id", grantId).delete("/access_methods/delete").then().statusCode(404);
        assertThat(methodsOf(grantId), contains(methodId));
    }
}
