package dev.seamsim.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamsim.error.SeamException;
import dev.seamsim.state.StateDocument.Doc;
import dev.seamsim.state.StateDocument.RowState;
import dev.seamsim.state.StateDocument.TableState;
import dev.seamsim.state.StateDocument.TokenState;
import dev.seamsim.state.StateDocument.WorkspaceState;
import dev.seamsim.store.Table;
import dev.seamsim.store.Workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the simulator's state, or one workspace's, as a state document. The output is deterministic: workspaces
 * by creation time then id, tables in {@link StateTables} order, rows by position, keys and tokens sorted.
 */
public final class StateWriter {
    private StateWriter() {}

    /** The whole simulator ({@code workspaceId} null), or that one workspace (404 workspace_not_found if unknown). */
    public static String write(StateHost host, String workspaceId) {
        List<Workspace> chosen = workspaceId == null
                ? host.workspaces().all().stream()
                        .sorted(Comparator.comparing(Workspace::createdAt).thenComparing(Workspace::id)).toList()
                : List.of(host.workspaces().byId(workspaceId).orElseThrow(() -> SeamException.notFound("workspace")));
        List<WorkspaceState> workspaces = chosen.stream().map(ws -> ws.read(() -> workspace(ws, host))).toList();
        List<TokenState> tokens = new ArrayList<>();
        host.workspaces().accessTokens().forEach((token, ids) -> {
            if (workspaceId == null) tokens.add(new TokenState(token, ids));
            else if (ids.contains(workspaceId)) tokens.add(new TokenState(token, List.of(workspaceId)));
        });
        Snapshot.Scope scope = workspaceId == null ? Snapshot.Scope.SIMULATOR : Snapshot.Scope.WORKSPACE;
        Doc doc = new Doc(StateDocument.FORMAT, StateDocument.VERSION, scope.wireName(), workspaces, tokens);
        ObjectNode out = StateJson.MAPPER.valueToTree(doc);
        out.put("ok", true); // as fake-seam-connect's GET /_fake/database; ignored when the document is loaded
        return StateJson.write(out);
    }

    private static WorkspaceState workspace(Workspace ws, StateHost host) {
        Map<String, TableState> tables = new LinkedHashMap<>();
        for (StateTables.Entry<?> entry : StateTables.ALL) tables.put(entry.name(), table(ws.table(entry.def())));
        return new WorkspaceState(ws.id(), ws.name(), ws.companyName(), ws.sandbox(), ws.createdAt(),
                host.resetTo(ws.id()).wireName(), host.workspaces().apiKeysOf(ws.id()), host.autoApiKeys(ws.id()),
                tables);
    }

    private static TableState table(Table<?> table) {
        List<RowState> rows = table.rowsWithPositions().stream()
                .map(e -> new RowState(e.getKey(), StateJson.MAPPER.<JsonNode>valueToTree(e.getValue())))
                .toList();
        return new TableState(table.nextPosition(), rows);
    }
}
