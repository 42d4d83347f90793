package dev.seamsim.connectedaccounts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.seamsim.store.TableDef;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A connected account (a provider login), in its wire shape. */
public record ConnectedAccount(String connectedAccountId, @JsonIgnore String workspaceId, Instant createdAt,
                               String accountType, String accountTypeDisplayName, String displayName,
                               List<Object> errors, List<Object> warnings, Map<String, Object> customMetadata,
                               boolean automaticallyManageNewDevices, List<String> acceptedCapabilities,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String customerKey) {

    public static final TableDef<ConnectedAccount> TABLE =
            TableDef.of("connected_account", ConnectedAccount::connectedAccountId)
                    .index("customer_key", ConnectedAccount::customerKey);

    public ConnectedAccount with(String newDisplayName, Map<String, Object> newMetadata, String newCustomerKey,
                                 boolean newManageDevices, List<String> newCapabilities) {
        return new ConnectedAccount(connectedAccountId, workspaceId, createdAt, accountType, accountTypeDisplayName,
                newDisplayName, errors, warnings, newMetadata, newManageDevices, newCapabilities, newCustomerKey);
    }
}
