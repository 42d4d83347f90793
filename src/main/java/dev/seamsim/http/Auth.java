package dev.seamsim.http;

import dev.seamsim.error.SeamException;
import dev.seamsim.store.Workspace;
import dev.seamsim.store.Workspaces;
import io.javalin.http.Context;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Who is calling, from "Authorization: Bearer <token>": an API key selects its one workspace; a personal access
 * token (seam_at…) selects, through the seam-workspace header, one of the workspaces it belongs to.
 */
public final class Auth {
    private static final String ACCESS_TOKEN_PREFIX = "seam_at";
    private static final String CLIENT_SESSION_PREFIX = "seam_cst";
    private static final String PUBLISHABLE_KEY_PREFIX = "seam_pk";
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");
    private static final String CLIENT_SESSIONS_UNSUPPORTED = "Client session tokens (seam_cst…) are not supported by "
            + "this simulator; use an API key or a personal access token with seam-workspace";
    private static final String PUBLISHABLE_KEYS_UNSUPPORTED = "Publishable keys (seam_pk…) are not supported by this "
            + "simulator; use an API key or a personal access token with seam-workspace";
    /** Request attribute: the id of the workspace the call authenticated to (read by the request journal). */
    public static final String WORKSPACE_ID_ATTRIBUTE = "seamsim.workspace_id";

    /** The caller: the selected workspace (null for a token used without seam-workspace) and what it may see. */
    public record Caller(Workspace workspace, List<Workspace> reachable) {}

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Workspaces workspaces;
    private final Function<String, Optional<Workspace>> unknownApiKey;

    /** {@code unknownApiKey} may give a workspace to an API key no workspace has (auto-workspaces). */
    public Auth(Workspaces workspaces, Function<String, Optional<Workspace>> unknownApiKey) {
        this.workspaces = workspaces;
        this.unknownApiKey = unknownApiKey;
    }

    /** The caller's workspace; a personal access token must name one with seam-workspace. */
    public Workspace workspace(Context ctx) {
        Caller caller = caller(ctx);
        if (caller.workspace() == null) {
            throw SeamException.badRequest("missing_workspace_id",
                    "When using a personal access token, you must provide the seam-workspace header");
        }
        return caller.workspace();
    }

    public Caller caller(Context ctx) {
        Caller caller = resolve(ctx);
        if (caller.workspace() != null) ctx.attribute(WORKSPACE_ID_ATTRIBUTE, caller.workspace().id());
        return caller;
    }

    private Caller resolve(Context ctx) {
        String token = bearerToken(ctx);
        if (token.startsWith(ACCESS_TOKEN_PREFIX)) return accessTokenCaller(ctx, token);
        if (token.startsWith(CLIENT_SESSION_PREFIX)) throw SeamException.unauthorized(CLIENT_SESSIONS_UNSUPPORTED);
        if (token.startsWith(PUBLISHABLE_KEY_PREFIX)) throw SeamException.unauthorized(PUBLISHABLE_KEYS_UNSUPPORTED);
        Workspace ws = workspaces.byApiKey(token).or(() -> unknownApiKey.apply(token))
                .orElseThrow(() -> SeamException.unauthorized("API Key not found"));
        return new Caller(ws, List.of(ws));
    }

    private Caller accessTokenCaller(Context ctx, String token) {
        if (!workspaces.knowsAccessToken(token)) throw SeamException.unauthorized("Personal access token not found");
        List<Workspace> reachable = workspaces.byAccessToken(token);
        String workspaceId = ctx.header("seam-workspace");
        if (workspaceId == null || workspaceId.isBlank()) return new Caller(null, reachable);
        if (!UUID.matcher(workspaceId.trim()).matches()) {
            throw SeamException.unauthorized("The seam-workspace header must be a workspace id (a UUID)");
        }
        Workspace ws = reachable.stream().filter(w -> w.id().equals(workspaceId.trim())).findFirst()
                .orElseThrow(() -> SeamException.unauthorized(
                        "Personal access token does not have access to workspace " + workspaceId.trim()));
        return new Caller(ws, reachable);
    }

    /** The token of the usual "Bearer <token>" (one space, nothing around), found without a regex; else null. */
    private static String simpleBearerToken(String header) {
        if (!header.startsWith("Bearer ") || header.length() == 7) return null;
        for (int i = 7; i < header.length(); i++) {
            if (header.charAt(i) <= ' ') return null; // any whitespace: leave it to the general rule
        }
        return header.substring(7);
    }

    private static String bearerToken(Context ctx) {
        List<String> headers = Collections.list(ctx.req().getHeaders("Authorization"));
        if (headers.size() > 1) throw SeamException.unauthorized("Send one Authorization header, not " + headers.size());
        String header = headers.isEmpty() ? null : headers.get(0);
        if (header == null || header.isBlank()) {
            if (ctx.header("seam-client-session-token") != null || ctx.header("client-session-token") != null) {
                throw SeamException.unauthorized(CLIENT_SESSIONS_UNSUPPORTED);
            }
            if (ctx.header("seam-publishable-key") != null) throw SeamException.unauthorized(PUBLISHABLE_KEYS_UNSUPPORTED);
            throw SeamException.unauthorized("No token found in header (did you mean to add Authorization?)");
        }
        String token = simpleBearerToken(header);
        if (token != null) return token;
        String[] parts = WHITESPACE.split(header.trim());
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw SeamException.unauthorized("Authorization header must look like \"Bearer <token>\"");
        }
        return parts[1];
    }
}
