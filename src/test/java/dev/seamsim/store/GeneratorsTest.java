package dev.seamsim.store;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

class GeneratorsTest {
    private static final String V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void random_ids_are_distinct_version_4_uuids_from_every_thread() {
        Generators generators = Generators.random(Clock.systemUTC());
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 8).parallel().forEach(t -> {
            for (int i = 0; i < 5_000; i++) {
                String id = generators.newId();
                assertThat(id, matchesPattern(V4));
                assertThat(UUID.fromString(id).variant(), equalTo(2));
                seen.add(id);
            }
        });
        assertThat(seen.size(), equalTo(40_000));
    }

    @Test
    void seeded_ids_repeat_the_same_sequence_and_restart() {
        Generators a = Generators.seeded(Clock.systemUTC(), 42);
        Generators b = Generators.seeded(Clock.systemUTC(), 42);
        List<String> first = IntStream.range(0, 5).mapToObj(i -> a.newId()).toList();
        assertThat(IntStream.range(0, 5).mapToObj(i -> b.newId()).toList(), equalTo(first));
        a.restart();
        assertThat(a.newId(), equalTo(first.get(0)));
        first.forEach(id -> assertThat(id, matchesPattern(V4)));
        // The sequence of seed 42 as it was before ids were drawn per thread (deterministic runs must not change).
        assertThat(first.get(0), equalTo(seededBefore(42)));
    }

    private static String seededBefore(long seed) {
        java.util.Random random = new java.util.Random(seed);
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
