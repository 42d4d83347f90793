package dev.seamsim.control.faults;

import dev.seamsim.error.SeamException;
import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SeamSimulator.faults(): the same faults as /_fake/faults, from Java. */
class FaultsInProcessTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @AfterEach
    void clear() {
        sim.simulator().faults().clear();
    }

    @Test
    void a_fault_added_in_process_answers_over_http_and_shows_in_both_lists() {
        Fault fault = sim.simulator().faults().add(FaultSpec.on("/spaces/list").method("post").status(503).times(1));
        assertThat(fault.faultId(), equalTo(sim.anonymous().get("/_fake/faults").then().extract().path("faults[0].fault_id")));
        assertThat(fault.errorType(), equalTo("service_unavailable"));
        sim.allowing5xx(Sim.KEY1).post("/spaces/list").then().statusCode(503);
        sim.ws1().post("/spaces/list").then().statusCode(200);
        assertThat(sim.simulator().faults().list(), empty());
    }

    @Test
    void an_outage_set_in_process_ends_with_clear_outages() {
        Faults faults = sim.simulator().faults();
        faults.simulateWorkspaceOutage(Sim.WS2, List.of("/spaces/list"));
        sim.allowing5xx(Sim.KEY2).get("/spaces/list").then().statusCode(503);
        faults.clearOutages(Sim.WS2);
        sim.ws2().get("/spaces/list").then().statusCode(200);
    }

    @Test
    void a_fault_added_over_http_can_be_removed_in_process() {
        String id = sim.anonymous().body("{\"path\":\"/spaces/get\",\"status\":500}").post("/_fake/faults")
                .then().statusCode(200).extract().path("fault.fault_id");
        assertThat(sim.simulator().faults().get(id).orElseThrow().path(), equalTo("/spaces/get"));
        assertThat(sim.simulator().faults().remove(id), equalTo(true));
        assertThat(sim.simulator().faults().remove(id), equalTo(false));
    }

    @Test
    void an_invalid_spec_is_refused_with_the_same_invalid_input_error() {
        SeamException e = assertThrows(SeamException.class,
                () -> sim.simulator().faults().add(FaultSpec.on("/spaces/list").status(200)));
        assertThat(e.status(), equalTo(400));
        assertThat(e.type(), equalTo("invalid_input"));
        assertThrows(SeamException.class,
                () -> sim.simulator().faults().add(FaultSpec.on("/spaces/list").delayMs(FaultSpec.MAX_DELAY_MS + 1)));
        assertThat(sim.simulator().faults().list(), hasSize(0));
    }

    @Test
    void a_reset_in_process_clears_faults_and_the_journal() {
        sim.simulator().faults().add(FaultSpec.on("/spaces/list").status(500));
        sim.ws1().get("/workspaces/get").then().statusCode(200);
        sim.simulator().reset();
        assertThat(sim.simulator().faults().list(), empty());
        assertThat(sim.simulator().requests(), empty());
    }
}
