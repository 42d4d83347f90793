package dev.seamsim.acs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.seamsim.store.TableDef;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An access control system of a connected account, in its wire shape. */
public record AcsSystem(String acsSystemId, String workspaceId, String connectedAccountId,
                        List<String> connectedAccountIds, Instant createdAt, String name, String externalType,
                        String externalTypeDisplayName, String systemType, String systemTypeDisplayName,
                        boolean isCredentialManager, Map<String, String> location, String imageUrl,
                        String imageAltText, List<Object> errors, List<Object> warnings,
                        @JsonIgnore String customerKey) {

    public static final TableDef<AcsSystem> TABLE = TableDef.of("acs_system", AcsSystem::acsSystemId)
            .index("connected_account_id", AcsSystem::connectedAccountId);

    /** The system after its connected account moved to another customer. */
    public AcsSystem withCustomerKey(String newCustomerKey) {
        return new AcsSystem(acsSystemId, workspaceId, connectedAccountId, connectedAccountIds, createdAt, name,
                externalType, externalTypeDisplayName, systemType, systemTypeDisplayName, isCredentialManager,
                location, imageUrl, imageAltText, errors, warnings, newCustomerKey);
    }
}
