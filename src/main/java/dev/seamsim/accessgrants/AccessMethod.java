package dev.seamsim.accessgrants;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.seamsim.store.TableDef;

import java.time.Instant;
import java.util.List;

/** One way in that an access grant issued (a PIN code, a card, a mobile key, a cloud key), in its wire shape. */
public record AccessMethod(String accessMethodId, String workspaceId, String displayName, String mode,
                           Instant createdAt, Instant issuedAt, boolean isIssued,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String code,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String instantKeyUrl,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Boolean isEncodingRequired,
                           List<Object> errors, List<Object> warnings, List<Object> pendingMutations,
                           @JsonIgnore String accessGrantId) {

    public static final TableDef<AccessMethod> TABLE = TableDef.of("access_method", AccessMethod::accessMethodId)
            .index("access_grant_id", AccessMethod::accessGrantId)
            .reachableByLink();
}
