package dev.seamsim.isolation;

import dev.seamsim.http.Rpc;
import dev.seamsim.testing.Sim;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workspace isolation, route by route, generated from the route table: every id or key parameter of every
 * workspace route (as the OpenAPI document lists them) is sent from workspace 2 with workspace 1's value, with an
 * API key and with a personal access token. A reference must be not found, a list filter must match nothing, a
 * key being set must be free (keys are per workspace), and neither workspace may change otherwise. A route or
 * parameter the matrix cannot place fails the coverage test, so a new route needs a decision here.
 */
class IsolationMatrixTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    /** Workspace routes without an id or key parameter, and why they need no row in the matrix. */
    static final Map<String, String> ROUTES_WITHOUT_IDS = Map.of(
            "/workspaces/get", "takes no id; it answers the caller's own workspace (see a_token_in_workspace_2_gets_workspace_2)");

    /** Parameters the matrix does not try, and why. */
    static final Map<String, String> EXEMPT = Map.of(
            "/access_grants/create customization_profile_id",
            "the simulator has no customization profiles and ignores the parameter");

    /** Parameters that set a key or tag: workspace 1's value is free in workspace 2, so the call succeeds. */
    static final Set<String> SETS_A_KEY = Set.of("/connect_webviews/create customer_key", "/spaces/create customer_key",
            "/spaces/create space_key", "/spaces/update space_key", "/user_identities/create user_identity_key",
            "/user_identities/update user_identity_key", "/access_grants/create access_grant_key",
            "/access_grants/create reservation_key", "/access_grants/create user_identity.user_identity_key",
            "/access_grants/update access_grant_key", "/connected_accounts/update customer_key");

    /** Parameters the simulator refuses as unsupported (400 invalid_input), whatever the value. */
    static final Set<String> UNSUPPORTED = Set.of("/spaces/create connected_account_ids",
            "/user_identities/create acs_system_ids", "/spaces/update parent_space_id", "/spaces/update parent_space_key");

    /** Selectors that match no object of workspace 2: the call succeeds and changes nothing. */
    static final Set<String> MATCHES_NOTHING = Set.of("/access_methods/delete reservation_key");

    /** What makes a call valid in workspace 2 apart from the parameter under test. */
    static Map<String, Object> base(String route, IsolationWorld.Objects two) {
        return switch (route) {
            case "/spaces/create" -> Map.of("name", "Another lobby");
            case "/spaces/update" -> Map.of("space_id", two.space());
            case "/spaces/add_acs_entrances", "/spaces/remove_acs_entrances" ->
                    Map.of("space_id", two.space(), "acs_entrance_ids", List.of(two.entrance()));
            case "/user_identities/update" -> Map.of("user_identity_id", two.user());
            case "/access_grants/create" -> Map.of("user_identity_id", two.user(), "space_ids", List.of(two.space()),
                    "requested_access_methods", List.of(Map.of("mode", "code")));
            case "/access_grants/update" -> Map.of("access_grant_id", two.grant());
            case "/connected_accounts/update" -> Map.of("connected_account_id", two.account());
            default -> Map.of();
        };
    }

    static IsolationWorld world;
    static String workspace1;
    static String workspace2;
    /** Whether workspace 2 may differ from {@link #workspace2}, so the next row must load it back first. */
    static boolean workspace2Touched;

    @BeforeAll
    static void build() {
        world = new IsolationWorld(sim);
        workspace1 = sim.simulator().exportState(Sim.WS1);
        workspace2 = sim.simulator().exportState(Sim.WS2);
    }

    /** One row of the matrix: a route, a parameter, and what workspace 2 must get. */
    record Case(String route, String parameter) {
        String id() {
            return route + " " + parameter;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String route : workspaceRoutes()) {
            IdParameters.of(route).orElseThrow().forEach(p -> cases.add(new Case(route, p)));
        }
        cases.removeIf(c -> EXEMPT.containsKey(c.id()));
        return cases;
    }

    static List<String> workspaceRoutes() {
        return sim.simulator().routes().stream().filter(r -> r.kind() == Rpc.Kind.WORKSPACE).map(Rpc.RouteInfo::path)
                .filter(path -> !ROUTES_WITHOUT_IDS.containsKey(path)).toList();
    }

    @Test
    void every_workspace_route_and_id_parameter_has_a_place_in_the_matrix() {
        Set<String> problems = new TreeSet<>();
        List<String> all = sim.simulator().routes().stream().filter(r -> r.kind() == Rpc.Kind.WORKSPACE)
                .map(Rpc.RouteInfo::path).toList();
        for (String route : all) {
            Set<String> params = IdParameters.of(route).orElse(null);
            if (params == null) problems.add(route + " is not in the OpenAPI extract");
            else if (params.isEmpty() && !ROUTES_WITHOUT_IDS.containsKey(route)) {
                problems.add(route + " takes no id or key: add it to ROUTES_WITHOUT_IDS with a reason");
            } else if (!params.isEmpty() && ROUTES_WITHOUT_IDS.containsKey(route)) {
                problems.add(route + " takes " + params + " now: take it out of ROUTES_WITHOUT_IDS");
            }
        }
        ROUTES_WITHOUT_IDS.keySet().stream().filter(r -> !all.contains(r)).forEach(r -> problems.add("exempt route " + r + " is gone"));
        for (Case c : cases()) {
            if (world.foreign(c.parameter()) == null) problems.add(c.id() + " has no provider of a foreign value");
        }
        Set<String> known = new TreeSet<>();
        cases().forEach(c -> known.add(c.id()));
        EXEMPT.keySet().forEach(known::add);
        for (Set<String> listed : List.of(EXEMPT.keySet(), SETS_A_KEY, UNSUPPORTED, MATCHES_NOTHING)) {
            listed.stream().filter(id -> !known.contains(id) || (listed != EXEMPT.keySet() && EXEMPT.containsKey(id)))
                    .forEach(id -> problems.add(id + " is listed but is no route parameter"));
        }
        assertEquals(Set.of(), problems);
        assertTrue(cases().size() > 60, "the matrix shrank to " + cases().size() + " rows");
    }

    @Test
    void a_token_in_workspace_2_gets_workspace_2() {
        IsolationWorld.as(sim, Sim.PAT).header("seam-workspace", Sim.WS2).post("/workspaces/get")
                .then().statusCode(200).body("workspace.workspace_id", org.hamcrest.Matchers.equalTo(Sim.WS2));
    }

    @TestFactory
    Stream<DynamicTest> another_workspaces_id_or_key_reaches_nothing_with_an_api_key() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> run(c, IsolationWorld.as(sim, Sim.KEY2))));
    }

    @TestFactory
    Stream<DynamicTest> another_workspaces_id_or_key_reaches_nothing_with_a_personal_access_token() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> run(c,
                IsolationWorld.as(sim, Sim.PAT).header("seam-workspace", Sim.WS2))));
    }

    private static void run(Case c, RequestSpecification asWorkspace2) {
        if (workspace2Touched) sim.simulator().importState(workspace2); // every row starts from the same workspace 2
        workspace2Touched = true;
        Map<String, Object> body = new LinkedHashMap<>(base(c.route(), world.two));
        put(body, c.parameter(), world.foreign(c.parameter()));
        Response response = asWorkspace2.body(body).post(c.route());
        String answer = c.id() + " " + body + " answered " + response.statusCode() + " " + response.asString();

        if (c.route().endsWith("/list")) {
            assertEquals(200, response.statusCode(), answer);
            String items = response.jsonPath().<String, Object>getMap("").keySet().stream()
                    .filter(k -> !k.equals("ok") && !k.equals("pagination")).findFirst().orElseThrow();
            assertEquals(List.of(), response.jsonPath().getList(items), answer);
        } else if (SETS_A_KEY.contains(c.id()) || MATCHES_NOTHING.contains(c.id())) {
            assertEquals(200, response.statusCode(), answer);
        } else if (UNSUPPORTED.contains(c.id())) {
            assertEquals(400, response.statusCode(), answer);
            assertEquals("invalid_input", response.jsonPath().getString("error.type"), answer);
        } else {
            assertEquals(404, response.statusCode(), answer);
            assertEquals(resource(c.parameter()) + "_not_found", response.jsonPath().getString("error.type"), answer);
        }
        assertEquals(workspace1, sim.simulator().exportState(Sim.WS1), "workspace 1 changed: " + answer);
        if (!SETS_A_KEY.contains(c.id())) {
            assertEquals(workspace2, sim.simulator().exportState(Sim.WS2), "workspace 2 changed: " + answer);
            workspace2Touched = false;
        }
    }

    /** Sets a parameter; "parent.child" goes in a nested object (an inline user_identity replaces the id). */
    private static void put(Map<String, Object> body, String parameter, Object value) {
        int dot = parameter.indexOf('.');
        if (dot < 0) {
            body.put(parameter, value);
            return;
        }
        String parent = parameter.substring(0, dot);
        if (parent.equals("user_identity")) body.remove("user_identity_id");
        body.put(parent, Map.of(parameter.substring(dot + 1), value));
    }

    /** The kind of object a parameter names, as in "<kind>_not_found". */
    static String resource(String parameter) {
        String name = parameter.substring(parameter.lastIndexOf('.') + 1).replaceAll("_(id|ids|key|keys)$", "");
        return switch (name) {
            case "location", "parent_space" -> "space";
            default -> name;
        };
    }
}
