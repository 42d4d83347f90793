package dev.seamsim.spaces;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.seamsim.store.TableDef;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A space (a room, unit or area of the customer's), in its wire shape; space_key is unique per workspace. */
public record Space(String spaceId, String workspaceId, String name, String displayName,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String spaceKey,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String customerKey,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> customerData,
                    Instant createdAt, int deviceCount, @JsonIgnore List<String> acsEntranceIds) {

    public static final TableDef<Space> TABLE = TableDef.of("space", Space::spaceId).unique("space_key", Space::spaceKey)
            .index("customer_key", Space::customerKey);

    @JsonProperty("acs_entrance_count")
    public int acsEntranceCount() {
        return acsEntranceIds.size();
    }

    public Space withEntrances(List<String> ids) {
        return new Space(spaceId, workspaceId, name, displayName, spaceKey, customerKey, customerData, createdAt,
                deviceCount, List.copyOf(ids));
    }

    public Space with(String newName, String newSpaceKey, Map<String, Object> newCustomerData) {
        return new Space(spaceId, workspaceId, newName, newName, newSpaceKey, customerKey, newCustomerData, createdAt,
                deviceCount, acsEntranceIds);
    }
}
