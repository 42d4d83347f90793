package dev.seamsim.junit.example;

import dev.seamsim.SeamSimulator;
import dev.seamsim.junit.SeamSimulatorTest;
import dev.seamsim.junit.SeamWorkspace;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** The README's example, kept here so that it is known to compile and pass; it uses only the public API. */
@SeamSimulatorTest                 // one simulator for the class; each test gets a new workspace
class RoomAccessTest {
    static RequestSpecification seam(SeamWorkspace ws) {
        return given().baseUri(ws.baseUrl()).header("Authorization", ws.authorization()).contentType("application/json");
    }

    @Test
    void a_space_is_found_by_its_key(SeamWorkspace ws) {
        seam(ws).body(Map.of("name", "Room 101", "space_key", "room-101")).post("/spaces/create")
                .then().statusCode(200);

        seam(ws).queryParam("space_key", "room-101").get("/spaces/get")
                .then().statusCode(200).body("space.name", equalTo("Room 101"));
    }

    @Test
    void the_same_key_is_free_again_in_the_next_test(SeamWorkspace ws) {
        seam(ws).body(Map.of("name", "Room 101", "space_key", "room-101")).post("/spaces/create")
                .then().statusCode(200);
    }

    @Test
    void every_workspace_holds_the_seeded_salto_account(SeamWorkspace ws) {
        seam(ws).get("/acs/systems/list")
                .then().statusCode(200).body("acs_systems.name", hasItems("Salto KS Site", "Salto Space Site"));
    }

    @Test
    void the_simulator_clock_can_be_set(SeamSimulator sim, SeamWorkspace ws) {
        sim.clock().set(Instant.parse("2025-08-01T09:00:00Z"));     // one clock for the whole simulator
        seam(ws).body(Map.of("name", "Room 102")).post("/spaces/create")
                .then().statusCode(200).body("space.created_at", startsWith("2025-08-01T09:00"));
    }
}
