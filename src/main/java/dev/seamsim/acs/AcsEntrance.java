package dev.seamsim.acs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamsim.store.TableDef;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entrance of an ACS system, in its wire shape. {@code details} holds the provider-specific fields from the
 * fixture (can_unlock_with_*, salto_ks_metadata, …), written out beside the common ones.
 */
public record AcsEntrance(String acsEntranceId, String acsSystemId, String connectedAccountId, Instant createdAt,
                          String displayName, List<String> spaceIds, List<Object> errors, List<Object> warnings,
                          @JsonIgnore ObjectNode details) {

    public static final TableDef<AcsEntrance> TABLE = TableDef.of("acs_entrance", AcsEntrance::acsEntranceId)
            .index("acs_system_id", AcsEntrance::acsSystemId)
            .index("connected_account_id", AcsEntrance::connectedAccountId)
            .indexEach("space_ids", AcsEntrance::spaceIds);

    @JsonAnyGetter
    public Map<String, JsonNode> detailFields() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        details.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public AcsEntrance withSpaceIds(List<String> newSpaceIds) {
        return new AcsEntrance(acsEntranceId, acsSystemId, connectedAccountId, createdAt, displayName,
                List.copyOf(newSpaceIds), errors, warnings, details);
    }
}
