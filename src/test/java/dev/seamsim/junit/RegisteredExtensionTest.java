package dev.seamsim.junit;

import dev.seamsim.SeamSimulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.sameInstance;

/** The extension registered in code, configured through the simulator's builder: deterministic, reset per test. */
class RegisteredExtensionTest {
    private static final Instant START = Instant.parse("2025-08-01T00:00:00Z");

    @RegisterExtension
    static final SeamSimulatorExtension seam = SeamSimulatorExtension.builder()
            .isolation(Isolation.RESET)
            .configure(sim -> sim.deterministic(7).clockStart(START))
            .build();

    private static String firstSpaceId;
    private static String startedBeforeAll;

    @BeforeAll
    static void the_simulator_is_running_before_before_all_methods() {
        startedBeforeAll = seam.simulator().baseUrl();
    }

    @Test
    void the_field_and_the_parameter_are_one_simulator(SeamSimulator sim) {
        assertThat(sim, sameInstance(seam.simulator()));
        assertThat(sim.baseUrl(), equalTo(startedBeforeAll));
    }

    @Test
    void the_builder_settings_reach_the_simulator(SeamSimulator sim, SeamWorkspace ws) {
        assertThat(sim.clock().isFrozen(), equalTo(true));
        assertThat(sim.clock().instant(), equalTo(START));
        Api.as(ws).body(Map.of("name", "Lobby")).post("/spaces/create")
                .then().statusCode(200).body("space.created_at", equalTo("2025-08-01T00:00:00.000Z"));
    }

    @RepeatedTest(2)
    void reset_before_each_test_restarts_the_id_sequence_so_ids_repeat(SeamWorkspace ws) {
        String id = Api.as(ws).body(Map.of("name", "Lobby", "space_key", "lobby")).post("/spaces/create")
                .then().statusCode(200).extract().path("space.space_id");
        if (firstSpaceId == null) firstSpaceId = id;
        else assertThat(id, equalTo(firstSpaceId));
    }
}
