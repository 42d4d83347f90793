package dev.seamsim.accessgrants;

import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static dev.seamsim.accessgrants.GrantFixtures.id;
import static dev.seamsim.accessgrants.GrantFixtures.mode;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** What grants keep pointing at when the things they name go away, and filters through a customer's account. */
class AccessGrantCleanupTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    final GrantFixtures fixtures = new GrantFixtures(sim);

    /** A fresh Salto KS account in workspace 1, tagged with {@code customerKey}; returns its first entrance. */
    private String connectedEntrance(String customerKey) {
        String accountId = sim.connectAccount(sim.ws1(), Map.of("accepted_providers", List.of("salto_ks"),
                "customer_key", customerKey));
        return sim.ws1().queryParam("connected_account_id", accountId).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances[0].acs_entrance_id");
    }

    @Test
    void grants_are_found_by_the_customer_key_of_the_account_behind_their_entrances() {
        String customerKey = Sim.unique("customer");
        String entranceId = connectedEntrance(customerKey);
        Map<String, Object> grant = fixtures.grant(sim.ws1(), fixtures.identity(sim.ws1()),
                Map.of("acs_entrance_ids", List.of(entranceId)));
        sim.ws1().queryParam("customer_key", customerKey).get("/access_grants/list").then().statusCode(200)
                .body("access_grants.access_grant_id", equalTo(List.of(id(grant, "access_grant_id"))));
    }

    @Test
    void deleting_a_connected_account_takes_its_entrances_out_of_grants() {
        String entranceId = connectedEntrance(Sim.unique("customer"));
        String accountId = sim.ws1().queryParam("acs_entrance_id", entranceId).get("/acs/entrances/get")
                .then().statusCode(200).extract().path("acs_entrance.connected_account_id");
        fixtures.grant(sim.ws1(), fixtures.identity(sim.ws1()), Map.of("acs_entrance_ids", List.of(entranceId)));
        sim.ws1().queryParam("acs_entrance_id", entranceId).get("/access_grants/list").then().body("access_grants", hasSize(1));

        sim.ws1().queryParam("connected_account_id", accountId).delete("/connected_accounts/delete").then().statusCode(200);
        sim.ws1().queryParam("acs_entrance_id", entranceId).get("/access_grants/list").then().statusCode(200)
                .body("access_grants", empty());
    }

    @Test
    void deleting_a_space_takes_it_out_of_grants() {
        Map<String, Object> space = fixtures.space(sim.ws1(), fixtures.entrances(Sim.SALTO_SPACE_SITE), null);
        String spaceId = id(space, "space_id");
        Map<String, Object> grant = fixtures.grant(sim.ws1(), fixtures.identity(sim.ws1()), Map.of("space_ids", List.of(spaceId)));

        sim.ws1().queryParam("space_id", spaceId).delete("/spaces/delete").then().statusCode(200);
        sim.ws1().queryParam("access_grant_id", id(grant, "access_grant_id")).get("/access_grants/get").then().statusCode(200)
                .body("access_grant.space_ids", empty()).body("access_grant.location_ids", empty());
    }

    @Test
    void access_methods_of_a_reservation_are_deleted_by_reservation_key() {
        String reservation = Sim.unique("reservation");
        String userIdentityId = fixtures.identity(sim.ws1());
        Map<String, Object> first = fixtures.grantOnEntrance(userIdentityId, List.of(mode("code")));
        Map<String, Object> second = fixtures.grant(sim.ws1(), userIdentityId, Map.of("reservation_key", reservation,
                "acs_entrance_ids", fixtures.entrances(Sim.SALTO_KS_SITE), "requested_access_methods",
                List.of(mode("code"), mode("mobile_key"))));

        sim.ws1().queryParam("reservation_key", reservation).delete("/access_methods/delete").then().statusCode(200);
        sim.ws1().queryParam("access_grant_id", id(second, "access_grant_id")).get("/access_methods/list")
                .then().statusCode(200).body("access_methods", empty());
        sim.ws1().queryParam("access_grant_id", id(first, "access_grant_id")).get("/access_methods/list")
                .then().statusCode(200).body("access_methods", hasSize(1));
    }
}
