package dev.seamsim.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamsim.state.Snapshot.LoadedWorkspace;
import dev.seamsim.state.Snapshot.ResetTo;
import dev.seamsim.state.Snapshot.Scope;
import dev.seamsim.state.StateDocument.Doc;
import dev.seamsim.state.StateDocument.TokenState;
import dev.seamsim.state.StateDocument.WorkspaceState;
import dev.seamsim.store.Workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a state document into a {@link Snapshot}, checking everything on the way; the first problem becomes a
 * 400 invalid_input naming its place as a JSON pointer. Builds new workspaces only: the running simulator is not
 * touched, so a refused document leaves it exactly as it was.
 */
public final class StateReader {
    private StateReader() {}

    /** {@code workspaceId}, when given, must be the one workspace of a document of scope "workspace". */
    public static Snapshot read(String json, StateHost host, String workspaceId) {
        JsonNode root = StateJson.parse(json);
        if (!root.isObject()) throw StateJson.invalid("", "expected an object (a state document)");
        ObjectNode body = ((ObjectNode) root).deepCopy();
        body.remove("ok"); // GET /_fake/database adds "ok": true, as fake-seam-connect does
        Doc doc = StateJson.decode(body, Doc.class, "");
        NullCheck.check(doc, "");
        if (!StateDocument.FORMAT.equals(doc.format())) {
            throw StateJson.invalid("/format", "must be \"" + StateDocument.FORMAT + "\"");
        }
        if (doc.version() != StateDocument.VERSION) {
            throw StateJson.invalid("/version", "this simulator reads version " + StateDocument.VERSION + ", not " + doc.version());
        }
        Scope scope = choice(Scope.class, doc.scope(), "/scope");
        if (scope == Scope.WORKSPACE && doc.workspaces().size() != 1) {
            throw StateJson.invalid("/workspaces", "a document of scope \"workspace\" holds exactly one workspace, not "
                    + doc.workspaces().size());
        }
        if (workspaceId != null) {
            if (scope != Scope.WORKSPACE) throw StateJson.invalid("/scope", "must be \"workspace\" when workspace_id is given");
            if (!doc.workspaces().get(0).workspaceId().equals(workspaceId)) {
                throw StateJson.invalid("/workspaces/0/workspace_id", "is not the workspace_id given, " + workspaceId);
            }
        }
        Map<String, Integer> indexById = new HashMap<>();
        Map<String, String> keyPlaces = new HashMap<>();
        List<LoadedWorkspace> loaded = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < doc.workspaces().size(); i++) {
            WorkspaceState w = doc.workspaces().get(i);
            String p = "/workspaces/" + i;
            checkHeader(w, p, host);
            Integer other = indexById.putIfAbsent(w.workspaceId(), i);
            if (other != null) throw StateJson.invalid(p + "/workspace_id", "is also the workspace_id of /workspaces/" + other);
            checkKeys(w.apiKeys(), p + "/api_keys", w.workspaceId(), scope, host, keyPlaces);
            checkKeys(w.autoApiKeys(), p + "/auto_api_keys", w.workspaceId(), scope, host, keyPlaces);
            Workspace ws = new Workspace(w.workspaceId(), w.name(), w.companyName(), w.isSandbox(), host.generators(),
                    w.createdAt());
            rows += TableLoader.load(ws, w.tables(), p + "/tables");
            loaded.add(new LoadedWorkspace(ws, choice(ResetTo.class, w.resetTo(), p + "/reset_to"), w.apiKeys(),
                    w.autoApiKeys()));
        }
        return new Snapshot(scope, loaded, tokens(doc.personalAccessTokens(), indexById.keySet()), rows);
    }

    private static void checkHeader(WorkspaceState w, String p, StateHost host) {
        if (w.workspaceId() == null || !TableLoader.UUID.matcher(w.workspaceId()).matches()) {
            throw StateJson.invalid(p + "/workspace_id", "must be a UUID");
        }
        if (w.name() == null) throw StateJson.invalid(p + "/name", "must not be null");
        if (w.companyName() == null) throw StateJson.invalid(p + "/company_name", "must not be null");
        if (w.createdAt() == null) throw StateJson.invalid(p + "/created_at", "must not be null");
        ResetTo resetTo = choice(ResetTo.class, w.resetTo(), p + "/reset_to");
        if (resetTo == ResetTo.FIXTURES && !host.isFixtureWorkspace(w.workspaceId())) {
            throw StateJson.invalid(p + "/reset_to", "is \"fixtures\", but the fixtures have no workspace "
                    + w.workspaceId() + " (use \"seeded\" or \"empty\")");
        }
    }

    /** API keys: well formed, each used once in the document, and (for one workspace) not another's now. */
    private static void checkKeys(List<String> keys, String p, String workspaceId, Scope scope, StateHost host,
                                  Map<String, String> places) {
        for (int j = 0; j < keys.size(); j++) {
            String key = keys.get(j);
            String kp = p + "/" + j;
            if (!key.startsWith("seam_") || key.length() == 5 || key.startsWith("seam_at") || key.startsWith("seam_cst")
                    || key.startsWith("seam_pk")) {
                throw StateJson.invalid(kp, "is not an API key (seam_…, but not seam_at, seam_cst or seam_pk)");
            }
            String before = places.putIfAbsent(key, kp);
            if (before != null) throw StateJson.invalid(kp, "is also at " + before);
            if (scope == Scope.WORKSPACE) {
                String owner = host.ownerOfKey(key).filter(o -> !o.equals(workspaceId)).orElse(null);
                if (owner != null) throw StateJson.invalid(kp, "already reaches another workspace, " + owner);
            }
        }
    }

    private static Map<String, List<String>> tokens(List<TokenState> tokens, Set<String> workspaceIds) {
        Map<String, List<String>> out = new TreeMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            TokenState t = tokens.get(k);
            String p = "/personal_access_tokens/" + k;
            if (t.token() == null || !t.token().startsWith("seam_at") || t.token().length() == 7) {
                throw StateJson.invalid(p + "/token", "must be a personal access token (seam_at…)");
            }
            if (out.containsKey(t.token())) throw StateJson.invalid(p + "/token", "is listed twice");
            Set<String> seen = new HashSet<>();
            for (int m = 0; m < t.workspaceIds().size(); m++) {
                String id = t.workspaceIds().get(m);
                if (!workspaceIds.contains(id)) {
                    throw StateJson.invalid(p + "/workspace_ids/" + m, "names no workspace of this document");
                }
                if (!seen.add(id)) throw StateJson.invalid(p + "/workspace_ids/" + m, "is listed twice");
            }
            out.put(t.token(), List.copyOf(t.workspaceIds()));
        }
        return out;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String pointer) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase().equals(value)) return e;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(e -> "\"" + e.name().toLowerCase() + "\"")
                .collect(Collectors.joining(" or "));
        throw StateJson.invalid(pointer, "must be " + allowed);
    }
}
