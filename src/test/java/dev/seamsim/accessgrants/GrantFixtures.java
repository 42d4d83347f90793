package dev.seamsim.accessgrants;

import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the access grant and access method tests build on: seeded entrances, fresh identities, spaces, grants. */
final class GrantFixtures {
    private final Sim sim;

    GrantFixtures(Sim sim) {
        this.sim = sim;
    }

    /** The seeded entrances of one of workspace 1's Salto systems. */
    List<String> entrances(String acsSystemId) {
        List<String> ids = sim.ws1().queryParam("acs_system_id", acsSystemId).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances.acs_entrance_id");
        if (ids.size() < 2) throw new AssertionError("expected seeded entrances in " + acsSystemId + ", got " + ids);
        return ids;
    }

    String identity(RequestSpecification as) {
        return as.body(Map.of("user_identity_key", Sim.unique("grantee"))).post("/user_identities/create")
                .then().statusCode(200).extract().path("user_identity.user_identity_id");
    }

    /** A space with a fresh space_key; customerKey may be null. Returns the space as sent back. */
    Map<String, Object> space(RequestSpecification as, List<String> entranceIds, String customerKey) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Sim.unique("Room"));
        body.put("space_key", Sim.unique("space"));
        body.put("acs_entrance_ids", entranceIds);
        if (customerKey != null) body.put("customer_key", customerKey);
        return as.body(body).post("/spaces/create").then().statusCode(200).extract().path("space");
    }

    /** Creates a grant for {@code userIdentityId} with the given extra fields (and a PIN code if none asked). */
    Map<String, Object> grant(RequestSpecification as, String userIdentityId, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("user_identity_id", userIdentityId);
        body.putIfAbsent("requested_access_methods", List.of(Map.of("mode", "code")));
        return as.body(body).post("/access_grants/create").then().statusCode(200).extract().path("access_grant");
    }

    /** A grant in workspace 1 on the first seeded Salto KS entrance, with the given methods. */
    Map<String, Object> grantOnEntrance(String userIdentityId, List<Map<String, Object>> methods) {
        return grant(sim.ws1(), userIdentityId, Map.of("acs_entrance_ids", List.of(entrances(Sim.SALTO_KS_SITE).get(0)),
                "requested_access_methods", methods));
    }

    /** A grant of workspace 1 as /access_grants/get shows it now, rooted at access_grant. */
    JsonPath reload(String grantId) {
        return sim.ws1().queryParam("access_grant_id", grantId).get("/access_grants/get")
                .then().statusCode(200).extract().jsonPath().setRootPath("access_grant");
    }

    static Map<String, Object> mode(String mode) {
        return Map.of("mode", mode);
    }

    /** A string field that must be there, such as an id or a key. */
    static String id(Map<String, Object> object, String field) {
        Object value = object.get(field);
        if (!(value instanceof String s)) throw new AssertionError("no " + field + " in " + object);
        return s;
    }
}
