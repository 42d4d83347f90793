package dev.seamsim.control;

import dev.seamsim.http.Rpc;
import dev.seamsim.testing.Sim;
import io.javalin.http.HandlerType;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

/**
 * With --admin-token, every /_fake route and method in the simulator's route table (so a route added later is
 * covered without touching this test) refuses a missing or wrong token with a Seam 401 and takes the right one.
 */
class AdminTokenCoverageTest {
    private static final String TOKEN = "c0verage-admin";

    @RegisterExtension
    static final Sim sim = new Sim(b -> b.adminToken(TOKEN));

    private static List<Rpc.RouteInfo> fakeRoutes() {
        return sim.simulator().routes().stream().filter(r -> r.path().startsWith("/_fake")).toList();
    }

    private static Response call(HandlerType method, String path, String authorization) {
        RequestSpecification request = RestAssured.given().baseUri(sim.baseUrl()).contentType("application/json");
        if (authorization != null) request.header("Authorization", authorization);
        if (method != HandlerType.GET && method != HandlerType.DELETE) request.body("{}");
        return request.request(method.name(), path);
    }

    @Test
    void the_route_table_lists_the_control_plane() {
        List<String> paths = fakeRoutes().stream().map(Rpc.RouteInfo::path).toList();
        assertThat(paths, hasItems("/_fake/ui", "/_fake/database", "/_fake/reset", "/_fake/workspaces",
                "/_fake/requests", "/_fake/faults", "/_fake/complete_connect_webview", "/_fake/clock"));
        assertThat(paths.size(), greaterThanOrEqualTo(10));
    }

    @Test
    void every_fake_route_and_method_refuses_a_missing_or_wrong_token_with_a_seam_401() {
        List<String> wrong = java.util.Arrays.asList(null, "", "Bearer", "Bearer wrong", "Bearer " + TOKEN + "x",
                TOKEN, "Basic " + TOKEN, "bearer  " + TOKEN + " x", "Bearer " + Sim.KEY1, "Bearer " + Sim.PAT);
        List<String> checked = new ArrayList<>();
        for (Rpc.RouteInfo route : fakeRoutes()) {
            for (HandlerType method : route.methods()) {
                for (String authorization : wrong) {
                    Response response = call(method, route.path(), authorization);
                    String what = method + " " + route.path() + " with " + authorization + ": " + response.asString();
                    assertThat(what, response.statusCode(), equalTo(401));
                    assertThat(what, response.jsonPath().getString("error.type"), equalTo("unauthorized"));
                    assertThat(what, response.jsonPath().getBoolean("ok"), equalTo(false));
                    assertThat(what, response.getHeader("seam-request-id"), not(equalTo(null)));
                }
                checked.add(method + " " + route.path());
            }
        }
        assertThat(checked.size(), greaterThanOrEqualTo(15));
    }

    @Test
    void every_fake_route_and_method_takes_the_right_token() {
        for (Rpc.RouteInfo route : fakeRoutes()) {
            for (HandlerType method : route.methods()) {
                Response response = call(method, route.path(), "Bearer " + TOKEN);
                String what = method + " " + route.path() + ": " + response.asString();
                assertThat(what, response.statusCode(), not(equalTo(401)));
                assertThat(what, response.statusCode(), lessThan(500));
            }
        }
        sim.simulator().reset(); // the calls above reset, made a workspace, ...: leave the simulator as it was
    }

    @Test
    void path_variants_do_not_slip_past_the_check() {
        // Each either reaches a /_fake route (and is refused) or no route at all; none gets an answer.
        for (String path : List.of("/_fake/workspaces/", "/_fake/workspaces;x=1", "/_fake/./workspaces",
                "/_fake/%77orkspaces", "/_fake/ui/", "/%5Ffake/workspaces", "/_FAKE/workspaces", "//_fake/workspaces",
                "/x/../_fake/workspaces", "/_fake%2Fworkspaces")) {
            Response response = RestAssured.given().baseUri(sim.baseUrl()).urlEncodingEnabled(false).get(path);
            assertThat(path + ": " + response.asString(), response.statusCode(), oneOf(401, 404));
            assertThat(path, response.jsonPath().getString("error.type"), oneOf("unauthorized", "route_not_found"));
        }
    }
}
