package dev.seamsim;

import dev.seamsim.control.ControlPlane;
import dev.seamsim.control.SimClock;
import dev.seamsim.control.faults.Faults;
import dev.seamsim.control.journal.JournalQuery;
import dev.seamsim.control.journal.RecordedRequest;
import dev.seamsim.fixtures.FixtureLoader;
import dev.seamsim.fixtures.Fixtures;
import dev.seamsim.store.Generators;
import dev.seamsim.http.BodyLimits;
import dev.seamsim.http.Rpc;
import dev.seamsim.persistence.StateSaver;

import dev.seamsim.store.Capacity;
import io.javalin.Javalin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A running simulator, for use from Java (tests embed it) and from {@link Main}:
 * {@code try (var sim = SeamSimulator.builder().port(0).start()) { sim.baseUrl(); }}.
 * The same operations are on /_fake/* over HTTP; both go through one {@link ControlPlane}.
 */
public final class SeamSimulator implements AutoCloseable {
    /** Where deterministic mode's frozen clock starts unless told otherwise. */
    public static final Instant DETERMINISTIC_START = Instant.parse("2025-01-01T00:00:00Z");

    private final Javalin app;
    private final List<Rpc.RouteInfo> routes;
    private final ControlPlane control;
    private final String host;
    private final StateSaver stateSaver; // null without a state file
    private boolean closed;

    private SeamSimulator(Javalin app, List<Rpc.RouteInfo> routes, ControlPlane control, String host,
                          StateSaver stateSaver) {
        this.app = app;
        this.routes = routes;
        this.control = control;
        this.host = host;
        this.stateSaver = stateSaver;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings for a simulator; defaults: 127.0.0.1:8080, bundled fixtures, links built from the Host header. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path fixturesDir;
        private String publicUrl;
        private Clock clock = Clock.systemUTC();
        private Instant clockStart;
        private Long seed;
        private long autoWorkspacesMax;
        private Duration autoWorkspacesIdle;
        private String adminToken;
        private Integer journalMax;
        private Duration journalMaxAge;
        private Path stateFile;
        private Duration stateSaveInterval = Duration.ofSeconds(5);
        private Duration drainTimeout = Duration.ZERO;

        private long maxBodyBytes = BodyLimits.DEFAULT_MAX_BODY_BYTES;
        private long maxImportBytes = BodyLimits.DEFAULT_MAX_IMPORT_BYTES;
        private int maxWorkspaces = Capacity.DEFAULT_MAX_WORKSPACES;
        private long maxObjectsPerWorkspace = Capacity.DEFAULT_MAX_OBJECTS_PER_WORKSPACE;

        public Builder host(String host) { this.host = host; return this; }
        /** 0 picks a free port. */
        public Builder port(int port) { this.port = port; return this; }
        /** A folder with workspaces.json and providers.json; null for the bundled fixtures. */
        public Builder fixtures(Path dir) { this.fixturesDir = dir; return this; }
        /** Base of generated links (webview url, instant_key_url, next_page_url), e.g. behind port mapping. */
        public Builder publicUrl(String url) { this.publicUrl = url == null ? null : url.replaceAll("/+$", ""); return this; }
        /** The time source behind created_at and time-window checks, e.g. a fixed clock for dated examples. */
        public Builder clock(Clock clock) { this.clock = clock; return this; }
        /** Start the clock at this instant (it then runs on, or stands still in deterministic mode). */
        public Builder clockStart(Instant start) { this.clockStart = start; return this; }
        /** Reproducible ids (from this seed) and a frozen clock, for snapshot-style tests. */
        public Builder deterministic(long seed) { this.seed = seed; return this; }
        /** Any unknown well-formed API key gets its own fresh workspace; at most {@code max}, dropped when idle. */
        public Builder autoWorkspaces(long max, Duration idle) {
            if (max < 1 || idle == null || idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("auto-workspaces need a maximum of at least 1 and a positive idle time");
            }
            this.autoWorkspacesMax = max;
            this.autoWorkspacesIdle = idle;
            return this;
        }
        /** Require "Authorization: Bearer <token>" on /_fake/*. */
        public Builder adminToken(String token) { this.adminToken = token; return this; }

        /** Keep at most {@code maxEntries} requests in the journal (0: none), none older than {@code maxAge}. */
        public Builder journal(int maxEntries, Duration maxAge) { this.journalMax = maxEntries; this.journalMaxAge = maxAge; return this; }

        /**
         * Keep the state in this file: loaded at start (a missing file is created; one that cannot be loaded,
         * or that another simulator uses, stops the start with a {@link dev.seamsim.persistence.StateFileException}
         * and is left untouched), saved atomically every {@link #stateSaveInterval} when something changed, and on
         * {@link #close()}, which also lets go of the file's lock ({@code <file>.lock}).
         */
        public Builder stateFile(Path file) { this.stateFile = file; return this; }

        /** How often a changed state is saved to the {@link #stateFile} (default 5 s). */
        public Builder stateSaveInterval(Duration interval) {
            if (interval == null || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("the state save interval must be positive");
            }
            this.stateSaveInterval = interval;
            return this;
        }

        /**
         * On {@link #close()}, let requests in progress finish (new ones are refused) for up to this long before
         * stopping; the command line uses 5 s. Default zero: close at once (what tests want; a graceful stop
         * also waits about a second for idle keep-alive connections).
         */
        public Builder drainTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative()) throw new IllegalArgumentException("the drain timeout must not be negative");
            this.drainTimeout = timeout;
            return this;
        }

        /** Largest request body on API routes, pages and /_fake/* (default 1 MiB); larger gets 413. */
        public Builder maxBodyBytes(long bytes) { this.maxBodyBytes = bytes; return this; }
        /** Largest state document PUT/POST /_fake/database takes (default 64 MiB); importState has no limit. */
        public Builder maxImportBytes(long bytes) { this.maxImportBytes = bytes; return this; }
        /** At most this many workspaces in all, fixtures and auto-workspaces included (default 10,000). */
        public Builder maxWorkspaces(int max) { this.maxWorkspaces = max; return this; }
        /** At most this many objects (all kinds together) in one workspace (default 1,000,000). */
        public Builder maxObjectsPerWorkspace(long max) { this.maxObjectsPerWorkspace = max; return this; }

        public SeamSimulator start() {
            if (stateFile != null && seed != null) {
                // the id sequence is not part of the state: after a restart it would hand out the saved ids again
                throw new IllegalArgumentException("a state file cannot be combined with deterministic mode");
            }
            BodyLimits bodyLimits = new BodyLimits(maxBodyBytes, maxImportBytes);
            Fixtures fixtures = FixtureLoader.load(fixturesDir);
            SimClock simClock = seed != null
                    ? SimClock.frozen(clockStart != null ? clockStart : DETERMINISTIC_START)
                    : SimClock.running(clock, clockStart);
            Generators generators = seed != null ? Generators.seeded(simClock, seed) : Generators.random(simClock);
            ControlPlane control = new ControlPlane(fixtures, generators, simClock);
            if (autoWorkspacesIdle != null) control.enableAutoWorkspaces(autoWorkspacesMax, autoWorkspacesIdle);
            if (journalMax != null) control.limitJournal(journalMax, journalMaxAge);
            control.limitCapacity(maxWorkspaces, maxObjectsPerWorkspace);
            StateSaver saver = stateFile == null ? null : StateSaver.open(control, stateFile, stateSaveInterval);
            try {
                SeamApp.Built built = SeamApp.create(control, publicUrl, adminToken, bodyLimits, drainTimeout);
                built.javalin().start(host, port);
                if (saver != null) saver.start();
                return new SeamSimulator(built.javalin(), built.routes(), control, host, saver);
            } catch (RuntimeException e) {
                if (saver != null) saver.close(); // lets go of the state file's lock (nothing changed: no save)
                throw e;
            }
        }
    }

    public int port() {
        return app.port();
    }

    /** Where to point an SDK's endpoint. */
    public String baseUrl() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + shown + ":" + port();
    }

    /** Every route the simulator serves, in registration order (for tests that must cover each one). */
    public List<Rpc.RouteInfo> routes() {
        return routes;
    }

    /** The API keys from the fixtures, in fixture order; the first belongs to the first workspace. */
    public List<String> apiKeys() {
        return control.fixtures().workspaces().stream().flatMap(w -> w.apiKeys().stream()).toList();
    }

    /** The first fixture workspace's first API key (seam_apikey1_token with the bundled fixtures). */
    public String defaultApiKey() {
        return apiKeys().get(0);
    }

    /** The id of the workspace {@link #defaultApiKey()} reaches. */
    public String defaultWorkspaceId() {
        return control.workspaces().byApiKey(defaultApiKey()).orElseThrow().id();
    }

    /** A new workspace seeded like the first fixture workspace, with its own API key. */
    public ControlPlane.NewWorkspace newWorkspace() {
        return control.createWorkspace(null, null, true);
    }

    /** Everything back to the fixtures. */
    public void reset() {
        control.reset();
    }

    /** One workspace back to how it started. */
    public void resetWorkspace(String workspaceId) {
        control.resetWorkspace(workspaceId);
    }

    /** The whole state as a state document (JSON), as GET /_fake/database returns it. */
    public String exportState() {
        return control.exportState(null);
    }

    /** One workspace's state as a document of scope "workspace", as GET /_fake/database?workspace_id= returns it. */
    public String exportState(String workspaceId) {
        return control.exportState(workspaceId);
    }

    /**
     * Loads a state document, as PUT /_fake/database does: scope "simulator" replaces everything, scope "workspace"
     * replaces (or adds) its one workspace. A refused document (a SeamException, invalid_input, naming the place
     * as a JSON pointer) changes nothing.
     */
    public void importState(String json) {
        control.importState(json, null);
    }

    /** The simulator's clock; set or advance it to test anything time-dependent. */
    public SimClock clock() {
        return control.clock();
    }

    /** The journal's newest requests (up to 100), newest first; the same as GET /_fake/requests. */
    public List<RecordedRequest> requests() {
        return requests(JournalQuery.all());
    }

    /** The journal's requests that match, newest first, e.g. {@code JournalQuery.all().path("/spaces/*")}. */
    public List<RecordedRequest> requests(JournalQuery query) {
        return control.journal().find(query);
    }

    /** Empties the request journal. */
    public void clearRequests() {
        control.journal().clear();
    }

    /** Injected faults: {@code faults().add(FaultSpec.on("/spaces/create").status(503).times(1))}, list, clear. */
    public Faults faults() {
        return control.faults();
    }

    /**
     * Problems with the simulator's own bookkeeping (unique indexes, links between objects, counts), one line
     * each; empty when sound. For tests that hammer the simulator and then check it kept its invariants.
     */
    public List<String> integrityProblems() {
        return control.integrityProblems();
    }

    /** How auto-workspaces are bounded, when they are on. */
    public Optional<String> autoWorkspaces() {
        return control.autoWorkspacesDescription();
    }

    /** For the start line: the state file and what was loaded from it, when there is one. */
    public Optional<String> stateFile() {
        return Optional.ofNullable(stateSaver).map(StateSaver::describe);
    }

    /**
     * Stops the server (after the requests in progress, for up to {@link Builder#drainTimeout}), then saves the
     * state a last time when there is a state file.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        app.stop();
        if (stateSaver != null) stateSaver.close();
    }
}
