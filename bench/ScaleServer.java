import dev.seamsim.SeamSimulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * bench/run's server for the scale figures: the simulator started through its Java embedding API (same code
 * and defaults as the jar's Main: 127.0.0.1, journal of 1000 entries / 30 minutes) with a state document
 * loaded through importState, which has no HTTP body limit (PUT /_fake/database stops at 64 MiB, and 100k
 * objects per table is about 230 MB). Run with the single-file source launcher:
 * java -cp target/seam-simulator.jar bench/ScaleServer.java PORT STATE_FILE
 */
public final class ScaleServer {
    public static void main(String[] args) throws Exception {
        SeamSimulator sim = SeamSimulator.builder().host("127.0.0.1").port(Integer.parseInt(args[0]))
                .journal(1000, Duration.ofMinutes(30))
                .maxObjectsPerWorkspace(Long.MAX_VALUE) // seed.mjs puts 5 x N objects in one workspace, N up to 2M
                .start();
        long t0 = System.nanoTime();
        sim.importState(Files.readString(Path.of(args[1])));
        System.gc();
        System.out.printf("scale server ready on %s, state loaded in %d ms%n", sim.baseUrl(),
                (System.nanoTime() - t0) / 1_000_000);
        Thread.currentThread().join();
    }
}
