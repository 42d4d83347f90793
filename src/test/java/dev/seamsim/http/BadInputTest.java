package dev.seamsim.http;

import dev.seamsim.testing.Sim;
import io.javalin.http.HandlerType;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/**
 * The exact errors for bad input on every route: malformed JSON and a body that is not an object are invalid_input,
 * a body that is not JSON is invalid_content_type, and invalid_input names each bad field. Random input on every
 * route and method is fuzzed by dev.seamsim.fuzz.RouteFuzzTest.
 */
class BadInputTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    /** Every API and /_fake route that takes POST, from the simulator's route table (new routes join by themselves). */
    static List<String> routes() {
        List<String> paths = sim.simulator().routes().stream()
                .filter(r -> r.kind() == Rpc.Kind.WORKSPACE || r.kind() == Rpc.Kind.OPEN)
                .filter(r -> r.methods().contains(HandlerType.POST)).map(Rpc.RouteInfo::path).toList();
        if (paths.size() < 30) throw new AssertionError("the route table lists only " + paths);
        return paths;
    }

    @ParameterizedTest
    @MethodSource("routes")
    void malformed_json_is_invalid_input(String route) {
        sim.ws2().body("{\"name\": ").post(route).then().statusCode(400).body("error.type", equalTo("invalid_input"));
    }

    @ParameterizedTest
    @MethodSource("routes")
    void a_body_that_is_not_an_object_is_invalid_input(String route) {
        for (String body : List.of("[]", "\"text\"", "42", "true")) {
            sim.ws2().body(body).post(route).then().statusCode(400).body("error.type", equalTo("invalid_input"));
        }
    }

    @ParameterizedTest
    @MethodSource("routes")
    void a_body_that_is_not_json_is_refused_by_content_type(String route) {
        sim.ws2().contentType(ContentType.TEXT).body("name=x").post(route)
                .then().statusCode(400).body("error.type", equalTo("invalid_content_type"));
    }

    @Test
    void invalid_input_names_each_bad_field_in_validation_errors() {
        sim.ws2().body(Map.of("name", 12, "space_key", List.of("x"), "acs_entrance_ids", List.of("not-a-uuid")))
                .post("/spaces/create").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.message", equalTo("3 Input Errors: Expected string, received number for \"name\", "
                        + "Expected string, received array for \"space_key\", Invalid uuid for \"acs_entrance_ids.0\""))
                .body("error.validation_errors", hasKey("_errors"))
                .body("error.validation_errors.name._errors[0]", equalTo("Expected string, received number"))
                .body("error.validation_errors.acs_entrance_ids.0._errors[0]", equalTo("Invalid uuid"));
    }

    /** Found by RouteFuzzTest: the clock set near year 999,999,999 and moved on overflowed Instant (a 500). */
    @Test
    void the_clock_is_not_moved_past_year_9999() {
        sim.anonymous().contentType(ContentType.JSON).body(Map.of("now", "+999999999-12-31T23:59:59Z", "advance_seconds", 1))
                .post("/_fake/clock").then().statusCode(400).body("error.type", equalTo("invalid_input"))
                .body("error.validation_errors.now._errors[0]", equalTo(
                        "The clock must stay between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z"));
        sim.anonymous().contentType(ContentType.JSON).body(Map.of("now", "9999-12-31T00:00:00Z", "advance_seconds", 86_400)).post("/_fake/clock")
                .then().statusCode(400).body("error.validation_errors.advance_seconds._errors[0]", equalTo(
                        "The clock must stay between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z"));
        sim.anonymous().contentType(ContentType.JSON).body(Map.of("advance_seconds", 60)).post("/_fake/clock")
                .then().statusCode(200);
    }

    /** Found by RouteFuzzTest: a 2,000-level "a.a.a…" query key overflowed the stack (a 500 without a Seam body). */
    @Test
    void a_query_key_nested_too_deep_is_invalid_input() {
        String deep = "a" + ".a".repeat(2_000);
        sim.ws2().urlEncodingEnabled(false).get("/workspaces/get?" + deep + "=1").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"))
                .body("error.message", equalTo("Query parameter nested more than 16 levels deep"));
        sim.ws2().urlEncodingEnabled(false).get("/_fake/database?" + deep + "=1").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"));
        sim.ws2().urlEncodingEnabled(false).get("/workspaces/get?a.b.c=1").then().statusCode(200);
    }
}
