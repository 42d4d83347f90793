package dev.seamsim.store;

import dev.seamsim.error.SeamException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Every workspace of the simulator and the credentials that reach them. Readers never lock; changes are
 * serialised, and {@link #swap} replaces many entries at once so that no reader sees half of it.
 */
public final class Workspaces {
    /**
     * The maps, held together so that {@link #swap} can replace them in one step. {@code position} keeps creation
     * order, which created_at cannot tell: workspaces made in one millisecond (or on a frozen clock) tie.
     */
    private record Registry(Map<String, Workspace> byId, Map<String, String> workspaceIdByApiKey,
                            Map<String, Set<String>> workspaceIdsByAccessToken, Map<String, Long> position,
                            AtomicLong added) {
        static Registry empty() {
            return new Registry(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(), new AtomicLong());
        }

        Registry copy() {
            Registry copy = empty();
            copy.byId.putAll(byId);
            copy.position.putAll(position);
            copy.added.set(added.get());
            copy.workspaceIdByApiKey.putAll(workspaceIdByApiKey);
            workspaceIdsByAccessToken.forEach((token, ids) -> {
                Set<String> set = ConcurrentHashMap.newKeySet();
                set.addAll(ids);
                copy.workspaceIdsByAccessToken.put(token, set);
            });
            return copy;
        }
    }

    private volatile Registry registry;
    /** Changes to the registry (workspaces and credentials added, replaced, removed); it only grows. */
    private final AtomicLong changes = new AtomicLong();

    private volatile int maxWorkspaces = Integer.MAX_VALUE;
    private volatile long maxObjectsPerWorkspace = Long.MAX_VALUE;
    /**
     * Rows reached by link, by id, published by every registered workspace (attached on joining, detached on
     * leaving); null in the scratch copy {@link #swap} changes, whose workspaces are attached once it is in place.
     */
    private final LinkDirectory links;

    public Workspaces() {
        this(Registry.empty(), new LinkDirectory());
    }

    private Workspaces(Registry registry, LinkDirectory links) {
        this.registry = registry;
        this.links = links;
    }

    /**
     * Caps how many workspaces this registry holds and how many objects (rows of all tables together) each of
     * them may hold; past either, {@link #add} and writes answer 409 (see {@link Capacity}).
     */
    public synchronized void limit(int maxWorkspaces, long maxObjectsPerWorkspace) {
        if (maxWorkspaces < 1 || maxObjectsPerWorkspace < 1) throw new IllegalArgumentException("limits must be at least 1");
        if (registry.byId.size() > maxWorkspaces) {
            throw new IllegalArgumentException("the fixtures define " + registry.byId.size()
                    + " workspaces, more than the maximum of " + maxWorkspaces);
        }
        try {
            registry.byId.values().forEach(ws -> ws.capObjects(maxObjectsPerWorkspace));
        } catch (SeamException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        this.maxWorkspaces = maxWorkspaces;
        this.maxObjectsPerWorkspace = maxObjectsPerWorkspace;
    }

    /** Refuses (409) before a new workspace is built when the registry already holds the maximum. */
    public void requireRoom() {
        if (registry.byId.size() >= maxWorkspaces) throw Capacity.workspaces(maxWorkspaces);
    }

    /** A workspace new to the registry when it already holds the maximum is refused (409), and nothing changes. */
    public synchronized void add(Workspace workspace, Collection<String> apiKeys) {
        Registry r = registry;
        if (!r.byId.containsKey(workspace.id()) && r.byId.size() >= maxWorkspaces) throw Capacity.workspaces(maxWorkspaces);
        workspace.capObjects(maxObjectsPerWorkspace);
        r.position.putIfAbsent(workspace.id(), r.added.incrementAndGet());
        attach(workspace);
        detach(r.byId.put(workspace.id(), workspace), workspace);
        apiKeys.forEach(key -> r.workspaceIdByApiKey.put(key, workspace.id()));
        changes.incrementAndGet(); // after the change: a saver that sees the new count sees the change
    }

    /** Puts a fresh workspace in place of the one with the same id; its credentials stay. */
    public synchronized void replace(Workspace workspace) {
        workspace.capObjects(maxObjectsPerWorkspace);
        attach(workspace);
        detach(registry.byId.put(workspace.id(), workspace), workspace);
        changes.incrementAndGet();
    }

    /** Forgets a workspace and every credential that reached it. */
    public synchronized void remove(String workspaceId) {
        Registry r = registry;
        detach(r.byId.remove(workspaceId), null);
        r.position.remove(workspaceId);
        r.workspaceIdByApiKey.values().removeIf(workspaceId::equals);
        r.workspaceIdsByAccessToken.values().forEach(ids -> ids.remove(workspaceId));
        changes.incrementAndGet();
    }

    public synchronized void clear() {
        Registry old = registry;
        registry = Registry.empty();
        old.byId.values().forEach(ws -> detach(ws, null));
        changes.incrementAndGet();
    }

    /**
     * Applies {@code change} to a copy of this registry, then puts the copy in place in one step: a request sees
     * the registry as it was before or after, never half-way (used to load saved state).
     */
    public synchronized void swap(Consumer<Workspaces> change) {
        Registry old = registry;
        Workspaces copy = new Workspaces(old.copy(), null);
        copy.maxWorkspaces = maxWorkspaces;
        copy.maxObjectsPerWorkspace = maxObjectsPerWorkspace;
        change.accept(copy);
        Map<Workspace, Boolean> kept = new IdentityHashMap<>();
        copy.registry.byId.values().forEach(ws -> kept.put(ws, true));
        kept.keySet().forEach(this::attach); // not found through the directory before the registry holds them
        registry = copy.registry;
        old.byId.values().stream().filter(ws -> !kept.containsKey(ws)).forEach(ws -> detach(ws, null));
        changes.incrementAndGet();
    }

    /**
     * How many times the registry changed. With {@link Workspace#changes()} of each workspace it tells whether
     * anything at all changed: while this stays the same, the set of workspaces does too.
     */
    public long changes() {
        return changes.get();
    }

    private void attach(Workspace ws) {
        if (links != null) ws.attach(links);
    }

    /** Detaches {@code gone} unless it is null or the very workspace that took its place. */
    private void detach(Workspace gone, Workspace successor) {
        if (links != null && gone != null && gone != successor) gone.detach(links);
    }

    /**
     * The registered workspace holding the row {@code id} of a table declared {@link TableDef#reachableByLink()},
     * found without a scan (the first in creation order if a state document put the id in several).
     */
    public Optional<Workspace> holderOf(TableDef<?> def, String id) {
        Registry r = registry;
        return links.holders(def, id).stream()
                .filter(ws -> r.byId.get(ws.id()) == ws) // published, but replaced or removed meanwhile
                .min(inCreationOrder(r));
    }

    /**
     * What is wrong with the link directory, in words (empty when sound): every entry must point to a registered
     * workspace that holds the row, and every row reached by link of a registered workspace must have its entry.
     * Holds off registry changes while it runs and reads each workspace under its read lock, so a check during
     * traffic reports no false problem.
     */
    public synchronized List<String> linkProblems() {
        Registry r = registry;
        Map<Workspace, List<LinkDirectory.Entry>> byHolder = new IdentityHashMap<>();
        List<String> problems = new ArrayList<>();
        for (LinkDirectory.Entry entry : links.entries()) {
            Workspace holder = entry.holder();
            if (r.byId.get(holder.id()) == holder) {
                byHolder.computeIfAbsent(holder, ws -> new ArrayList<>()).add(entry);
            } else {
                problems.add(entry.def().resource + " " + entry.id() + " points to workspace " + holder.id()
                        + ", which is not registered (removed or replaced)");
            }
        }
        for (Workspace ws : all()) problems.addAll(ws.linkProblems(links, byHolder.getOrDefault(ws, List.of())));
        return problems.stream().map(p -> "link directory: " + p).toList();
    }

    /** How many rows of {@code def}'s table the link directory knows (for tests of its bookkeeping). */
    int linkedRows(TableDef<?> def) {
        return links.size(def);
    }

    public boolean knowsApiKey(String apiKey) {
        return registry.workspaceIdByApiKey.containsKey(apiKey);
    }

    public synchronized void grantAccessToken(String token, String workspaceId) {
        grantAccessToken(token, List.of(workspaceId));
    }

    /** Makes {@code token} a known personal access token that reaches {@code workspaceIds} (too); may be none. */
    public synchronized void grantAccessToken(String token, Collection<String> workspaceIds) {
        registry.workspaceIdsByAccessToken.computeIfAbsent(token, t -> ConcurrentHashMap.newKeySet()).addAll(workspaceIds);
        changes.incrementAndGet();
    }

    public Optional<Workspace> byId(String id) {
        return Optional.ofNullable(id == null ? null : registry.byId.get(id));
    }

    public Optional<Workspace> byApiKey(String apiKey) {
        Registry r = registry;
        String id = r.workspaceIdByApiKey.get(apiKey);
        return Optional.ofNullable(id == null ? null : r.byId.get(id));
    }

    public boolean knowsAccessToken(String token) {
        return registry.workspaceIdsByAccessToken.containsKey(token);
    }

    /** The workspaces a personal access token belongs to, in creation order. */
    public List<Workspace> byAccessToken(String token) {
        Registry r = registry;
        return r.workspaceIdsByAccessToken.getOrDefault(token, Set.of()).stream()
                .map(r.byId::get)
                .sorted(inCreationOrder(r))
                .toList();
    }

    /** Every personal access token, sorted, with the ids of the workspaces it reaches, sorted. */
    public Map<String, List<String>> accessTokens() {
        Map<String, List<String>> out = new TreeMap<>();
        registry.workspaceIdsByAccessToken.forEach((token, ids) -> out.put(token, ids.stream().sorted().toList()));
        return out;
    }

    /** Every workspace, in creation order. */
    public List<Workspace> all() {
        Registry r = registry;
        return r.byId.values().stream().sorted(inCreationOrder(r)).toList();
    }

    private static Comparator<Workspace> inCreationOrder(Registry r) {
        return Comparator.comparing(ws -> r.position.getOrDefault(ws.id(), Long.MAX_VALUE));
    }

    public List<String> apiKeysOf(String workspaceId) {
        return registry.workspaceIdByApiKey.entrySet().stream()
                .filter(e -> e.getValue().equals(workspaceId))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
