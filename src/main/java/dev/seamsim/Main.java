package dev.seamsim;

import dev.seamsim.fixtures.FixtureException;
import dev.seamsim.persistence.StateFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Command line: java -jar seam-simulator.jar [options]; every option also has an environment variable. */
@Command(name = "seam-simulator", mixinStandardHelpOptions = true, version = "seam-simulator 0.1.0",
        description = "An in-memory, stateful simulator of the Seam API.")
public final class Main implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:SEAM_SIM_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:SEAM_SIM_HOST:-127.0.0.1}",
            description = "Address to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 in a container).")
    String host;

    @Option(names = "--fixtures", defaultValue = "${env:SEAM_SIM_FIXTURES}",
            description = "Folder with workspaces.json and providers.json (default: the bundled fixtures).")
    Path fixtures;

    @Option(names = "--public-url", defaultValue = "${env:SEAM_SIM_PUBLIC_URL}",
            description = "Base URL of generated links (webview url, instant_key_url, next_page_url), "
                    + "e.g. http://localhost:9000 behind Docker port mapping (default: the request's Host).")
    String publicUrl;

    @Option(names = "--clock", defaultValue = "${env:SEAM_SIM_CLOCK}",
            description = "Start the simulator's clock at this ISO-8601 instant (it then runs in real time), "
                    + "e.g. 2025-08-01T00:00:00Z to replay dated examples (default: the real time).")
    Instant clockStart;

    @Option(names = "--deterministic", arity = "0..1", fallbackValue = "1", paramLabel = "SEED",
            defaultValue = "${env:SEAM_SIM_DETERMINISTIC}", converter = SeedConverter.class,
            description = "Reproducible ids (from SEED, default 1) and a frozen clock (at --clock, default "
                    + "2025-01-01T00:00:00Z; move it with POST /_fake/clock), for snapshot-style tests.")
    Long seed;

    @Option(names = "--auto-workspaces", defaultValue = "${env:SEAM_SIM_AUTO_WORKSPACES:-false}", fallbackValue = "true",
            arity = "0..1", description = "Give every unknown well-formed API key (seam_…) a fresh workspace of its own.")
    boolean autoWorkspaces;

    @Option(names = "--auto-workspaces-max", defaultValue = "${env:SEAM_SIM_AUTO_WORKSPACES_MAX:-1000}",
            description = "At most this many auto-workspaces; past that, one unlikely to be used again is dropped "
                    + "(default: ${DEFAULT-VALUE}).")
    long autoWorkspacesMax;

    @Option(names = "--auto-workspaces-idle-minutes", defaultValue = "${env:SEAM_SIM_AUTO_WORKSPACES_IDLE_MINUTES:-30}",
            description = "An auto-workspace unused this long is dropped (default: ${DEFAULT-VALUE}).")
    long autoWorkspacesIdleMinutes;

    @Option(names = "--admin-token", defaultValue = "${env:SEAM_SIM_ADMIN_TOKEN}",
            description = "Require \"Authorization: Bearer <token>\" on /_fake/* (for shared dev containers).")
    String adminToken;

    @Option(names = "--journal-max", defaultValue = "${env:SEAM_SIM_JOURNAL_MAX:-1000}",
            description = "Keep at most this many requests in the journal (GET /_fake/requests); 0 turns it off "
                    + "(default: ${DEFAULT-VALUE}).")
    int journalMax;

    @Option(names = "--journal-max-age-minutes", defaultValue = "${env:SEAM_SIM_JOURNAL_MAX_AGE_MINUTES:-30}",
            description = "Drop journal entries older than this (default: ${DEFAULT-VALUE}).")
    long journalMaxAgeMinutes;

    @Option(names = "--state-file", defaultValue = "${env:SEAM_SIM_STATE_FILE}", paramLabel = "PATH",
            description = "Keep the state in this file: loaded at start (created when missing; one that cannot be "
                    + "loaded stops the start), saved atomically when it changed and on shutdown.")
    String stateFile;

    @Option(names = "--state-save-seconds", defaultValue = "${env:SEAM_SIM_STATE_SAVE_SECONDS:-5}", paramLabel = "N",
            description = "With --state-file: save a changed state every N seconds; decimals allowed "
                    + "(default: ${DEFAULT-VALUE}).")
    double stateSaveSeconds;

    @Option(names = "--max-body-bytes", defaultValue = "${env:SEAM_SIM_MAX_BODY_BYTES:-1048576}",
            description = "Largest request body on API routes, pages and /_fake/* but the state import; larger gets "
                    + "413 payload_too_large (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--max-import-bytes", defaultValue = "${env:SEAM_SIM_MAX_IMPORT_BYTES:-67108864}",
            description = "Largest state document PUT/POST /_fake/database takes (default: ${DEFAULT-VALUE}).")
    long maxImportBytes;

    @Option(names = "--max-workspaces", defaultValue = "${env:SEAM_SIM_MAX_WORKSPACES:-10000}",
            description = "At most this many workspaces in all (fixtures, /_fake/workspaces, auto-workspaces, "
                    + "imports); more gets 409 workspace_limit_exceeded (default: ${DEFAULT-VALUE}).")
    int maxWorkspaces;

    @Option(names = "--max-objects-per-workspace", defaultValue = "${env:SEAM_SIM_MAX_OBJECTS_PER_WORKSPACE:-1000000}",
            description = "At most this many objects (all kinds together) in one workspace; more gets 409 "
                    + "object_limit_exceeded (default: ${DEFAULT-VALUE}).")
    long maxObjectsPerWorkspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        if (autoWorkspaces && (autoWorkspacesMax < 1 || autoWorkspacesIdleMinutes < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--auto-workspaces-max and --auto-workspaces-idle-minutes must be at least 1");
        }
        SeamSimulator sim;
        try {
            if (journalMax < 0 || journalMaxAgeMinutes < 1) {
                System.err.println("seam-simulator: --journal-max must be at least 0 and --journal-max-age-minutes at least 1");
                return 2;
            }
            if (stateFile() != null && (seed != null || !(stateSaveSeconds >= 0.05 && stateSaveSeconds <= 86_400))) {
                System.err.println("seam-simulator: --state-file cannot be combined with --deterministic (saved ids "
                        + "would be handed out again), and --state-save-seconds must be between 0.05 and 86400");
                return 2;
            }
            sim = builder().start();
        } catch (FixtureException e) {
            System.err.println("seam-simulator: bad fixtures: " + e.getMessage());
            return 2;
        } catch (StateFileException | IllegalArgumentException e) {
            System.err.println("seam-simulator: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopSignal = new CountDownLatch(1);
        StopSignals.onStop(stopSignal::countDown);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(sim))); // other ways out (e.g. SIGHUP)
        System.out.println("Seam Simulator listening on " + sim.baseUrl()
                + (publicUrl == null ? "" : ", links use " + publicUrl) + " (fixtures: "
                + (fixtures == null ? "bundled" : fixtures) + "); API keys: " + String.join(", ", sim.apiKeys())
                + sim.autoWorkspaces().map(a -> "; " + a).orElse("")
                + "; request journal: last " + journalMax + " requests, " + journalMaxAgeMinutes + " min"
                + (seed == null ? "" : "; deterministic ids (seed " + seed + "), clock frozen at " + sim.clock().instant())
                + sim.stateFile().map(f -> "; " + f).orElse(""));
        try {
            stopSignal.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("Seam Simulator stopping: finishing requests in progress"
                + (sim.stateFile().isPresent() ? ", then saving the state file" : ""));
        return close(sim) ? 0 : 1;
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

    private Path stateFile() {
        return stateFile == null || stateFile.isBlank() ? null : Path.of(stateFile); // a compose file may set it empty
    }

    /** The simulator these flags describe. */
    SeamSimulator.Builder builder() {
        SeamSimulator.Builder builder = SeamSimulator.builder().host(host).port(port).fixtures(fixtures)
                .publicUrl(publicUrl).clockStart(clockStart).adminToken(adminToken)
                .drainTimeout(Duration.ofSeconds(5)) // SIGTERM: requests in progress finish first
                .maxBodyBytes(maxBodyBytes).maxImportBytes(maxImportBytes)
                .maxWorkspaces(maxWorkspaces).maxObjectsPerWorkspace(maxObjectsPerWorkspace);
        if (seed != null) builder.deterministic(seed);
        builder.journal(journalMax, Duration.ofMinutes(journalMaxAgeMinutes));
        if (stateFile() != null) {
            builder.stateFile(stateFile()).stateSaveInterval(Duration.ofMillis(Math.round(stateSaveSeconds * 1000)));
        }
        if (autoWorkspaces) builder.autoWorkspaces(autoWorkspacesMax, Duration.ofMinutes(autoWorkspacesIdleMinutes));
        return builder;
    }

    /**
     * A seed for --deterministic; "true" (as an environment variable may say) means the default, 1, and "false" or
     * an empty value (SEAM_SIM_DETERMINISTIC= in a compose file) mean off.
     */
    static final class SeedConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            if (value.equalsIgnoreCase("true")) return 1L;
            if (value.isBlank() || value.equalsIgnoreCase("false")) return null;
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("a whole number is needed as seed, not '" + value + "'");
            }
        }
    }
}
