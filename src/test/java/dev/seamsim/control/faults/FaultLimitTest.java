package dev.seamsim.control.faults;

import dev.seamsim.error.SeamException;
import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Collections;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** At most Faults.MAX_FAULTS faults in force (an outage's routes count one each); past that, 409 and nothing added. */
class FaultLimitTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @AfterEach
    void clear() {
        sim.simulator().faults().clear();
    }

    private static void fill(int count) {
        for (int i = 0; i < count; i++) sim.simulator().faults().add(FaultSpec.on("/nowhere/" + i).delayMs(1));
    }

    @Test
    void a_fault_past_the_maximum_is_refused_over_http_and_in_process() {
        fill(Faults.MAX_FAULTS);
        sim.anonymous().body(Map.of("path", "/spaces/create", "status", 503)).post("/_fake/faults").then().statusCode(409)
                .body("error.type", equalTo("fault_limit_exceeded"))
                .body("error.data.max_faults", equalTo(Faults.MAX_FAULTS));
        SeamException e = assertThrows(SeamException.class, () -> sim.simulator().faults().add(FaultSpec.on("/x").status(500)));
        assertThat(e.status(), equalTo(409));
        assertThat(sim.simulator().faults().list(), hasSize(Faults.MAX_FAULTS));
        sim.ws1().get("/spaces/list").then().statusCode(200); // none of them applies, and none was added
        sim.anonymous().delete("/_fake/faults?fault_id=" + sim.simulator().faults().list().get(0).faultId()).then().statusCode(200);
        sim.anonymous().body(Map.of("path", "/x", "delay_ms", 1)).post("/_fake/faults").then().statusCode(200);
    }

    @Test
    void an_outage_that_would_pass_the_maximum_is_refused_and_the_old_outage_stays() {
        fill(Faults.MAX_FAULTS - 3);
        sim.anonymous().body(Map.of("workspace_id", Sim.WS1, "routes", java.util.List.of("/spaces/list", "/spaces/get")))
                .post("/_fake/simulate_workspace_outage").then().statusCode(200);
        // Replacing the two-route outage with four routes would make 1001.
        sim.anonymous().body(Map.of("workspace_id", Sim.WS1, "routes", Collections.nCopies(4, "/spaces/create")))
                .post("/_fake/simulate_workspace_outage").then().statusCode(409).body("error.type", equalTo("fault_limit_exceeded"));
        sim.allowing5xx(Sim.KEY1).get("/spaces/list").then().statusCode(503);
        // Three routes in place of two fit exactly.
        sim.anonymous().body(Map.of("workspace_id", Sim.WS1, "routes", Collections.nCopies(3, "/spaces/create")))
                .post("/_fake/simulate_workspace_outage").then().statusCode(200);
        assertThat(sim.simulator().faults().list(), hasSize(Faults.MAX_FAULTS));
        sim.ws1().get("/spaces/list").then().statusCode(200);
    }
}
