package dev.seamsim.useridentities;

import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.seamsim.useridentities.UserIdentityRoutesTest.get;
import static dev.seamsim.useridentities.UserIdentityRoutesTest.newIdentity;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** /user_identities/update and /user_identities/delete. */
class UserIdentityUpdateTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void update_answers_ok_only_changes_sent_fields_and_null_clears() {
        Map<String, Object> u = newIdentity(sim.ws1(), "Carol");
        String id = (String) u.get("user_identity_id");
        Map<String, Object> body = new HashMap<>();
        body.put("user_identity_id", id);
        body.put("full_name", "Carol Danvers");
        body.put("email_address", null);
        Map<String, Object> answer = sim.ws1().body(body).patch("/user_identities/update")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(answer, equalTo(Map.of("ok", true)));
        JsonPath after = get(sim.ws1(), id);
        assertThat(after.getString("user_identity.full_name"), equalTo("Carol Danvers"));
        assertThat(after.getString("user_identity.email_address"), nullValue());
        assertThat(after.getString("user_identity.phone_number"), equalTo(u.get("phone_number")));
        assertThat(after.getString("user_identity.user_identity_key"), equalTo(u.get("user_identity_key")));
        // the cleared email is free again
        sim.ws1().body(Map.of("email_address", u.get("email_address"))).post("/user_identities/create")
                .then().statusCode(200);
    }

    @Test
    void update_moves_the_key_freeing_the_old_one_and_a_taken_key_is_409_with_nothing_changed() {
        Map<String, Object> a = newIdentity(sim.ws1(), "A");
        Map<String, Object> b = newIdentity(sim.ws1(), "B");
        String aId = (String) a.get("user_identity_id");
        String oldKey = (String) a.get("user_identity_key");
        String newKey = Sim.unique("moved");
        sim.ws1().body(Map.of("user_identity_id", aId, "user_identity_key", newKey)).post("/user_identities/update")
                .then().statusCode(200);
        sim.ws1().queryParam("user_identity_key", newKey).get("/user_identities/get")
                .then().statusCode(200).body("user_identity.user_identity_id", equalTo(aId));
        sim.ws1().queryParam("user_identity_key", oldKey).get("/user_identities/get").then().statusCode(404);
        sim.ws1().body(Map.of("user_identity_key", oldKey)).post("/user_identities/create").then().statusCode(200);

        sim.ws1().body(Map.of("user_identity_id", aId, "user_identity_key", b.get("user_identity_key"),
                        "full_name", "Changed"))
                .patch("/user_identities/update").then().statusCode(409)
                .body("error.type", equalTo("duplicate_user_identity_key"))
                .body("error.data.user_identity_id", equalTo(b.get("user_identity_id")));
        for (String field : List.of("email_address", "phone_number")) {
            sim.ws1().body(Map.of("user_identity_id", aId, field, b.get(field))).patch("/user_identities/update")
                    .then().statusCode(409).body("error.type", equalTo("duplicate_" + field));
        }
        sim.ws1().body(Map.of("user_identity_id", aId, "user_identity_key", newKey, "email_address", a.get("email_address")))
                .patch("/user_identities/update").then().statusCode(200);
        JsonPath after = get(sim.ws1(), aId);
        assertThat(after.getString("user_identity.user_identity_key"), equalTo(newKey));
        assertThat(after.getString("user_identity.full_name"), equalTo("A"));
        assertThat(after.getString("user_identity.phone_number"), equalTo(a.get("phone_number")));
    }

    @Test
    void update_of_unknown_identity_is_404() {
        sim.ws1().body(Map.of("user_identity_id", "00000000-0000-4000-8000-000000000000", "full_name", "X"))
                .patch("/user_identities/update").then().statusCode(404).body("error.type", equalTo("user_identity_not_found"));
    }

    @Test
    void delete_frees_key_email_and_phone() {
        Map<String, Object> u = newIdentity(sim.ws1(), "Dave");
        String id = (String) u.get("user_identity_id");
        sim.ws1().queryParam("user_identity_id", id).delete("/user_identities/delete").then().statusCode(200);
        sim.ws1().queryParam("user_identity_id", id).get("/user_identities/get")
                .then().statusCode(404).body("error.type", equalTo("user_identity_not_found"));
        sim.ws1().queryParam("user_identity_id", id).delete("/user_identities/delete")
                .then().statusCode(404).body("error.type", equalTo("user_identity_not_found"));
        Map<String, Object> again = new HashMap<>(u);
        again.keySet().retainAll(List.of("user_identity_key", "email_address", "phone_number"));
        sim.ws1().body(again).post("/user_identities/create").then().statusCode(200)
                .body("user_identity.user_identity_id", not(equalTo(id)));
    }

    @Test
    void delete_removes_the_identitys_access_grants_and_their_access_methods() {
        String entrance = sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances[0].acs_entrance_id");
        String id = (String) newIdentity(sim.ws1(), "Heidi").get("user_identity_id");
        String otherId = (String) newIdentity(sim.ws1(), "Ivan").get("user_identity_id");
        List<String> grants = new ArrayList<>();
        for (String owner : List.of(id, id, otherId)) {
            grants.add(sim.ws1().body(Map.of("user_identity_id", owner, "acs_entrance_ids", List.of(entrance),
                            "requested_access_methods", List.of(Map.of("mode", "code"), Map.of("mode", "mobile_key"))))
                    .post("/access_grants/create").then().statusCode(200).extract().path("access_grant.access_grant_id"));
        }
        List<String> methods = sim.ws1().queryParam("access_grant_id", grants.get(0)).get("/access_methods/list")
                .then().statusCode(200).extract().path("access_methods.access_method_id");
        assertThat(methods.size(), equalTo(2));

        sim.ws1().body(Map.of("user_identity_id", id)).post("/user_identities/delete").then().statusCode(200);
        sim.ws1().queryParam("user_identity_id", id).get("/access_grants/list").then().statusCode(200)
                .body("access_grants", empty());
        for (String grant : grants.subList(0, 2)) {
            sim.ws1().queryParam("access_grant_id", grant).get("/access_grants/get").then().statusCode(404)
                    .body("error.type", equalTo("access_grant_not_found"));
        }
        for (String method : methods) {
            sim.ws1().queryParam("access_method_id", method).get("/access_methods/get").then().statusCode(404)
                    .body("error.type", equalTo("access_method_not_found"));
        }
        sim.ws1().queryParam("access_grant_id", grants.get(2)).get("/access_grants/get").then().statusCode(200)
                .body("access_grant.user_identity_id", equalTo(otherId))
                .body("access_grant.access_method_ids.size()", equalTo(2));
    }
}
