package dev.seamsim.store;

import dev.seamsim.error.SeamException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caps that keep a long-running simulator from running out of memory: workspaces in all, and objects (rows
 * of every table together) in one workspace. Seam documents no such error, so the simulator answers 409, as for
 * any request that conflicts with the current state: deleting objects (or workspaces) makes room again.
 */
public final class Capacity {
    public static final int DEFAULT_MAX_WORKSPACES = 10_000;
    public static final long DEFAULT_MAX_OBJECTS_PER_WORKSPACE = 1_000_000;

    private Capacity() {}

    static SeamException workspaces(int max) {
        return new SeamException(409, "workspace_limit_exceeded", "This simulator already holds its maximum of "
                + max + " workspaces (--max-workspaces); reset it or start it with a higher limit",
                Map.of("data", Map.of("max_workspaces", max)));
    }

    static SeamException objects(String workspaceId, long max, Long count) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("workspace_id", workspaceId);
        data.put("max_objects_per_workspace", max);
        if (count != null) data.put("object_count", count);
        return new SeamException(409, "object_limit_exceeded", "Workspace " + workspaceId + " would hold more than "
                + max + " objects (--max-objects-per-workspace); delete some or start the simulator with a higher limit",
                Map.of("data", data));
    }
}
