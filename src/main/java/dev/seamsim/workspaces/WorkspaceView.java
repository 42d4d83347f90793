package dev.seamsim.workspaces;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.seamsim.store.Workspace;

import java.util.Map;

/** A workspace as /workspaces/get and /workspaces/list return it. */
public record WorkspaceView(String workspaceId, String name, String companyName, boolean isSandbox,
                            boolean isSuspended, boolean isPublishableKeyAuthEnabled, String connectPartnerName,
                            String organizationId, Map<String, Object> connectWebviewCustomization,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String publishableKey) {

    public static WorkspaceView of(Workspace ws) {
        return new WorkspaceView(ws.id(), ws.name(), ws.companyName(), ws.sandbox(), false, false, null, null,
                Map.of(), null);
    }
}
