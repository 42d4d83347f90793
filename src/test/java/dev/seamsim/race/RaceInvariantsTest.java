package dev.seamsim.race;

import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Many threads create, update and delete objects with colliding keys in both workspaces at once (see
 * {@link Racer}); afterwards the store must be sound (integrityProblems), and so must what the API shows: no
 * unique key held twice, nothing of one workspace in the other, counts and links that agree. Each racer makes one
 * round of every operation, then more rounds until a time budget is spent.
 */
class RaceInvariantsTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    static final int THREADS = 16;
    static final int MAX_ROUNDS = 3;
    static final long BUDGET_MILLIS = 8_000;
    /** Every error a racer may get: a taken key, an object gone or out of reach, a refused change of customer. */
    static final Set<String> EXPECTED_ERRORS = Set.of("409 duplicate_space_key", "409 duplicate_user_identity_key",
            "409 duplicate_email_address", "409 duplicate_phone_number", "409 duplicate_access_grant_key",
            "404 space_not_found", "404 user_identity_not_found", "404 access_grant_not_found",
            "404 access_method_not_found", "404 acs_entrance_not_found", "404 connected_account_not_found",
            "404 connect_webview_not_found", "400 connected_account_already_has_customer");

    @Test
    void concurrent_writers_with_colliding_keys_leave_both_workspaces_sound() throws Exception {
        Side one = new Side(sim.baseUrl(), Sim.KEY1, Sim.WS1);
        Side two = new Side(sim.baseUrl(), Sim.KEY2, Sim.WS2);
        String webview = two.client.post("/connect_webviews/create", Map.of("accepted_providers", List.of("salto_ks")))
                .text("/connect_webview/connect_webview_id");
        assertEquals(200, new Client(sim.baseUrl(), null)
                .post("/_fake/complete_connect_webview", Map.of("connect_webview_id", webview)).status());
        for (Side side : List.of(one, two)) {
            side.entrances.addAll(side.client.post("/acs/entrances/list", Map.of())
                    .fieldOfEach("/acs_entrances", "acs_entrance_id"));
        }
        long seed = System.nanoTime();
        Map<String, Integer> tally = race(one, two, seed);

        String context = "seed " + seed + ", answers " + tally;
        assertEquals(List.of(), sim.simulator().integrityProblems(), context);
        Set<String> unexpected = new HashSet<>(tally.keySet());
        unexpected.removeIf(answer -> answer.endsWith(" 200") || EXPECTED_ERRORS.stream().anyMatch(answer::endsWith));
        assertEquals(Set.of(), unexpected, context);
        for (String op : List.of("spaces/create", "spaces/update", "user_identities/create", "user_identities/update",
                "access_grants/create", "complete_connect_webview")) {
            assertTrue(tally.getOrDefault(op + " 200", 0) > 0, "no " + op + " succeeded; " + context);
        }
        assertTrue(tally.keySet().stream().anyMatch(a -> a.contains("409 duplicate_")), "keys never collided; " + context);

        HttpInvariants seenByOne = HttpInvariants.check(one);
        HttpInvariants seenByTwo = HttpInvariants.check(two);
        assertEquals(List.of(), seenByOne.problems(), context);
        assertEquals(List.of(), seenByTwo.problems(), context);
        Set<String> shared = new HashSet<>(seenByOne.ids());
        shared.retainAll(seenByTwo.ids());
        assertEquals(Set.of(), shared, "ids both workspaces show; " + context);
    }

    /** Runs the racers; answers how often each operation got each answer ("spaces/create 409 duplicate_space_key"). */
    private static Map<String, Integer> race(Side one, Side two, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        try {
            List<Future<List<Racer.Outcome>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(seed + t);
                Racer racer = t % 2 == 0 ? new Racer(sim.baseUrl(), one, two, random) : new Racer(sim.baseUrl(), two, one, random);
                results.add(pool.submit(() -> {
                    List<Racer.Outcome> outcomes = new ArrayList<>();
                    for (int round = 0; round < MAX_ROUNDS && (round == 0 || System.currentTimeMillis() < deadline); round++) {
                        List<Integer> kinds = new ArrayList<>(Racer.ROUND);
                        Collections.shuffle(kinds, random);
                        for (int kind : kinds) outcomes.add(racer.step(kind));
                    }
                    return outcomes;
                }));
            }
            Map<String, Integer> tally = new TreeMap<>();
            for (Future<List<Racer.Outcome>> f : results) {
                for (Racer.Outcome o : f.get(120, TimeUnit.SECONDS)) {
                    tally.merge(o.op() + " " + o.status() + (o.errorType() == null ? "" : " " + o.errorType()), 1, Integer::sum);
                }
            }
            return tally;
        } catch (ExecutionException e) {
            return fail("a racer failed (seed " + seed + ")", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
