package dev.seamsim.accessgrants;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.seamsim.accessgrants.GrantFixtures.id;
import static dev.seamsim.accessgrants.GrantFixtures.mode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

class AccessGrantCreateTest {
    @RegisterExtension
    static final Sim sim = new Sim();
    private static final GrantFixtures fx = new GrantFixtures(sim);

    private static Map<String, Object> create(Map<String, Object> body) {
        return sim.ws1().body(body).post("/access_grants/create").then().statusCode(200).extract().path("access_grant");
    }

    @Test
    void create_for_a_user_identity_on_entrances_returns_the_grant() {
        String user = fx.identity(sim.ws1());
        String entrance = fx.entrances(Sim.SALTO_KS_SITE).get(0);
        String key = Sim.unique("grant");
        Instant before = Instant.now().minusSeconds(1);
        sim.ws1().body(Map.of("user_identity_id", user, "acs_entrance_ids", List.of(entrance), "access_grant_key", key,
                        "name", "Front door", "requested_access_methods", List.of(Map.of("mode", "code", "code", "4321"))))
                .post("/access_grants/create").then().statusCode(200)
                .body("access_grant.access_grant_id", notNullValue())
                .body("access_grant.workspace_id", equalTo(Sim.WS1))
                .body("access_grant.user_identity_id", equalTo(user))
                .body("access_grant.access_grant_key", equalTo(key))
                .body("access_grant.name", equalTo("Front door"))
                .body("access_grant.display_name", equalTo("Front door"))
                .body("access_grant.space_ids", empty())
                .body("access_grant.ends_at", nullValue())
                .body("access_grant.requested_access_methods[0].mode", equalTo("code"))
                .body("access_grant.requested_access_methods[0].code", equalTo("4321"))
                .body("access_grant.access_method_ids.size()", equalTo(1))
                .body("access_grant", not(hasKey("instant_key_url")));
        String grantId = sim.ws1().queryParam("access_grant_key", key).get("/access_grants/get")
                .then().statusCode(200).extract().path("access_grant.access_grant_id");
        assertThat(Instant.parse(fx.reload(grantId).getString("starts_at")).isAfter(before), equalTo(true));
        sim.ws1().queryParam("acs_entrance_id", entrance).queryParam("user_identity_id", user).get("/access_grants/list")
                .then().statusCode(200).body("access_grants.access_grant_id", contains(grantId));
    }

    @Test
    void create_with_an_inline_user_identity_creates_that_identity() {
        String userKey = Sim.unique("inline");
        Map<String, Object> grant = create(Map.of("user_identity", Map.of("user_identity_key", userKey,
                        "full_name", "Inline Person", "email_address", userKey + "@example.com"),
                "acs_entrance_ids", fx.entrances(Sim.SALTO_KS_SITE).subList(0, 1),
                "requested_access_methods", List.of(mode("card"))));
        String userId = id(grant, "user_identity_id");
        sim.ws1().queryParam("user_identity_key", userKey).get("/user_identities/get").then().statusCode(200)
                .body("user_identity.user_identity_id", equalTo(userId))
                .body("user_identity.full_name", equalTo("Inline Person"));
    }

    @Test
    void a_failed_create_leaves_no_grant_identity_or_access_method_behind() {
        String taken = Sim.unique("taken");
        sim.ws1().body(Map.of("user_identity_key", taken)).post("/user_identities/create").then().statusCode(200);
        String entrance = fx.entrances(Sim.SALTO_KS_SITE).get(0);
        String grantKey = Sim.unique("grant");
        Map<String, Object> body = new HashMap<>(Map.of("user_identity", Map.of("user_identity_key", taken),
                "acs_entrance_ids", List.of(entrance), "access_grant_key", grantKey,
                "requested_access_methods", List.of(mode("code"), mode("mobile_key"))));
        sim.ws1().body(body).post("/access_grants/create").then().statusCode(409)
                .body("error.type", equalTo("duplicate_user_identity_key"));
        sim.ws1().queryParam("access_grant_key", grantKey).get("/access_grants/list").then().statusCode(200)
                .body("access_grants", empty());
        sim.ws1().queryParam("access_grant_key", grantKey).get("/access_methods/list").then().statusCode(200)
                .body("access_methods", empty());

        // A new inline identity whose grant then fails must not survive the failure either.
        String takenGrantKey = Sim.unique("grant");
        fx.grant(sim.ws1(), fx.identity(sim.ws1()), Map.of("acs_entrance_ids", List.of(entrance), "access_grant_key", takenGrantKey));
        for (Map<String, Object> failure : List.of(
                Map.<String, Object>of("access_grant_key", takenGrantKey, "acs_entrance_ids", List.of(entrance)),
                Map.<String, Object>of("space_ids", List.of("00000000-0000-4000-8000-000000000000")))) {
            String freshKey = Sim.unique("fresh");
            Map<String, Object> attempt = new HashMap<>(failure);
            attempt.put("user_identity", Map.of("user_identity_key", freshKey, "email_address", freshKey + "@example.com"));
            attempt.put("requested_access_methods", List.of(mode("mobile_key")));
            sim.ws1().body(attempt).post("/access_grants/create").then().statusCode(not(equalTo(200)));
            sim.ws1().queryParam("user_identity_key", freshKey).get("/user_identities/get").then().statusCode(404);
            sim.ws1().body(Map.of("user_identity_key", freshKey, "email_address", freshKey + "@example.com"))
                    .post("/user_identities/create").then().statusCode(200);
        }
        sim.ws1().queryParam("access_grant_key", takenGrantKey).get("/access_grants/list").then().statusCode(200)
                .body("access_grants.size()", equalTo(1));
    }

    @Test
    void create_resolves_space_ids_and_space_keys_and_lists_by_space_and_its_entrances() {
        List<String> entrances = fx.entrances(Sim.SALTO_KS_SITE);
        Map<String, Object> a = fx.space(sim.ws1(), List.of(entrances.get(1)), null);
        Map<String, Object> b = fx.space(sim.ws1(), List.of(entrances.get(2)), null);
        String user = fx.identity(sim.ws1());
        Map<String, Object> grant = fx.grant(sim.ws1(), user, Map.of("space_ids", List.of(id(a, "space_id")),
                "space_keys", List.of(id(b, "space_key"), id(a, "space_key"))));
        assertThat((List<?>) grant.get("space_ids"), contains(a.get("space_id"), b.get("space_id")));
        sim.ws1().queryParam("space_id", id(b, "space_id")).get("/access_grants/list").then().statusCode(200)
                .body("access_grants.access_grant_id", contains(grant.get("access_grant_id")));
        sim.ws1().queryParam("acs_entrance_id", entrances.get(2)).queryParam("user_identity_id", user)
                .get("/access_grants/list").then().statusCode(200)
                .body("access_grants.access_grant_id", contains(grant.get("access_grant_id")));
        sim.ws1().queryParam("acs_entrance_id", entrances.get(0)).queryParam("user_identity_id", user)
                .get("/access_grants/list").then().statusCode(200).body("access_grants", empty());
        sim.ws1().body(Map.of("user_identity_id", user, "space_keys", List.of(Sim.unique("nope")),
                        "requested_access_methods", List.of(mode("code"))))
                .post("/access_grants/create").then().statusCode(404).body("error.type", equalTo("space_not_found"));
    }

    @Test
    void each_requested_method_becomes_an_access_method_and_the_mobile_key_has_a_served_instant_key() {
        Map<String, Object> grant = fx.grantOnEntrance(fx.identity(sim.ws1()), List.of(
                Map.of("mode", "code", "code", "123456"), mode("code"), mode("card"), mode("mobile_key")));
        String grantId = id(grant, "access_grant_id");
        JsonPath g = fx.reload(grantId);
        List<String> created = g.getList("requested_access_methods.created_access_method_ids.flatten()");
        assertThat(created, equalTo(g.getList("access_method_ids")));
        assertThat(created.size(), equalTo(4));
        JsonPath listed = sim.ws1().queryParam("access_grant_id", grantId).get("/access_methods/list")
                .then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("access_methods.access_method_id"), containsInAnyOrder(created.toArray()));
        assertThat(listed.getList("access_methods.mode"), contains("code", "code", "card", "mobile_key"));
        assertThat(listed.getString("access_methods[0].code"), equalTo("123456"));
        assertThat(listed.getString("access_methods[1].code"), matchesPattern("\\d{4,9}"));
        assertThat(g.getString("requested_access_methods[1].code"), nullValue());
        assertThat(listed.getString("access_methods[2].instant_key_url"), nullValue());
        String url = listed.getString("access_methods[3].instant_key_url");
        assertThat(url, startsWith(sim.baseUrl()));
        assertThat(g.getString("instant_key_url"), equalTo(url));
        RestAssured.given().get(url).then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void ends_at_must_be_after_starts_at_and_in_the_future() {
        String user = fx.identity(sim.ws1());
        String entrance = fx.entrances(Sim.SALTO_KS_SITE).get(0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> base = Map.of("user_identity_id", user, "acs_entrance_ids", List.of(entrance),
                "requested_access_methods", List.of(mode("code")));
        for (List<Instant> window : List.of(List.of(now.plusSeconds(7200), now.plusSeconds(3600)),
                List.of(now.minusSeconds(7200), now.minusSeconds(3600)), List.of(now.plusSeconds(60), now.plusSeconds(60)))) {
            Map<String, Object> body = new HashMap<>(base);
            body.put("starts_at", window.get(0).toString());
            body.put("ends_at", window.get(1).toString());
            sim.ws1().body(body).post("/access_grants/create").then().statusCode(400)
                    .body("error.type", equalTo("invalid_input")).body("error.validation_errors", hasKey("ends_at"));
        }
        Map<String, Object> body = new HashMap<>(base);
        body.put("starts_at", "tomorrow");
        sim.ws1().body(body).post("/access_grants/create").then().statusCode(400);
        body.put("starts_at", now.minusSeconds(3600).toString());
        body.put("ends_at", now.plusSeconds(86400).toString());
        JsonPath g = fx.reload(id(create(body), "access_grant_id"));
        assertThat(Instant.parse(g.getString("starts_at")), equalTo(now.minusSeconds(3600)));
        assertThat(Instant.parse(g.getString("ends_at")), equalTo(now.plusSeconds(86400)));
        sim.ws1().queryParam("user_identity_id", user).get("/access_grants/list").then().statusCode(200)
                .body("access_grants.size()", equalTo(1));
    }

    @Test
    void create_without_methods_or_places_or_with_bad_mode_is_400() {
        String user = fx.identity(sim.ws1());
        String entrance = fx.entrances(Sim.SALTO_KS_SITE).get(0);
        sim.ws1().body(Map.of("user_identity_id", user, "acs_entrance_ids", List.of(entrance)))
                .post("/access_grants/create").then().statusCode(400)
                .body("error.validation_errors", hasKey("requested_access_methods"));
        sim.ws1().body(Map.of("user_identity_id", user, "requested_access_methods", List.of(mode("code"))))
                .post("/access_grants/create").then().statusCode(400).body("error.type", equalTo("invalid_input"));
        sim.ws1().body(Map.of("user_identity_id", user, "acs_entrance_ids", List.of(entrance),
                        "requested_access_methods", List.of(mode("laser"), Map.of("mode", "code", "code", "12"))))
                .post("/access_grants/create").then().statusCode(400)
                .body("error.validation_errors.requested_access_methods", hasKey("0"))
                .body("error.validation_errors.requested_access_methods", hasKey("1"));
        Map<String, Object> noIdentity = new HashMap<>(Map.of("acs_entrance_ids", List.of(entrance),
                "requested_access_methods", List.of(mode("code"))));
        sim.ws1().body(noIdentity).post("/access_grants/create").then().statusCode(400)
                .body("error.validation_errors", hasKey("user_identity_id"));
        noIdentity.put("user_identity_id", null);
        sim.ws1().body(noIdentity).post("/access_grants/create").then().statusCode(400)
                .body("error.validation_errors", hasKey("user_identity_id"));
        sim.ws1().queryParam("user_identity_id", user).get("/access_grants/list").then().statusCode(200)
                .body("access_grants", empty());
    }
}
