package dev.seamsim;

import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The examples of Seam's guide "Mapping Your Resources to Seam Resources", step by step, with the guide's own
 * values. The clock is set to before the guide's access window (August 2025) so its dates are in the future.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MappingGuideTest {
    @RegisterExtension
    static final Sim sim = new Sim(Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC));

    static String customerAccountId;
    static String roomEntranceId;
    static String room104Id;
    static String userIdentityId;

    @Test
    @Order(1)
    void a_connect_webview_tagged_with_a_customer_key_yields_an_account_with_that_key() {
        String webviewId = sim.ws1().body(Map.of("accepted_providers", List.of("salto_ks"), "customer_key", "customer-id"))
                .post("/connect_webviews/create")
                .then().statusCode(200).body("connect_webview.customer_key", equalTo("customer-id"))
                .extract().path("connect_webview.connect_webview_id");
        // The customer logs in to Salto KS in the webview.
        customerAccountId = sim.completeWebview(webviewId);
    }

    @Test
    @Order(2)
    void all_connected_accounts_and_acs_systems_of_a_customer_are_found_by_customer_key() {
        // As the guide's cURL example does: GET with a JSON body.
        List<String> accountIds = sim.ws1().body(Map.of("customer_key", "customer-id")).get("/connected_accounts/list")
                .then().statusCode(200).body("connected_accounts", hasSize(1))
                .body("connected_accounts[0].customer_key", equalTo("customer-id"))
                .extract().path("connected_accounts.connected_account_id");
        JsonPath systems = sim.ws1().body(Map.of("connected_account_id", accountIds.get(0))).get("/acs/systems/list")
                .then().statusCode(200).extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(systems.getList("acs_systems.name"),
                containsInAnyOrder("Salto KS Site", "Salto Space Site"));
        org.hamcrest.MatcherAssert.assertThat(systems.getList("acs_systems.connected_account_id"),
                containsInAnyOrder(customerAccountId, customerAccountId));
        String ksSite = systems.getString("acs_systems.find { it.name == 'Salto KS Site' }.acs_system_id");
        roomEntranceId = sim.ws1().queryParam("acs_system_id", ksSite).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances[1].acs_entrance_id");
    }

    @Test
    @Order(3)
    void the_seeded_account_holds_the_guides_systems_with_the_guides_ids() {
        sim.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/acs/systems/list")
                .then().statusCode(200)
                .body("acs_systems.acs_system_id", containsInAnyOrder(Sim.SALTO_KS_SITE, Sim.SALTO_SPACE_SITE))
                .body("acs_systems.name", containsInAnyOrder("Salto KS Site", "Salto Space Site"));
    }

    @Test
    @Order(4)
    void a_space_carries_the_room_id_as_space_key() {
        room104Id = sim.ws1().body(Map.of("name", "Valley Grove - Room 104", "acs_entrance_ids", List.of(roomEntranceId),
                        "space_key", "room-104-id"))
                .post("/spaces/create").then().statusCode(200)
                .body("space.name", equalTo("Valley Grove - Room 104"))
                .body("space.space_key", equalTo("room-104-id"))
                .body("space.acs_entrance_count", equalTo(1))
                .extract().path("space.space_id");
    }

    @Test
    @Order(5)
    void a_user_identity_carries_the_end_user_id_as_user_identity_key() {
        userIdentityId = sim.ws1().body(Map.of("full_name", "Jane Doe", "user_identity_key", "user-123-id"))
                .post("/user_identities/create").then().statusCode(200)
                .body("user_identity.full_name", equalTo("Jane Doe"))
                .body("user_identity.user_identity_key", equalTo("user-123-id"))
                .extract().path("user_identity.user_identity_id");
    }

    @Test
    @Order(6)
    void an_access_grant_carries_the_booking_id_as_access_grant_key() {
        sim.ws1().body(Map.of("user_identity_id", userIdentityId, "starts_at", "2025-08-13T15:00:00.000Z",
                        "ends_at", "2025-08-16T11:00:00.000Z", "requested_access_methods", List.of(Map.of("mode", "mobile_key")),
                        "space_ids", List.of(room104Id), "access_grant_key", "booking-789-id"))
                .post("/access_grants/create").then().statusCode(200)
                .body("access_grant.access_grant_key", equalTo("booking-789-id"))
                .body("access_grant.starts_at", equalTo("2025-08-13T15:00:00.000Z"))
                .body("access_grant.ends_at", equalTo("2025-08-16T11:00:00.000Z"))
                .body("access_grant.user_identity_id", equalTo(userIdentityId))
                .body("access_grant.space_ids", equalTo(List.of(room104Id)))
                .body("access_grant.requested_access_methods[0].display_name", equalTo("Mobile Key"))
                .body("access_grant.requested_access_methods[0].mode", equalTo("mobile_key"))
                .body("access_grant.requested_access_methods[0].created_access_method_ids", hasSize(1))
                .body("access_grant.instant_key_url", startsWith(sim.baseUrl()));
    }

    @Test
    @Order(7)
    void resources_are_retrieved_by_their_keys() {
        sim.ws1().body(Map.of("space_key", "room-104-id")).post("/spaces/get").then().statusCode(200)
                .body("space.space_id", equalTo(room104Id)).body("space.name", equalTo("Valley Grove - Room 104"));
        sim.ws1().body(Map.of("access_grant_key", "booking-789-id")).post("/access_grants/get").then().statusCode(200)
                .body("access_grant.user_identity_id", equalTo(userIdentityId))
                .body("access_grant.instant_key_url", notNullValue());
        sim.ws1().queryParam("user_identity_key", "user-123-id").get("/user_identities/get").then().statusCode(200)
                .body("user_identity.user_identity_id", equalTo(userIdentityId));
    }

    @Test
    @Order(8)
    void keys_are_unique_within_a_workspace_except_customer_key() {
        sim.ws1().body(Map.of("name", "Another room", "space_key", "room-104-id")).post("/spaces/create")
                .then().statusCode(409).body("error.type", equalTo("duplicate_space_key"))
                .body("error.data.space_id", equalTo(room104Id));
        sim.createWebview(sim.ws1(), Map.of("accepted_providers", List.of("salto_ks"), "customer_key", "customer-id"));
        sim.ws2().body(Map.of("name", "Other workspace", "space_key", "room-104-id")).post("/spaces/create")
                .then().statusCode(200);
    }
}
