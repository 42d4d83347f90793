package dev.seamsim.control;

import dev.seamsim.testing.Sim;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET/POST /_fake/clock and SeamSimulator.clock(): a running clock that tests can set and move on. */
class ClockTest {
    private static final Instant AUGUST = Instant.parse("2025-08-01T00:00:00Z");

    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void the_clock_runs_in_real_time_until_set() {
        sim.simulator().clock().set(Instant.now());
        Instant now = clockNow(sim.anonymous());
        assertTrue(Duration.between(Instant.now(), now).abs().toSeconds() < 60, "clock at " + now);
        sim.anonymous().get("/_fake/clock").then().statusCode(200).body("clock.frozen", equalTo(false));
    }

    @Test
    void setting_now_dates_new_objects_from_there() {
        sim.anonymous().body(Map.of("now", "2025-08-01T00:00:00.000Z")).post("/_fake/clock").then().statusCode(200)
                .body("clock.now", near("2025-08-01T00:00:00Z")).body("clock.frozen", equalTo(false));
        assertNear(AUGUST, clockNow(sim.anonymous()));
        assertNear(AUGUST, sim.simulator().clock().instant());
        sim.ws1().body(Map.of("user_identity_key", Sim.unique("clock"))).post("/user_identities/create")
                .then().statusCode(200).body("user_identity.created_at", near("2025-08-01T00:00:00Z"));
        sim.ws1().body(Map.of("name", Sim.unique("Room"))).post("/spaces/create")
                .then().statusCode(200).body("space.created_at", near("2025-08-01T00:00:00Z"));
    }

    @Test
    void advance_seconds_moves_the_clock_on() {
        sim.simulator().clock().set(AUGUST);
        sim.anonymous().body(Map.of("advance_seconds", 3600)).post("/_fake/clock").then().statusCode(200)
                .body("clock.now", near("2025-08-01T01:00:00Z"));
        sim.anonymous().queryParam("advance_seconds", "86400").post("/_fake/clock").then().statusCode(200)
                .body("clock.now", near("2025-08-02T01:00:00Z"));
        sim.ws1().body(Map.of("user_identity_key", Sim.unique("clock"))).post("/user_identities/create")
                .then().statusCode(200).body("user_identity.created_at", near("2025-08-02T01:00:00Z"));
    }

    @Test
    void now_and_advance_seconds_together_set_then_advance() {
        sim.anonymous().body(Map.of("now", "2025-08-01T00:00:00Z", "advance_seconds", 60)).post("/_fake/clock")
                .then().statusCode(200).body("clock.now", near("2025-08-01T00:01:00Z"));
    }

    @Test
    void the_in_process_clock_is_the_same_clock() {
        sim.simulator().clock().set(Instant.parse("2030-01-01T00:00:00Z"));
        sim.simulator().clock().advance(Duration.ofDays(1));
        sim.anonymous().get("/_fake/clock").then().statusCode(200).body("clock.now", near("2030-01-02T00:00:00Z"));
        sim.ws2().body(Map.of("user_identity_key", Sim.unique("clock"))).post("/user_identities/create")
                .then().statusCode(200).body("user_identity.created_at", near("2030-01-02T00:00:00Z"));
        assertFalse(sim.simulator().clock().isFrozen());
    }

    @Test
    void access_grant_ends_at_is_checked_against_the_simulator_clock() {
        String entrance = sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/entrances/list")
                .then().statusCode(200).extract().path("acs_entrances[0].acs_entrance_id");
        Map<String, Object> grant = new HashMap<>();
        grant.put("acs_entrance_ids", List.of(entrance));
        grant.put("starts_at", "2025-08-13T15:00:00.000Z");
        grant.put("ends_at", "2025-08-16T11:00:00.000Z");
        grant.put("requested_access_methods", List.of(Map.of("mode", "code")));

        sim.simulator().clock().set(AUGUST);
        grant.put("user_identity_id", identity());
        sim.ws1().body(grant).post("/access_grants/create").then().statusCode(200)
                .body("access_grant.created_at", near("2025-08-01T00:00:00Z"))
                .body("access_grant.ends_at", equalTo("2025-08-16T11:00:00.000Z"));

        sim.anonymous().body(Map.of("now", "2025-09-01T00:00:00Z")).post("/_fake/clock").then().statusCode(200);
        grant.put("user_identity_id", identity());
        sim.ws1().body(grant).post("/access_grants/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.ends_at._errors[0]", equalTo("ends_at must be in the future"));
    }

    @Test
    void a_reset_puts_the_clock_back_to_real_time_but_a_workspace_reset_does_not() {
        sim.simulator().clock().set(Instant.parse("2030-01-01T00:00:00Z"));
        sim.anonymous().body(Map.of("workspace_id", Sim.WS2)).post("/_fake/reset").then().statusCode(200);
        assertNear(Instant.parse("2030-01-01T00:00:00Z"), sim.simulator().clock().instant());
        sim.anonymous().post("/_fake/reset").then().statusCode(200);
        assertTrue(Duration.between(Instant.now(), clockNow(sim.anonymous())).abs().toSeconds() < 60);
        sim.simulator().clock().set(AUGUST);
        sim.simulator().reset();
        assertTrue(Duration.between(Instant.now(), sim.simulator().clock().instant()).abs().toSeconds() < 60);
    }

    @Test
    void bad_clock_input_is_400_and_leaves_the_clock_alone() {
        sim.simulator().clock().set(AUGUST);
        List<Map<String, Object>> bad = List.of(Map.of(), Map.of("now", "yesterday"), Map.of("now", 5),
                Map.of("advance_seconds", -1), Map.of("advance_seconds", 1.5), Map.of("advance_seconds", "soon"),
                Map.of("now", "2031-01-01T00:00:00Z", "advance_seconds", "x"));
        for (Map<String, Object> body : bad) {
            sim.anonymous().body(body).post("/_fake/clock").then().statusCode(400)
                    .body("error.type", equalTo("invalid_input"));
        }
        assertNear(AUGUST, clockNow(sim.anonymous()));
        sim.anonymous().body(Map.of("now", "2025-08-01T00:00:00Z")).put("/_fake/clock").then().statusCode(405);
    }

    private static String identity() {
        return sim.ws1().body(Map.of("user_identity_key", Sim.unique("clock"))).post("/user_identities/create")
                .then().statusCode(200).extract().path("user_identity.user_identity_id");
    }

    private static Instant clockNow(RequestSpecification as) {
        return Instant.parse(as.get("/_fake/clock").then().statusCode(200).extract().<String>path("clock.now"));
    }

    /** A timestamp at {@code expected} or up to two minutes later (the clock runs on in real time). */
    private static Matcher<String> near(String expected) {
        Instant start = Instant.parse(expected);
        return new FeatureMatcher<>(allOf(greaterThanOrEqualTo(start), lessThan(start.plusSeconds(120))),
                "a timestamp", "timestamp") {
            @Override
            protected Instant featureValueOf(String actual) {
                return Instant.parse(actual);
            }
        };
    }

    /** The clock runs on in real time, so allow the seconds a slow, busy test machine takes. */
    private static void assertNear(Instant expected, Instant actual) {
        long drift = Duration.between(expected, actual).toSeconds();
        assertTrue(drift >= 0 && drift < 120, "expected about " + expected + ", got " + actual);
        assertEquals(expected.toString().substring(0, 10), actual.toString().substring(0, 10));
    }
}
