package dev.seamsim.fuzz;

import java.util.SplittableRandom;

/**
 * The fuzz run's seed and size. CI uses the fixed {@link #DEFAULT_SEED} and {@link #DEFAULT_TRIES}, so every build
 * sends the same cases; {@code mvn test -Dtest=RouteFuzzTest -Dseamsim.fuzz.seed=123 -Dseamsim.fuzz.tries=20000}
 * explores other ones. Each case draws from its own random source (the seed and its index), so
 * {@code -Dseamsim.fuzz.case=N} replays case N alone, exactly as it ran in the full run.
 */
record FuzzSettings(long seed, int tries, Integer onlyCase) {
    static final long DEFAULT_SEED = 20261203L;
    static final int DEFAULT_TRIES = 6_000;

    static FuzzSettings fromSystemProperties() {
        String seed = System.getProperty("seamsim.fuzz.seed", "").trim();
        String tries = System.getProperty("seamsim.fuzz.tries", "").trim();
        String only = System.getProperty("seamsim.fuzz.case", "").trim();
        return new FuzzSettings(seed.isEmpty() ? DEFAULT_SEED : Long.parseLong(seed),
                tries.isEmpty() ? DEFAULT_TRIES : Integer.parseInt(tries), only.isEmpty() ? null : Integer.valueOf(only));
    }

    /** The random source of case {@code index}: the same for the same seed and index, whatever else runs. */
    SplittableRandom caseRandom(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** Cases are dealt to the routes and methods in turn, so each must answer at least its share (0 for a replay). */
    int minimumPerTarget(int targets) {
        return onlyCase != null ? 0 : tries / targets;
    }

    String replay(int index) {
        return "mvn test -Dtest=RouteFuzzTest -Dseamsim.fuzz.seed=" + seed + " -Dseamsim.fuzz.case=" + index;
    }

    @Override
    public String toString() {
        return "seed " + seed + ", " + (onlyCase == null ? tries + " cases" : "case " + onlyCase + " only");
    }
}
