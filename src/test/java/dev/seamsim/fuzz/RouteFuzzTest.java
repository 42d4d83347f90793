package dev.seamsim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamsim.SeamSimulator;
import dev.seamsim.fuzz.FuzzRequests.FuzzCase;
import dev.seamsim.fuzz.FuzzRequests.Target;
import dev.seamsim.http.Rpc;
import io.javalin.http.HandlerType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes every route of the simulator's route table ({@link SeamSimulator#routes()}: a new route is fuzzed without
 * editing this class) with each of its methods, with requests from {@link FuzzRequests}. Properties:
 * <ul>
 *   <li>never a 5xx, on any route;</li>
 *   <li>on API and /_fake routes, every error is a Seam envelope {"error":{"type","message"},"ok":false};</li>
 *   <li>a rejected request (4xx) leaves the exported state of every workspace as it was.</li>
 * </ul>
 * Pages (HTML for people) may answer errors in HTML; the login form may change state only when it does not reject.
 * The seed is fixed so CI runs the same cases each time; {@link FuzzSettings} reads -Dseamsim.fuzz.seed and
 * -Dseamsim.fuzz.tries to explore further (jqwik prints the seed and the smallest failing case on failure).
 */
@AddLifecycleHook(value = FuzzSettings.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class RouteFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static SeamSimulator sim;
    private static FuzzWorld world;
    private static List<Target> targets;
    private static FuzzRequests requests;
    private static RawHttp http;

    @BeforeContainer
    static void start() {
        sim = SeamSimulator.builder().port(0).start();
        world = FuzzWorld.build(sim);
        ParamCatalog catalog = ParamCatalog.load();
        targets = new ArrayList<>();
        for (Rpc.RouteInfo route : sim.routes()) {
            route.methods().stream().map(HandlerType::name).sorted().forEach(method ->
                    targets.add(new Target(route.path(), method, route.kind(), catalog.forRoute(route.path()))));
        }
        requests = new FuzzRequests(world, catalog);
        URI base = URI.create(sim.baseUrl());
        http = new RawHttp(base.getHost(), base.getPort());
    }

    @AfterContainer
    static void stop() {
        if (sim != null) sim.close();
    }

    @Property(tries = FuzzSettings.TRIES, seed = FuzzSettings.SEED, shrinking = ShrinkingMode.BOUNDED,
            edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(label = "route", value = StatisticsReport.StatisticsReportMode.OFF)
    void every_route_answers_bad_input_with_seam_errors_and_changes_nothing(@ForAll("cases") FuzzCase c) throws IOException {
        RawHttp.Answer answer = http.send(c.method(), c.url(), c.headers(), c.body());
        String after = sim.exportState();
        try {
            Statistics.label("route").collect(c.target().toString());
            Statistics.label("answer").collect(c.target().kind() + " " + answer.status() / 100 + "xx");
            check(c, answer, after);
        } finally {
            restore(after);
        }
        Statistics.label("route").coverage(coverage -> {
            for (Target t : targets) coverage.check(t.toString()).count(n -> n >= 5);
        });
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        return new Unhashed<>(Arbitraries.oneOf(targets.stream().map(requests::forTarget).toList()));
    }

    /**
     * The same arbitrary with identity hashCode: jqwik looks its generator up by the arbitrary's hash on every try,
     * and the structural hash of this large tree (every route, caller and parameter) is slower than the request.
     */
    private record Unhashed<T>(Arbitrary<T> inner) implements Arbitrary<T> {
        @Override
        public RandomGenerator<T> generator(int genSize) {
            return inner.generator(genSize);
        }

        @Override
        public EdgeCases<T> edgeCases(int maxEdgeCases) {
            return inner.edgeCases(maxEdgeCases);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private static void check(FuzzCase c, RawHttp.Answer answer, String stateAfter) throws IOException {
        String seen = answer.status() + " " + RawHttp.abbreviate(answer.text());
        if (answer.status() >= 500) throw new AssertionError("server error for " + c + "\n  answer: " + seen);
        boolean api = c.target().kind() == Rpc.Kind.WORKSPACE || c.target().kind() == Rpc.Kind.OPEN;
        if (api && answer.status() >= 300 && !c.method().equals("HEAD")) {
            String problem = envelopeProblem(answer);
            if (problem != null) throw new AssertionError(problem + " for " + c + "\n  answer: " + seen);
        }
        if (answer.status() >= 400 && !stateAfter.equals(world.snapshot)) {
            throw new AssertionError("rejected request changed the state: " + c + "\n  answer: " + seen);
        }
    }

    /** Why the answer is not a Seam error envelope, or null when it is one. */
    private static String envelopeProblem(RawHttp.Answer answer) throws IOException {
        if (answer.header("seam-request-id") == null) return "no seam-request-id header";
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/json")) return "error is not JSON (" + type + ")";
        JsonNode body = MAPPER.readTree(answer.body());
        JsonNode error = body.path("error");
        if (!error.path("type").isTextual() || error.path("type").asText().isEmpty()
                || !error.path("message").isTextual() || error.path("message").asText().isEmpty()
                || !body.path("ok").isBoolean() || body.path("ok").asBoolean()) {
            return "error is not a Seam envelope {\"error\":{\"type\",\"message\"},\"ok\":false}";
        }
        return null;
    }

    /** Every case starts from the same world: a successful change, fault or clock move is undone. */
    private static void restore(String stateAfter) {
        if (!stateAfter.equals(world.snapshot)) sim.importState(world.snapshot);
        sim.faults().clear();
        sim.clock().restart();
    }
}
