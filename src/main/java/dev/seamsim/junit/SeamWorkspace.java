package dev.seamsim.junit;

/**
 * A workspace of a running simulator and how to reach it: point an SDK or HTTP client at {@link #baseUrl()} with
 * {@link #apiKey()}, or send {@link #authorization()} as the {@code Authorization} header.
 *
 * @param workspaceId the workspace's id ({@code workspace_id} in answers)
 * @param apiKey      an API key that reaches this workspace
 * @param baseUrl     the simulator's base URL, e.g. {@code http://127.0.0.1:41234}: the SDK's endpoint
 */
public record SeamWorkspace(String workspaceId, String apiKey, String baseUrl) {
    /** The value of the {@code Authorization} header for this workspace: {@code Bearer <api key>}. */
    public String authorization() {
        return "Bearer " + apiKey;
    }
}
