package dev.seamsim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamsim.SeamSimulator;
import dev.seamsim.fuzz.FuzzRequests.FuzzCase;
import dev.seamsim.fuzz.FuzzRequests.Target;
import dev.seamsim.http.Rpc;
import io.javalin.http.HandlerType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Fuzzes every route of the simulator's route table ({@link SeamSimulator#routes()}: a new route is fuzzed without
 * editing this class) with each of its methods, with requests from {@link FuzzRequests}. Properties:
 * <ul>
 *   <li>never a 5xx, on any route;</li>
 *   <li>on API and /_fake routes, every error is a Seam envelope {"error":{"type","message"},"ok":false} with a
 *       seam-request-id; a request line or headers past 8 KiB get one too (414 or 431), on any route;</li>
 *   <li>a rejected request (4xx) leaves the exported state of every workspace as it was.</li>
 * </ul>
 * Pages (HTML for people) may answer errors in HTML; the login form may change state only when it does not reject.
 * One dynamic test per route and method runs that target's cases, then one checks every target got its share.
 * Settings and replay of one case: {@link FuzzSettings}.
 */
class RouteFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Jetty's limit for the request line and for all headers. */
    private static final int HEADER_LIMIT = 8 * 1024;

    private static SeamSimulator sim;
    private static FuzzWorld world;
    private static final Map<Target, Gen<FuzzCase>> cases = new LinkedHashMap<>();
    private static final Map<Target, Integer> answered = new LinkedHashMap<>();
    private static RawHttp http;

    @BeforeAll
    static void start() {
        sim = SeamSimulator.builder().port(0).start();
        world = FuzzWorld.build(sim);
        ParamCatalog catalog = ParamCatalog.load();
        FuzzRequests requests = new FuzzRequests(world, catalog);
        for (Rpc.RouteInfo route : sim.routes()) {
            route.methods().stream().map(HandlerType::name).sorted().forEach(method -> {
                Target t = new Target(route.path(), method, route.kind(), catalog.forRoute(route.path()));
                cases.put(t, requests.forTarget(t));
                answered.put(t, 0);
            });
        }
        URI base = URI.create(sim.baseUrl());
        http = new RawHttp(base.getHost(), base.getPort());
    }

    @AfterAll
    static void stop() {
        if (sim != null) sim.close();
    }

    @TestFactory
    Stream<DynamicTest> every_route_answers_bad_input_with_seam_errors_and_changes_nothing() {
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        List<Target> targets = List.copyOf(cases.keySet());
        Map<Target, List<Integer>> plan = new LinkedHashMap<>();
        targets.forEach(t -> plan.put(t, new ArrayList<>()));
        List<Integer> indexes = settings.onlyCase() != null ? List.of(settings.onlyCase())
                : Stream.iterate(0, i -> i < settings.tries(), i -> i + 1).toList();
        for (int i : indexes) plan.get(targets.get(i % targets.size())).add(i);
        int minimum = settings.minimumPerTarget(targets.size());
        System.out.println("Fuzzing " + targets.size() + " routes and methods with " + settings
                + "; change with -Dseamsim.fuzz.seed=N -Dseamsim.fuzz.tries=N, replay one with -Dseamsim.fuzz.case=N");
        Stream<DynamicTest> perTarget = targets.stream().filter(t -> !plan.get(t).isEmpty()).map(t -> DynamicTest.dynamicTest(
                t + " (" + plan.get(t).size() + " cases)", () -> run(settings, t, plan.get(t))));
        DynamicTest coverage = DynamicTest.dynamicTest("every route and method answered at least " + minimum + " cases",
                () -> checkCoverage(minimum));
        return Stream.concat(perTarget, Stream.of(coverage));
    }

    private static void run(FuzzSettings settings, Target target, List<Integer> indexes) {
        for (int index : indexes) {
            SplittableRandom random = settings.caseRandom(index);
            FuzzCase c = cases.get(target).next(random);
            byte[] request = http.request(c.method(), c.url(), c.headers(), c.body());
            try {
                RawHttp.Answer answer = http.send(request);
                answered.merge(target, 1, Integer::sum);
                String after = sim.exportState();
                try {
                    check(c, answer, after);
                } finally {
                    restore(after);
                }
            } catch (AssertionError | RuntimeException | IOException e) {
                throw new AssertionError(e.getMessage() + "\n  case " + index + " of " + settings + "; replay it alone: "
                        + settings.replay(index) + "\n  the exact request is in " + save(settings, index, request), e);
            }
        }
    }

    private static void check(FuzzCase c, RawHttp.Answer answer, String stateAfter) throws IOException {
        String seen = answer.status() + " " + RawHttp.abbreviate(answer.text());
        if (answer.status() >= 500) throw new AssertionError("server error for " + c + "\n  answer: " + seen);
        boolean api = c.target().kind() == Rpc.Kind.WORKSPACE || c.target().kind() == Rpc.Kind.OPEN;
        boolean oversized = c.url().length() > HEADER_LIMIT || headerBytes(c) > HEADER_LIMIT;
        if (oversized && answer.status() != 414 && answer.status() != 431) {
            throw new AssertionError("a request past 8 KiB of request line or headers got " + answer.status() + ": " + c);
        }
        if ((api || oversized) && answer.status() >= 300 && !c.method().equals("HEAD")) {
            String problem = envelopeProblem(answer);
            if (problem != null) throw new AssertionError(problem + " for " + c + "\n  answer: " + seen);
        }
        if (answer.status() >= 400 && !stateAfter.equals(world.snapshot)) {
            throw new AssertionError("rejected request changed the state: " + c + "\n  answer: " + seen);
        }
    }

    private static int headerBytes(FuzzCase c) {
        return c.headers().entrySet().stream().mapToInt(h -> h.getKey().length() + h.getValue().length() + 4).sum();
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

    private static void checkCoverage(int minimum) {
        List<String> short_ = answered.entrySet().stream().filter(e -> e.getValue() < minimum)
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        if (!short_.isEmpty()) {
            throw new AssertionError(short_.size() + " routes and methods answered fewer than " + minimum
                    + " cases (each stops at its first failure, shown above): " + short_);
        }
    }

    /** Writes the request bytes exactly as sent (they may be 100 KB, or not UTF-8), for replay with any client. */
    private static Path save(FuzzSettings settings, int index, byte[] request) {
        Path file = Path.of("target", "fuzz-failures", "seed-" + settings.seed() + "-case-" + index + ".http");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toAbsolutePath();
    }
}
