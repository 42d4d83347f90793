package dev.seamsim.testing;

/**
 * A state document of scope "workspace" (README "Saving and loading state") for a workspace holding {@code n}
 * spaces with keys sk-1 … sk-n and nothing else: a quick way to fill a workspace far beyond what HTTP calls would.
 */
public final class SpacesDocument {
    private SpacesDocument() {}

    /** For workspace 2 of the bundled fixtures (API key seam_apikey2_token). */
    public static String forWorkspace2(int n) {
        return of(Sim.WS2, "Seed Workspace 2", "fixtures", Sim.KEY2, n)
                .replace("\"personal_access_tokens\":[]", "\"personal_access_tokens\":[{\"token\":\"" + Sim.PAT
                        + "\",\"workspace_ids\":[\"" + Sim.WS2 + "\"]}]");
    }

    /** For any workspace; {@code resetTo} is "fixtures" (only for a fixture workspace), "seeded" or "empty". */
    public static String of(String workspaceId, String name, String resetTo, String apiKey, int n) {
        String at = "2025-01-01T00:00:00Z";
        StringBuilder out = new StringBuilder(200 + n * 300);
        out.append("{\"format\":\"seam-simulator/state\",\"version\":1,\"scope\":\"workspace\",\"workspaces\":[{")
                .append("\"workspace_id\":\"").append(workspaceId).append("\",\"name\":\"").append(name)
                .append("\",\"company_name\":\"Test Inc.\",\"is_sandbox\":true,\"created_at\":\"").append(at)
                .append("\",\"reset_to\":\"").append(resetTo).append("\",\"api_keys\":[\"").append(apiKey)
                .append("\"],\"auto_api_keys\":[],\"tables\":{\"spaces\":{\"next_seq\":").append(n + 1).append(",\"rows\":[");
        for (int i = 1; i <= n; i++) {
            if (i > 1) out.append(',');
            String id = String.format("00000002-0000-4000-8000-%012x", i);
            out.append("{\"seq\":").append(i).append(",\"row\":{\"space_id\":\"").append(id)
                    .append("\",\"workspace_id\":\"").append(workspaceId).append("\",\"name\":\"Space ").append(i)
                    .append("\",\"display_name\":\"Space ").append(i).append("\",\"space_key\":\"sk-").append(i)
                    .append("\",\"customer_key\":null,\"customer_data\":null,\"created_at\":\"").append(at)
                    .append("\",\"device_count\":0,\"acs_entrance_ids\":[]}}");
        }
        return out.append("]}}}],\"personal_access_tokens\":[],\"ok\":true}").toString();
    }
}
