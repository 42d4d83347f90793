package dev.seamsim.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamsim.error.SeamException;
import dev.seamsim.state.StateDocument.RowState;
import dev.seamsim.state.StateDocument.TableState;
import dev.seamsim.store.Table;
import dev.seamsim.store.Workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads one workspace's tables from a state document into a fresh (unpublished) workspace: each row read as its
 * record and checked (id, workspace_id, nulls), put back at its position, unique keys indexed again (a duplicate
 * is refused), and then every reference to another row checked.
 */
final class TableLoader {
    static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private TableLoader() {}

    /** Returns how many rows were loaded. */
    static int load(Workspace ws, Map<String, TableState> tables, String pointer) {
        for (String name : tables.keySet()) {
            if (StateTables.named(name).isEmpty()) {
                throw StateJson.invalid(pointer + "/" + StateJson.escape(name),
                        "is not a table; the tables are " + String.join(", ", StateTables.names()));
            }
        }
        return ws.write(() -> {
            int rows = 0;
            for (StateTables.Entry<?> entry : StateTables.ALL) {
                TableState t = tables.get(entry.name());
                if (t != null) rows += loadTable(ws, entry, t, pointer + "/" + entry.name());
            }
            for (StateTables.Entry<?> entry : StateTables.ALL) {
                TableState t = tables.get(entry.name());
                if (t != null) checkReferences(ws, entry, t.rows(), pointer + "/" + entry.name());
            }
            return rows;
        });
    }

    private static <R extends Record> int loadTable(Workspace ws, StateTables.Entry<R> entry, TableState t, String p) {
        Table<R> table = ws.table(entry.def());
        Map<Long, Integer> rowBySeq = new HashMap<>();
        Map<String, Integer> rowById = new HashMap<>();
        long lastSeq = 0;
        for (int k = 0; k < t.rows().size(); k++) {
            RowState r = t.rows().get(k);
            String rp = p + "/rows/" + k;
            if (!r.row().isObject()) throw StateJson.invalid(rp + "/row", "must be an object");
            R row = StateJson.decode(r.row(), entry.type(), rp + "/row");
            NullCheck.check(row, rp + "/row");
            String id = entry.def().idOf(row);
            String idPointer = rp + "/row/" + entry.idField();
            if (id == null || !UUID.matcher(id).matches()) throw StateJson.invalid(idPointer, "must be a UUID");
            checkWorkspaceId(ws, r.row(), rp + "/row");
            if (r.seq() < 1) throw StateJson.invalid(rp + "/seq", "must be 1 or more");
            Integer sameSeq = rowBySeq.putIfAbsent(r.seq(), k);
            if (sameSeq != null) throw StateJson.invalid(rp + "/seq", "is also the seq of " + p + "/rows/" + sameSeq);
            Integer sameId = rowById.putIfAbsent(id, k);
            if (sameId != null) throw StateJson.invalid(idPointer, "is also the id of " + p + "/rows/" + sameId);
            try {
                table.restore(r.seq(), row);
            } catch (SeamException e) {
                throw duplicateKey(e, rp + "/row", entry.idField(), rowById, p);
            }
            lastSeq = Math.max(lastSeq, r.seq());
        }
        if (t.nextSeq() <= lastSeq || t.nextSeq() < 1) {
            throw StateJson.invalid(p + "/next_seq", "must be greater than every row's seq (the greatest is " + lastSeq + ")");
        }
        table.continueAt(t.nextSeq());
        return t.rows().size();
    }

    private static void checkWorkspaceId(Workspace ws, JsonNode row, String rp) {
        JsonNode workspaceId = row.get("workspace_id");
        if (workspaceId != null && !ws.id().equals(workspaceId.asText(null))) {
            throw StateJson.invalid(rp + "/workspace_id", "must be the id of the workspace that holds the row, " + ws.id());
        }
    }

    /** A 409 duplicate from the table's unique index, as an invalid_input naming both rows. */
    @SuppressWarnings("unchecked")
    private static SeamException duplicateKey(SeamException e, String rp, String idField, Map<String, Integer> rowById,
                                              String p) {
        if (e.status() != 409 || !e.type().startsWith("duplicate_")) throw e;
        String field = e.type().substring("duplicate_".length());
        Map<String, Object> data = (Map<String, Object>) e.extra().get("data");
        Integer holder = rowById.get(String.valueOf(data.get(idField)));
        return StateJson.invalid(rp + "/" + field, field + " \"" + data.get(field) + "\" is also the " + field + " of "
                + p + "/rows/" + holder + " (unique within a workspace)");
    }

    private static void checkReferences(Workspace ws, StateTables.Entry<?> entry, List<RowState> rows, String p) {
        for (StateTables.Ref ref : entry.refs()) {
            StateTables.Entry<?> target = StateTables.named(ref.table()).orElseThrow();
            for (int k = 0; k < rows.size(); k++) {
                JsonNode value = rows.get(k).row().get(ref.field());
                String fp = p + "/rows/" + k + "/row/" + ref.field();
                if (value == null || value.isNull()) continue;
                if (value.isTextual()) checkReference(ws, target, value.asText(), fp);
                for (int i = 0; value.isArray() && i < value.size(); i++) checkReference(ws, target, value.get(i).asText(), fp + "/" + i);
            }
        }
    }

    private static void checkReference(Workspace ws, StateTables.Entry<?> target, String id, String pointer) {
        if (ws.table(target.def()).find(id).isEmpty()) {
            throw StateJson.invalid(pointer, "names " + target.def().resource() + " " + id
                    + ", which is not in this workspace's " + target.name());
        }
    }
}
