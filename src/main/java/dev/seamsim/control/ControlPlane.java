package dev.seamsim.control;

import dev.seamsim.control.faults.Faults;
import dev.seamsim.control.journal.RequestJournal;
import dev.seamsim.error.SeamException;
import dev.seamsim.fixtures.Fixtures;
import dev.seamsim.fixtures.Fixtures.WorkspaceSeed;
import dev.seamsim.state.Snapshot;
import dev.seamsim.state.Snapshot.LoadedWorkspace;
import dev.seamsim.state.Snapshot.ResetTo;
import dev.seamsim.state.StateHost;
import dev.seamsim.state.StateReader;
import dev.seamsim.state.StateWriter;
import dev.seamsim.store.Generators;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What a test suite does to the simulator as a whole: reset it, make workspaces, read the seed, move the clock.
 * The /_fake/* routes and the Java embedding API both call this one implementation.
 */
public final class ControlPlane {
    /** A workspace made on demand and the API key that reaches it. */
    public record NewWorkspace(Workspace workspace, String apiKey) {}

    /** How a workspace that is not in the fixtures was made, so that resetting it makes it again the same way. */
    private record Origin(WorkspaceSeed template, String name, boolean withAccounts) {}

    private final Fixtures fixtures;
    private final Workspaces workspaces;
    private final Generators generators;
    private final SimClock clock;
    private final Map<String, Origin> madeOnDemand = new ConcurrentHashMap<>();
    private AutoWorkspaces autoWorkspaces;
    private volatile RequestJournal journal;
    private final Faults faults;

    public ControlPlane(Fixtures fixtures, Generators generators, SimClock clock) {
        this.fixtures = fixtures;
        this.generators = generators;
        this.clock = clock;
        this.workspaces = new Workspaces();
        this.journal = new RequestJournal(RequestJournal.DEFAULT_MAX_ENTRIES, RequestJournal.DEFAULT_MAX_AGE, clock);
        this.faults = new Faults(clock, id -> workspaces.byId(id).isPresent());
        Seeder.seedAll(workspaces, fixtures, generators);
    }

    public Workspaces workspaces() { return workspaces; }
    public Fixtures fixtures() { return fixtures; }
    public SimClock clock() { return clock; }
    /** The requests the simulator answered (GET /_fake/requests). */
    public RequestJournal journal() { return journal; }
    /** Injected latency, errors and workspace outages (/_fake/faults, /_fake/simulate_workspace_outage). */
    public Faults faults() { return faults; }

    /** Bounds the request journal: at most {@code maxEntries} (0 turns it off), none older than {@code maxAge}. */
    public void limitJournal(int maxEntries, Duration maxAge) {
        journal = new RequestJournal(maxEntries, maxAge != null ? maxAge : RequestJournal.DEFAULT_MAX_AGE, clock);
    }

    /** Caps workspaces in all and objects per workspace; past either, creating more answers 409. */
    public void limitCapacity(int maxWorkspaces, long maxObjectsPerWorkspace) {
        workspaces.limit(maxWorkspaces, maxObjectsPerWorkspace);
    }

    /** Gives every well-formed unknown API key a workspace of its own, bounded by count and idle time. */
    public void enableAutoWorkspaces(long maxWorkspaces, Duration idle) {
        autoWorkspaces = new AutoWorkspaces(maxWorkspaces, idle,
                apiKey -> makeWorkspace("Workspace for " + apiKey, firstSeed(), true).id(), this::forget);
    }

    /** For the start line: how auto-workspaces are bounded, or empty when they are off. */
    public Optional<String> autoWorkspacesDescription() {
        return Optional.ofNullable(autoWorkspaces).map(AutoWorkspaces::describe);
    }

    /** The workspace an unknown API key gets when auto-workspaces are on. */
    public Optional<Workspace> autoWorkspace(String apiKey) {
        if (autoWorkspaces == null) return Optional.empty();
        return autoWorkspaces.workspaceIdFor(apiKey).flatMap(workspaces::byId);
    }

    /** The API keys that reach a workspace, auto-workspace keys included. */
    public List<String> apiKeysOf(String workspaceId) {
        List<String> keys = workspaces.apiKeysOf(workspaceId);
        if (autoWorkspaces == null || !keys.isEmpty()) return keys;
        return autoWorkspaces.keysOf(workspaceId);
    }

    /**
     * Everything back to the fixtures: workspaces made on demand are gone, the id sequence and the clock start
     * again (so a deterministic run repeats exactly, and one test's clock move does not leak into the next).
     */
    public synchronized void reset() {
        journal.clear();
        faults.clear();
        if (autoWorkspaces != null) autoWorkspaces.clear();
        madeOnDemand.clear();
        generators.restart();
        clock.restart();
        workspaces.swap(w -> {
            w.clear();
            Seeder.seedAll(w, fixtures, generators); // built aside: no request sees the simulator half-seeded
        });
    }

    /** One workspace back to how it started, without faults aimed at it; its id and credentials stay. */
    public synchronized Workspace resetWorkspace(String workspaceId) {
        Workspace current = workspaces.byId(workspaceId).orElseThrow(() -> SeamException.notFound("workspace"));
        faults.clearWorkspace(workspaceId);
        Origin origin = madeOnDemand.get(workspaceId);
        Workspace fresh = origin != null
                ? Seeder.build(origin.template(), workspaceId, origin.name(), fixtures, generators, origin.withAccounts())
                : fixtures.workspaces().stream().filter(s -> s.workspaceId().equals(workspaceId)).findFirst()
                        .map(seed -> Seeder.build(seed, workspaceId, seed.name(), fixtures, generators, true))
                        .orElseThrow(() -> new IllegalStateException("no origin for workspace " + current.id()));
        workspaces.replace(fresh);
        return fresh;
    }

    /**
     * A new workspace seeded like the first fixture workspace (its connected accounts, ACS systems and entrances,
     * with the same ids), or empty; reached by {@code apiKey}, or by a new key when that is null.
     */
    public synchronized NewWorkspace createWorkspace(String name, String apiKey, boolean withAccounts) {
        String key = apiKey != null ? apiKey : "seam_" + generators.newId().replace("-", "");
        if (!AutoWorkspaces.isApiKey(key)) { // callers check a key they were sent (AdminRoutes, as invalid_input)
            throw new IllegalArgumentException("api_key: " + AutoWorkspaces.API_KEY_RULE);
        }
        if (workspaces.knowsApiKey(key)) throw SeamException.duplicate("workspace", "api_key", key, workspaces.byApiKey(key).get().id());
        Optional<String> auto = autoWorkspaces == null ? Optional.empty() : autoWorkspaces.ownerOf(key);
        if (auto.isPresent()) throw SeamException.duplicate("workspace", "api_key", key, auto.get());
        Workspace ws = makeWorkspace(name != null ? name : "Workspace " + (workspaces.all().size() + 1), firstSeed(), withAccounts);
        workspaces.add(ws, List.of(key));
        return new NewWorkspace(ws, key);
    }

    /**
     * What is wrong in any workspace's state, in words, each prefixed with the workspace id, then what is wrong
     * with the directory that finds objects by page link; empty when every unique index, link and count is sound.
     * Reads each workspace under its read lock (see {@link Integrity} and {@link Workspaces#linkProblems}).
     */
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        for (Workspace ws : workspaces.all()) {
            Integrity.problemsOf(ws).forEach(p -> problems.add(ws.id() + ": " + p));
        }
        problems.addAll(workspaces.linkProblems());
        return problems;
    }

    /** fake-seam-connect's seed constants under its names, with this simulator's values, plus the guide's ids. */
    public Map<String, Object> defaultSeed() {
        List<WorkspaceSeed> seeds = fixtures.workspaces();
        Map<String, Object> seed = new LinkedHashMap<>();
        for (int i = 0; i < seeds.size(); i++) {
            seed.put("seed_workspace_" + (i + 1), seeds.get(i).workspaceId());
            for (String key : seeds.get(i).apiKeys()) seed.put(key, key);
        }
        if (!fixtures.personalAccessTokens().isEmpty()) seed.put("seam_at1_token", fixtures.personalAccessTokens().get(0).token());
        seeds.stream().flatMap(s -> s.connectedAccounts().stream()).filter(a -> a.connectedAccountId() != null)
                .findFirst().ifPresent(a -> {
                    seed.put("salto_connected_account_id", a.connectedAccountId());
                    for (int i = 0; i < a.acsSystemIds().size(); i++) seed.put("salto_acs_system_" + (i + 1), a.acsSystemIds().get(i));
                });
        return seed;
    }

    /** The whole state ({@code workspaceId} null) or one workspace's, as a state document; see README. */
    public synchronized String exportState(String workspaceId) {
        return StateWriter.write(stateHost(), workspaceId);
    }

    /**
     * Loads a state document: scope "simulator" replaces everything, scope "workspace" replaces (or adds) its one
     * workspace. The document is read and built in full first; a refused one leaves the simulator untouched.
     */
    public synchronized Snapshot importState(String json, String workspaceId) {
        Snapshot state = StateReader.read(json, stateHost(), workspaceId);
        boolean all = state.scope() == Snapshot.Scope.SIMULATOR;
        Set<String> ids = state.workspaces().stream().map(l -> l.workspace().id()).collect(Collectors.toSet());
        Map<String, Origin> origins = new HashMap<>();
        for (LoadedWorkspace l : state.workspaces()) {
            if (l.resetTo() == ResetTo.FIXTURES) continue;
            origins.put(l.workspace().id(), new Origin(firstSeed(), l.workspace().name(), l.resetTo() == ResetTo.SEEDED));
        }
        workspaces.swap(w -> {
            if (all) w.clear();
            else ids.forEach(w::remove);
            for (LoadedWorkspace l : state.workspaces()) {
                List<String> keys = new ArrayList<>(l.apiKeys());
                if (autoWorkspaces == null) keys.addAll(l.autoApiKeys()); // no auto-workspaces here: plain keys
                w.add(l.workspace(), keys);
            }
            state.accessTokens().forEach(w::grantAccessToken);
        });
        if (all) madeOnDemand.clear();
        else ids.forEach(madeOnDemand::remove);
        madeOnDemand.putAll(origins);
        if (autoWorkspaces != null) {
            Map<String, String> keys = new HashMap<>();
            state.workspaces().forEach(l -> l.autoApiKeys().forEach(k -> keys.put(k, l.workspace().id())));
            autoWorkspaces.load(id -> all || ids.contains(id), keys);
        }
        return state;
    }

    private StateHost stateHost() {
        return new StateHost() {
            @Override public Workspaces workspaces() { return workspaces; }
            @Override public Generators generators() { return generators; }

            @Override public ResetTo resetTo(String workspaceId) {
                Origin origin = madeOnDemand.get(workspaceId);
                if (origin == null) return ResetTo.FIXTURES;
                return origin.withAccounts() ? ResetTo.SEEDED : ResetTo.EMPTY;
            }

            @Override public List<String> autoApiKeys(String workspaceId) {
                return autoWorkspaces == null ? List.of() : autoWorkspaces.keysOf(workspaceId);
            }

            @Override public boolean isFixtureWorkspace(String workspaceId) {
                return fixtures.workspaces().stream().anyMatch(s -> s.workspaceId().equals(workspaceId));
            }

            @Override public Optional<String> ownerOfKey(String apiKey) {
                return workspaces.byApiKey(apiKey).map(Workspace::id)
                        .or(() -> autoWorkspaces == null ? Optional.empty() : autoWorkspaces.ownerOf(apiKey));
            }
        };
    }

    private Workspace makeWorkspace(String name, WorkspaceSeed template, boolean withAccounts) {
        workspaces.requireRoom(); // before an id is drawn, so a refused create leaves the id sequence alone
        String id = generators.newId();
        Workspace ws = Seeder.build(template, id, name, fixtures, generators, withAccounts);
        madeOnDemand.put(id, new Origin(template, name, withAccounts));
        try {
            workspaces.add(ws, List.of());
        } catch (RuntimeException e) {
            madeOnDemand.remove(id); // refused (the simulator is full): leave no trace
            throw e;
        }
        return ws;
    }

    private void forget(String workspaceId) {
        faults.clearWorkspace(workspaceId);
        madeOnDemand.remove(workspaceId);
        workspaces.remove(workspaceId);
    }

    private WorkspaceSeed firstSeed() {
        if (fixtures.workspaces().isEmpty()) throw new IllegalStateException("the fixtures define no workspace");
        return fixtures.workspaces().get(0);
    }
}
