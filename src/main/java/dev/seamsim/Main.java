package dev.seamsim;

import dev.seamsim.fixtures.FixtureException;
import dev.seamsim.persistence.StateFileException;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** Command line: java -jar seam-simulator.jar [options]; every option also has an environment variable ({@link Flags}). */
public final class Main {
    static final String VERSION = "seam-simulator 0.1.0";

    private Main() {}

    public static void main(String[] args) {
        preferCompatLocaleData();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * On Java 17 to 20, the JDK's older locale data (COMPAT) loads far faster than the default CLDR data, which
     * Jetty (it lists every available locale) and Jackson (a US date format) load at start-up: 50 to 90 ms less to
     * the first 200 (BENCHMARKS.md). Nothing the simulator writes depends on locale data. Later JDKs deprecate or
     * drop COMPAT, so they keep their default, as does a JVM whose user chose a value. Process-wide, hence only
     * here and in the archive's training run, never for an embedded simulator.
     */
    static void preferCompatLocaleData() {
        if (Runtime.version().feature() < 21 && System.getProperty("java.locale.providers") == null) {
            System.setProperty("java.locale.providers", "COMPAT");
        }
    }

    /** Parses the flags, starts the simulator and serves until SIGINT/SIGTERM; the exit code (2: bad flags or fixtures). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Flags flags;
        try {
            flags = Flags.parse(args);
        } catch (Flags.UsageException e) {
            err.println("seam-simulator: " + e.getMessage() + " (see --help)");
            return 2;
        }
        if (flags.help) {
            Flags.printHelp(out);
            return 0;
        }
        if (flags.version) {
            out.println(VERSION);
            return 0;
        }
        SeamSimulator sim = start(flags, err);
        if (sim == null) return 2;
        CountDownLatch stopSignal = new CountDownLatch(1);
        StopSignals.onStop(stopSignal::countDown);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(sim))); // other ways out (e.g. SIGHUP)
        out.println("Seam Simulator listening on " + sim.baseUrl()
                + (flags.publicUrl == null ? "" : ", links use " + flags.publicUrl) + " (fixtures: "
                + (flags.fixtures == null ? "bundled" : flags.fixtures) + "); API keys: " + String.join(", ", sim.apiKeys())
                + sim.autoWorkspaces().map(a -> "; " + a).orElse("")
                + "; request journal: last " + flags.journalMax + " requests, " + flags.journalMaxAgeMinutes + " min"
                + (flags.seed == null ? "" : "; deterministic ids (seed " + flags.seed + "), clock frozen at " + sim.clock().instant())
                + sim.stateFile().map(f -> "; " + f).orElse(""));
        try {
            stopSignal.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("Seam Simulator stopping: finishing requests in progress"
                + (sim.stateFile().isPresent() ? ", then saving the state file" : ""));
        return close(sim) ? 0 : 1;
    }

    /** The simulator the flags describe, started; null (after saying why on err) when they or the fixtures are unusable. */
    private static SeamSimulator start(Flags flags, PrintStream err) {
        if (flags.autoWorkspaces && (flags.autoWorkspacesMax < 1 || flags.autoWorkspacesIdleMinutes < 1)) {
            err.println("seam-simulator: --auto-workspaces-max and --auto-workspaces-idle-minutes must be at least 1");
            return null;
        }
        if (flags.journalMax < 0 || flags.journalMaxAgeMinutes < 1) {
            err.println("seam-simulator: --journal-max must be at least 0 and --journal-max-age-minutes at least 1");
            return null;
        }
        if (flags.stateFile != null && (flags.seed != null
                || !(flags.stateSaveSeconds >= 0.05 && flags.stateSaveSeconds <= 86_400))) {
            err.println("seam-simulator: --state-file cannot be combined with --deterministic (saved ids "
                    + "would be handed out again), and --state-save-seconds must be between 0.05 and 86400");
            return null;
        }
        try {
            return flags.builder().start();
        } catch (FixtureException e) {
            err.println("seam-simulator: bad fixtures: " + e.getMessage());
        } catch (StateFileException | IllegalArgumentException e) {
            err.println("seam-simulator: " + e.getMessage());
        }
        return null;
    }

    /** Stops the server after the requests in progress and saves the state file; false if that save failed. */
    private static boolean close(SeamSimulator sim) {
        try {
            sim.close();
            return true;
        } catch (StateFileException e) {
            System.err.println("seam-simulator: " + e.getMessage());
            return false;
        }
    }
}
