package dev.seamsim.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which workspace holds a row of a table declared {@link TableDef#reachableByLink()}, by the row's id: how a page
 * link (a Connect Webview's url, an Instant Key) or /_fake/complete_connect_webview finds its object without
 * scanning every workspace. A workspace publishes its rows here while it is registered in a {@link Workspaces}
 * (see {@link Workspace#attach}); ids are expected to be unique, but a state document may repeat one in two
 * workspaces, so each id maps to the list of workspaces holding it (almost always one).
 */
final class LinkDirectory {
    /** One id of one table, published by one workspace. */
    record Entry(TableDef<?> def, String id, Workspace holder) {}

    private final Map<TableDef<?>, Map<String, List<Workspace>>> holders = new ConcurrentHashMap<>();

    void publish(TableDef<?> def, String id, Workspace ws) {
        table(def).merge(id, ws.alone, (held, added) -> {
            if (held.contains(ws)) return held;
            List<Workspace> both = new ArrayList<>(held);
            both.add(ws);
            return List.copyOf(both);
        });
    }

    void withdraw(TableDef<?> def, String id, Workspace ws) {
        table(def).computeIfPresent(id, (key, held) -> {
            List<Workspace> rest = held.stream().filter(w -> w != ws).toList();
            return rest.isEmpty() ? null : rest;
        });
    }

    /** The workspaces that published {@code id} in {@code def}'s table (registered ones only; see Workspaces). */
    List<Workspace> holders(TableDef<?> def, String id) {
        return id == null ? List.of() : table(def).getOrDefault(id, List.of());
    }

    /** How many ids of {@code def}'s table are published (for tests). */
    int size(TableDef<?> def) {
        return table(def).size();
    }

    /** Every entry as it is now, one per holder (for the integrity check). */
    List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        holders.forEach((def, ids) -> ids.forEach((id, held) -> held.forEach(ws -> all.add(new Entry(def, id, ws)))));
        return all;
    }

    private Map<String, List<Workspace>> table(TableDef<?> def) {
        return holders.computeIfAbsent(def, d -> new ConcurrentHashMap<>());
    }
}
