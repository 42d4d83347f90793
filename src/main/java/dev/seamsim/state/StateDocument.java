package dev.seamsim.state;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The shape of a state document (what GET /_fake/database returns and PUT takes), as records that
 * {@link RecordCodec} writes and reads field for field. Rows stay JSON here; each table's record class reads them.
 */
final class StateDocument {
    static final String FORMAT = "seam-simulator/state";
    static final int VERSION = 1;

    private StateDocument() {}

    /** scope: "simulator" (the document replaces everything) or "workspace" (it holds one workspace, replaced alone). */
    record Doc(String format, int version, String scope, List<WorkspaceState> workspaces,
               List<TokenState> personalAccessTokens) {}

    /**
     * reset_to: what POST /_fake/reset with this workspace_id rebuilds: "fixtures" (its fixture workspace),
     * "seeded" (like the first fixture workspace, as POST /_fake/workspaces makes it) or "empty".
     * auto_api_keys: keys that reached it through --auto-workspaces.
     */
    record WorkspaceState(String workspaceId, String name, String companyName, boolean isSandbox, Instant createdAt,
                          String resetTo, List<String> apiKeys, List<String> autoApiKeys,
                          Map<String, TableState> tables) {}

    /** next_seq: the position the next new row takes; seq: a row's position, which orders lists and page cursors. */
    record TableState(long nextSeq, List<RowState> rows) {}

    record RowState(long seq, JsonNode row) {}

    record TokenState(String token, List<String> workspaceIds) {}
}
