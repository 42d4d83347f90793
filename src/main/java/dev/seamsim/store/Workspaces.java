package dev.seamsim.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every workspace of the simulator and the credentials that reach them. */
public final class Workspaces {
    private final Map<String, Workspace> byId = new ConcurrentHashMap<>();
    private final Map<String, String> workspaceIdByApiKey = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> workspaceIdsByAccessToken = new ConcurrentHashMap<>();
    /** Creation order; created_at cannot tell it, as workspaces made in one millisecond (or on a frozen clock) tie. */
    private final Map<String, Long> position = new ConcurrentHashMap<>();
    private final AtomicLong added = new AtomicLong();

    public void add(Workspace workspace, Collection<String> apiKeys) {
        position.putIfAbsent(workspace.id(), added.incrementAndGet());
        byId.put(workspace.id(), workspace);
        apiKeys.forEach(key -> workspaceIdByApiKey.put(key, workspace.id()));
    }

    /** Puts a fresh workspace in place of the one with the same id; its credentials stay. */
    public void replace(Workspace workspace) {
        byId.put(workspace.id(), workspace);
    }

    /** Forgets a workspace and every credential that reached it. */
    public void remove(String workspaceId) {
        byId.remove(workspaceId);
        position.remove(workspaceId);
        workspaceIdByApiKey.values().removeIf(workspaceId::equals);
        workspaceIdsByAccessToken.values().forEach(ids -> ids.remove(workspaceId));
    }

    public void clear() {
        byId.clear();
        position.clear();
        workspaceIdByApiKey.clear();
        workspaceIdsByAccessToken.clear();
    }

    public boolean knowsApiKey(String apiKey) {
        return workspaceIdByApiKey.containsKey(apiKey);
    }

    public void grantAccessToken(String token, String workspaceId) {
        workspaceIdsByAccessToken.computeIfAbsent(token, t -> ConcurrentHashMap.newKeySet()).add(workspaceId);
    }

    public Optional<Workspace> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Optional<Workspace> byApiKey(String apiKey) {
        return byId(workspaceIdByApiKey.get(apiKey));
    }

    public boolean knowsAccessToken(String token) {
        return workspaceIdsByAccessToken.containsKey(token);
    }

    /** The workspaces a personal access token belongs to, in creation order. */
    public List<Workspace> byAccessToken(String token) {
        return workspaceIdsByAccessToken.getOrDefault(token, Set.of()).stream()
                .map(byId::get)
                .sorted(inCreationOrder())
                .toList();
    }

    /** Every workspace, in creation order. */
    public List<Workspace> all() {
        return byId.values().stream().sorted(inCreationOrder()).toList();
    }

    private Comparator<Workspace> inCreationOrder() {
        return Comparator.comparing(ws -> position.getOrDefault(ws.id(), Long.MAX_VALUE));
    }

    public List<String> apiKeysOf(String workspaceId) {
        return workspaceIdByApiKey.entrySet().stream()
                .filter(e -> e.getValue().equals(workspaceId))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
