package dev.seamsim.http;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** How a request finds its route: exact path (a trailing slash ignored), then method; else a Seam 404 or 405. */
class DispatchTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    private static RequestSpecification api() {
        return RestAssured.given().baseUri(sim.baseUrl()).header("Authorization", "Bearer " + Sim.KEY2);
    }

    @Test
    void a_route_answers_its_methods_with_or_without_a_trailing_slash() {
        api().get("/workspaces/get").then().statusCode(200).body("ok", equalTo(true));
        api().contentType("application/json").body("{}").post("/workspaces/get/").then().statusCode(200);
    }

    @Test
    void another_method_on_a_known_path_is_a_405_naming_the_allowed_ones() {
        api().put("/workspaces/get").then().statusCode(405).header("Allow", "GET,POST")
                .body("error.type", equalTo("method_not_allowed")).body("error.message", equalTo("only GET,POST accepted"));
        api().delete("/connect_webviews/view").then().statusCode(405).header("Allow", "GET,POST");
        api().contentType("application/json").body("{}").patch("/_fake/ui").then().statusCode(405).header("Allow", "GET");
    }

    @Test
    void an_unknown_path_is_route_not_found_whatever_the_method() {
        for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
            api().request(method, "/workspaces/nope").then().statusCode(404)
                    .body("error.type", equalTo("route_not_found"))
                    .body("error.message", containsString("No route " + method + " /workspaces/nope"));
        }
        api().get("/workspaces/get//").then().statusCode(404).body("error.type", equalTo("route_not_found"));
    }

    @Test
    void a_websocket_handshake_header_does_not_divert_the_request() {
        // Javalin's WebSocket servlet (left out of the jar) answered these with 404 "WebSocket handler not found"
        api().header("Sec-WebSocket-Version", "13").get("/workspaces/get").then().statusCode(200).body("ok", equalTo(true));
        api().header("Sec-WebSocket-Version", "13").get("/workspaces/nope").then().statusCode(404)
                .body("error.type", equalTo("route_not_found"));
    }

    @Test
    void a_page_with_a_path_parameter_is_still_served() {
        RestAssured.given().baseUri(sim.baseUrl()).get("/ik/no-such-method").then()
                .statusCode(404).contentType(containsString("text/html"));
        api().post("/ik/no-such-method").then().statusCode(404).body("error.type", equalTo("route_not_found"));
    }
}
