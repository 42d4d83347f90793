package dev.seamsim.control;

import dev.seamsim.SeamSimulator;
import dev.seamsim.control.ControlPlane.NewWorkspace;
import dev.seamsim.testing.Sim;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deterministic mode: the same seed and the same calls give byte-identical responses (but for seam-request-id),
 * in another simulator or after a reset; another seed gives other ids; the clock stands still until moved.
 */
class DeterministicModeTest {
    private static final String START = "2025-01-01T00:00:00.000Z";

    @RegisterExtension
    static final Sim seven = new Sim(b -> b.deterministic(7).publicUrl("http://sim.test"));
    @RegisterExtension
    static final Sim alsoSeven = new Sim(b -> b.deterministic(7).publicUrl("http://sim.test"));
    @RegisterExtension
    static final Sim eight = new Sim(b -> b.deterministic(8).publicUrl("http://sim.test"));

    @BeforeEach
    void back_to_the_start() {
        for (Sim sim : List.of(seven, alsoSeven, eight)) sim.anonymous().post("/_fake/reset").then().statusCode(200);
    }

    @Test
    void two_simulators_with_the_same_seed_answer_the_same_calls_byte_for_byte() {
        assertSameAnswers(scenario(seven), scenario(alsoSeven));
    }

    @Test
    void after_a_reset_the_same_calls_give_the_same_answers_again() {
        List<String> before = scenario(seven);
        seven.anonymous().post("/_fake/reset").then().statusCode(200);
        assertSameAnswers(before, scenario(seven));
        seven.simulator().reset();
        assertSameAnswers(before, scenario(seven));
    }

    @Test
    void another_seed_gives_other_ids_at_the_same_times() {
        String sevenId = identityId(seven);
        String eightId = identityId(eight);
        assertNotEquals(sevenId, eightId);
        assertNotEquals(scenario(seven), scenario(eight));
        eight.ws1().queryParam("user_identity_id", eightId).get("/user_identities/get").then().statusCode(200)
                .body("user_identity.created_at", equalTo(START));
    }

    @Test
    void the_clock_is_frozen_until_moved() {
        seven.anonymous().get("/_fake/clock").then().statusCode(200)
                .body("clock.now", equalTo(START)).body("clock.frozen", equalTo(true));
        assertTrue(seven.simulator().clock().isFrozen());
        String id = identityId(seven);
        scenario(seven);
        seven.ws1().queryParam("user_identity_id", id).get("/user_identities/get").then()
                .body("user_identity.created_at", equalTo(START));
        seven.anonymous().get("/_fake/clock").then().body("clock.now", equalTo(START));
        seven.anonymous().body(Map.of("advance_seconds", 90)).post("/_fake/clock").then().statusCode(200)
                .body("clock.now", equalTo("2025-01-01T00:01:30.000Z"));
        seven.ws1().body(Map.of("user_identity_key", "later")).post("/user_identities/create").then().statusCode(200)
                .body("user_identity.created_at", equalTo("2025-01-01T00:01:30.000Z"));
        seven.simulator().clock().set(Instant.parse("2026-02-03T04:05:06.789Z"));
        seven.anonymous().get("/_fake/clock").then().body("clock.now", equalTo("2026-02-03T04:05:06.789Z"));
    }

    @Test
    void a_reset_puts_the_clock_back_to_its_start() {
        seven.anonymous().body(Map.of("advance_seconds", 3600)).post("/_fake/clock").then().statusCode(200);
        seven.anonymous().post("/_fake/reset").then().statusCode(200);
        seven.anonymous().get("/_fake/clock").then().body("clock.now", equalTo(START)).body("clock.frozen", equalTo(true));
        seven.simulator().clock().set(Instant.parse("2030-01-01T00:00:00Z"));
        seven.simulator().reset();
        assertEquals(Instant.parse(START), seven.simulator().clock().instant());
        seven.simulator().clock().advance(Duration.ofDays(1));
        seven.anonymous().body(Map.of("workspace_id", Sim.WS1)).post("/_fake/reset").then().statusCode(200);
        seven.anonymous().get("/_fake/clock").then().body("clock.now", equalTo("2025-01-02T00:00:00.000Z"));
    }

    @Test
    void workspaces_made_in_process_are_reproducible_too() {
        NewWorkspace a = seven.simulator().newWorkspace();
        NewWorkspace b = alsoSeven.simulator().newWorkspace();
        NewWorkspace c = eight.simulator().newWorkspace();
        assertEquals(a.workspace().id(), b.workspace().id());
        assertEquals(a.apiKey(), b.apiKey());
        assertNotEquals(a.workspace().id(), c.workspace().id());
        assertEquals(Instant.parse(START), a.workspace().createdAt());
        seven.as(a.apiKey()).get("/workspaces/get").then().statusCode(200)
                .body("workspace.workspace_id", equalTo(a.workspace().id()));
    }

    @Test
    void the_clock_can_start_elsewhere_and_fixture_ids_do_not_depend_on_the_seed() {
        Instant august = Instant.parse("2025-08-01T00:00:00Z");
        try (SeamSimulator sim = SeamSimulator.builder().port(0).deterministic(99).clockStart(august).start()) {
            assertEquals(august, sim.clock().instant());
            assertTrue(sim.clock().isFrozen());
        }
        seven.ws1().get("/workspaces/get").then().body("workspace.workspace_id", equalTo(Sim.WS1));
        eight.ws1().queryParam("connected_account_id", Sim.SEEDED_ACCOUNT).get("/connected_accounts/get")
                .then().statusCode(200).body("connected_account.created_at", equalTo(START));
        eight.ws1().get("/user_identities/list").then().body("user_identities.user_identity_id", not(equalTo(null)));
    }

    /** A run of calls over several families and a made workspace; each answer as status, headers and body. */
    private static List<String> scenario(Sim sim) {
        List<String> answers = new ArrayList<>();
        answers.add(text(sim.ws1().get("/workspaces/get")));
        Response entrances = sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/entrances/list");
        answers.add(text(entrances));
        String entrance = entrances.path("acs_entrances[0].acs_entrance_id");
        Response identity = sim.ws1().body(Map.of("user_identity_key", "guest-1", "full_name", "Jane Doe"))
                .post("/user_identities/create");
        answers.add(text(identity));
        Response space = sim.ws1().body(Map.of("name", "Room 104", "space_key", "room-104",
                "acs_entrance_ids", List.of(entrance))).post("/spaces/create");
        answers.add(text(space));
        Response grant = sim.ws1().body(Map.of("user_identity_id", identity.<String>path("user_identity.user_identity_id"),
                "space_ids", List.of(space.<String>path("space.space_id")), "ends_at", "2025-01-03T11:00:00.000Z",
                "requested_access_methods", List.of(Map.of("mode", "mobile_key"), Map.of("mode", "code"))))
                .post("/access_grants/create");
        answers.add(text(grant));
        answers.add(text(sim.ws1().queryParam("access_grant_id", grant.<String>path("access_grant.access_grant_id"))
                .get("/access_methods/list")));
        answers.add(text(sim.ws1().body(Map.of("accepted_providers", List.of("salto_ks")))
                .post("/connect_webviews/create")));
        answers.add(text(sim.ws1().get("/user_identities/list")));
        answers.add(text(sim.ws2().queryParam("space_id", space.<String>path("space.space_id")).get("/spaces/get")));
        Response made = sim.anonymous().body(Map.of()).post("/_fake/workspaces");
        answers.add(text(made));
        RequestSpecification inMade = sim.as(made.path("workspace.api_key"));
        answers.add(text(inMade.get("/workspaces/get")));
        answers.add(text(inMade.get("/acs/entrances/list")));
        answers.add(text(sim.anonymous().get("/_fake/workspaces")));
        return answers;
    }

    private static void assertSameAnswers(List<String> expected, List<String> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i), "answer " + i);
    }

    private static String identityId(Sim sim) {
        return sim.ws1().body(Map.of("user_identity_key", "guest-x")).post("/user_identities/create")
                .then().statusCode(200).extract().path("user_identity.user_identity_id");
    }

    /** Everything but the request id (random by design) and the Date header. */
    private static String text(Response response) {
        String headers = response.headers().asList().stream()
                .filter(h -> !h.getName().equalsIgnoreCase("seam-request-id") && !h.getName().equalsIgnoreCase("Date"))
                .map(Header::toString).sorted().collect(Collectors.joining("\n"));
        return response.statusCode() + "\n" + headers + "\n" + response.asString();
    }
}
