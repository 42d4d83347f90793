package dev.seamsim.control.faults;

import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * /_fake/faults: forced statuses, delays, times, scoping by method, workspace and path prefix, listing and removal.
 * REST Assured does not retry; the JavaScript SDK retries GET/PUT/DELETE on 429 and 5xx twice (axios-retry), so
 * there a times:1 fault on a GET would be absorbed by the retry.
 */
class FaultRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @AfterEach
    void clear_faults() {
        sim.anonymous().delete("/_fake/faults").then().statusCode(200);
    }

    private static String addFault(Map<String, Object> body) {
        return sim.anonymous().body(body).post("/_fake/faults").then().statusCode(200)
                .body("ok", equalTo(true)).extract().path("fault.fault_id");
    }

    private static Map<String, Object> fault(Object... keysAndValues) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return out;
    }

    @Test
    void a_forced_status_answers_a_seam_error_for_the_next_n_calls_and_changes_nothing() {
        String id = addFault(fault("path", "/spaces/create", "status", 500, "error_type", "internal_server_error",
                "message", "boom", "times", 2));
        String key = Sim.unique("faulted");
        for (int i = 0; i < 2; i++) {
            sim.allowing5xx(Sim.KEY1).body(Map.of("name", key, "space_key", key)).post("/spaces/create").then()
                    .statusCode(500).body("error.type", equalTo("internal_server_error"))
                    .body("error.message", equalTo("boom")).body("error.data.fault_id", equalTo(id));
        }
        sim.ws1().queryParam("space_key", key).get("/spaces/list").then().statusCode(200).body("spaces", empty());
        sim.ws1().body(Map.of("name", key, "space_key", key)).post("/spaces/create").then().statusCode(200);
        sim.anonymous().get("/_fake/faults").then().statusCode(200).body("faults", empty());
    }

    @Test
    void a_fault_without_times_holds_until_removed_and_counts_its_hits() {
        String id = addFault(fault("path", "/spaces/list", "status", 429));
        for (int i = 0; i < 3; i++) {
            sim.ws2().get("/spaces/list").then().statusCode(429).body("error.type", equalTo("rate_limited"));
        }
        JsonPath listed = sim.anonymous().get("/_fake/faults").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getString("faults[0].fault_id"), equalTo(id));
        assertThat(listed.getString("faults[0].kind"), equalTo("fault"));
        assertThat(listed.getInt("faults[0].hits"), equalTo(3));
        assertThat(listed.get("faults[0].remaining"), nullValue());
        assertThat(listed.get("faults[0].times"), nullValue());
        sim.anonymous().queryParam("fault_id", id).delete("/_fake/faults").then().statusCode(200);
        sim.ws2().get("/spaces/list").then().statusCode(200);
    }

    @Test
    void remaining_counts_down_as_calls_take_the_fault() {
        addFault(fault("path", "/spaces/list", "status", 503, "times", 3));
        sim.allowing5xx(Sim.KEY2).get("/spaces/list").then().statusCode(503).body("error.type", equalTo("service_unavailable"));
        sim.anonymous().get("/_fake/faults").then().body("faults[0].remaining", equalTo(2))
                .body("faults[0].times", equalTo(3)).body("faults[0].hits", equalTo(1));
    }

    @Test
    void a_fault_for_one_workspace_leaves_the_other_alone() {
        addFault(fault("path", "/spaces/list", "workspace_id", Sim.WS1, "status", 500));
        sim.allowing5xx(Sim.KEY1).get("/spaces/list").then().statusCode(500);
        sim.ws2().get("/spaces/list").then().statusCode(200);
        sim.as(Sim.PAT).header("seam-workspace", Sim.WS2).get("/spaces/list").then().statusCode(200);
        sim.allowing5xx(Sim.PAT).header("seam-workspace", Sim.WS1).get("/spaces/list").then().statusCode(500);
    }

    @Test
    void a_fault_for_one_method_leaves_the_others_alone() {
        addFault(fault("path", "/spaces/list", "method", "get", "status", 502));
        sim.allowing5xx(Sim.KEY1).get("/spaces/list").then().statusCode(502).body("error.type", equalTo("bad_gateway"));
        sim.ws1().body(Map.of()).post("/spaces/list").then().statusCode(200);
        sim.anonymous().get("/_fake/faults").then().body("faults[0].method", equalTo("GET"));
    }

    @Test
    void a_path_ending_in_a_star_covers_every_route_under_it() {
        addFault(fault("path", "/acs/*", "status", 504, "times", 2));
        sim.allowing5xx(Sim.KEY1).get("/acs/systems/list").then().statusCode(504).body("error.type", equalTo("gateway_timeout"));
        sim.ws1().get("/spaces/list").then().statusCode(200);
        sim.allowing5xx(Sim.KEY1).get("/acs/entrances/list").then().statusCode(504);
        sim.ws1().get("/acs/entrances/list").then().statusCode(200);
    }

    @Test
    void a_delay_slows_the_call_and_then_runs_the_route() {
        addFault(fault("path", "/spaces/create", "delay_ms", 400, "times", 1));
        String key = Sim.unique("slow");
        long start = System.nanoTime();
        sim.ws1().body(Map.of("name", key, "space_key", key)).post("/spaces/create").then().statusCode(200);
        assertThat((System.nanoTime() - start) / 1_000_000, greaterThanOrEqualTo(400L));
        sim.ws1().queryParam("space_key", key).get("/spaces/list").then().body("spaces", hasSize(1));
        sim.anonymous().get("/_fake/faults").then().body("faults", empty());
        JsonPath recorded = sim.anonymous().queryParam("path", "/spaces/create").queryParam("limit", 1)
                .get("/_fake/requests").then().extract().jsonPath();
        assertThat(recorded.getDouble("requests[0].duration_ms"), greaterThanOrEqualTo(400.0));
    }

    @Test
    void a_random_delay_stays_within_its_range_and_can_precede_an_error() {
        addFault(fault("path", "/workspaces/get", "delay_ms_min", 200, "delay_ms_max", 300, "status", 503, "times", 1));
        long start = System.nanoTime();
        sim.allowing5xx(Sim.KEY2).get("/workspaces/get").then().statusCode(503);
        assertThat((System.nanoTime() - start) / 1_000_000, greaterThanOrEqualTo(200L));
        sim.anonymous().get("/_fake/faults").then().body("faults", empty());
    }

    @Test
    void an_unauthenticated_call_still_gets_its_401_and_fake_routes_and_health_are_never_faulted() {
        addFault(fault("path", "*", "status", 500));
        sim.anonymous().get("/spaces/list").then().statusCode(401);
        sim.anonymous().get("/health").then().statusCode(200);
        sim.anonymous().get("/_fake/faults").then().statusCode(200).body("faults", hasSize(1));
        sim.allowing5xx(Sim.KEY1).get("/workspaces/list").then().statusCode(500);
    }

    @Test
    void the_journal_records_the_forced_error() {
        addFault(fault("path", "/acs/systems/get", "status", 500, "times", 1));
        String requestId = sim.allowing5xx(Sim.KEY1).queryParam("acs_system_id", Sim.SALTO_KS_SITE)
                .get("/acs/systems/get").then().statusCode(500).extract().header("seam-request-id");
        JsonPath recorded = sim.anonymous().queryParam("status", 500).queryParam("limit", 1)
                .get("/_fake/requests").then().extract().jsonPath();
        assertThat(recorded.getString("requests[0].seam_request_id"), equalTo(requestId));
        assertThat(recorded.getString("requests[0].response_body.error.type"), equalTo("internal_server_error"));
        assertThat(recorded.getString("requests[0].workspace_id"), equalTo(Sim.WS1));
    }

    @Test
    void delete_removes_one_fault_or_all_and_an_unknown_id_is_a_404() {
        String first = addFault(fault("path", "/spaces/list", "status", 500));
        addFault(fault("path", "/spaces/get", "status", 500));
        sim.anonymous().queryParam("fault_id", first).delete("/_fake/faults").then().statusCode(200);
        sim.anonymous().get("/_fake/faults").then().body("faults.path", equalTo(List.of("/spaces/get")));
        sim.anonymous().queryParam("fault_id", first).delete("/_fake/faults").then().statusCode(404)
                .body("error.type", equalTo("fault_not_found"));
        sim.anonymous().delete("/_fake/faults").then().statusCode(200);
        sim.anonymous().get("/_fake/faults").then().body("faults", empty());
    }

    @Test
    void a_reset_clears_every_fault() {
        addFault(fault("path", "/spaces/list", "status", 500));
        sim.anonymous().body(Map.of()).post("/_fake/reset").then().statusCode(200);
        sim.anonymous().get("/_fake/faults").then().body("faults", empty());
        sim.ws1().get("/spaces/list").then().statusCode(200);
    }

    @Test
    void invalid_faults_are_refused_with_invalid_input_naming_the_parameter() {
        Map<String, Map<String, Object>> cases = Map.ofEntries(
                Map.entry("status", fault("path", "/spaces/list", "status", 302)),
                Map.entry("delay_ms", fault("path", "/spaces/list", "delay_ms", 60_001)),
                Map.entry("times", fault("path", "/spaces/list", "status", 500, "times", 0)),
                Map.entry("method", fault("path", "/spaces/list", "status", 500, "method", "FETCH")),
                Map.entry("error_type", fault("path", "/spaces/list", "error_type", "x")),
                Map.entry("delay_ms_min", fault("path", "/spaces/list", "delay_ms_min", 300, "delay_ms_max", 100)),
                Map.entry("delay_ms_max", fault("path", "/spaces/list", "delay_ms_min", 300)),
                Map.entry("workspace_id", fault("path", "/spaces/list", "status", 500, "workspace_id", "ws1")),
                Map.entry("path", fault("path", "/_fake/reset", "status", 500)),
                Map.entry("_errors", fault("path", "/spaces/list")));
        cases.forEach((param, body) -> sim.anonymous().body(body).post("/_fake/faults").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors." + param, notNullValue()));
        sim.anonymous().body(fault("path", "/spaces/list", "delay_ms", -1)).post("/_fake/faults").then()
                .statusCode(400).body("error.validation_errors.delay_ms", notNullValue());
        sim.anonymous().body(fault("path", "/spaces/list", "delay_ms", 10, "delay_ms_max", 20)).post("/_fake/faults")
                .then().statusCode(400).body("error.validation_errors.delay_ms", notNullValue());
        sim.anonymous().body(fault("status", 500)).post("/_fake/faults").then().statusCode(400)
                .body("error.message", startsWith("path is required"));
        sim.anonymous().body(fault("path", "/spaces/list", "status", 600)).post("/_fake/faults").then().statusCode(400);
        sim.anonymous().body(fault("path", "/spaces/list", "status", 500, "workspace_id",
                "5d4b2a11-5e5a-4f7b-9b1c-00000000dead")).post("/_fake/faults").then().statusCode(404)
                .body("error.type", equalTo("workspace_not_found"));
        sim.anonymous().get("/_fake/faults").then().body("faults", empty());
    }
}
