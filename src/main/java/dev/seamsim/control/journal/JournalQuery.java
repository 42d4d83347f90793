package dev.seamsim.control.journal;

import dev.seamsim.http.PathPattern;

/**
 * Which journal entries to return: every filter is optional (null); {@code path} is exact or, ending with "*",
 * a prefix. At most {@code limit} entries, newest first.
 */
public record JournalQuery(String workspaceId, String path, Integer status, String method, int limit) {
    public static final int DEFAULT_LIMIT = 100;

    /** Everything, up to the default limit. */
    public static JournalQuery all() {
        return new JournalQuery(null, null, null, null, DEFAULT_LIMIT);
    }

    public JournalQuery workspace(String id) { return new JournalQuery(id, path, status, method, limit); }
    public JournalQuery path(String pattern) { return new JournalQuery(workspaceId, pattern, status, method, limit); }
    public JournalQuery status(Integer code) { return new JournalQuery(workspaceId, path, code, method, limit); }
    public JournalQuery method(String name) { return new JournalQuery(workspaceId, path, status, name, limit); }
    public JournalQuery limit(int max) { return new JournalQuery(workspaceId, path, status, method, max); }

    boolean matches(JournalEntry e) {
        return (workspaceId == null || workspaceId.equals(e.workspaceId()))
                && (path == null || PathPattern.matches(path, e.path()))
                && (status == null || status == e.status())
                && (method == null || method.equalsIgnoreCase(e.method()));
    }
}
