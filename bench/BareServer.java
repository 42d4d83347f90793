import dev.seamsim.shaded.jackson.databind.JsonNode;
import dev.seamsim.shaded.jackson.databind.ObjectMapper;
import dev.seamsim.shaded.javalin.Javalin;
import dev.seamsim.shaded.javalin.json.JavalinJackson;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * bench/run's ceiling: bare Javalin with the simulator's own (shaded) Javalin, Jetty and Jackson and no
 * simulator code. Every path answers GET and POST with a ~310-byte JSON object built per request (the size of
 * /workspaces/get's answer); a POST body is parsed as JSON first. Nothing else: no auth, journal, CORS headers.
 * Run with the single-file source launcher: java -cp target/seam-simulator.jar bench/BareServer.java PORT
 */
public final class BareServer {
    public static void main(String[] args) {
        ObjectMapper mapper = new ObjectMapper();
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", ctx -> ctx.result("ok"));
            config.routes.get("/*", ctx -> ctx.json(answer(null)));
            config.routes.post("/*", ctx -> ctx.json(answer(mapper.readTree(ctx.body()))));
        });
        app.start("127.0.0.1", Integer.parseInt(args[0]));
    }

    private static Map<String, Object> answer(JsonNode body) {
        Map<String, Object> workspace = new LinkedHashMap<>();
        workspace.put("workspace_id", "5d4b2a11-5e5a-4f7b-9b1c-000000000001");
        workspace.put("name", "Seed Workspace 1");
        workspace.put("company_name", "Acme Property Management");
        workspace.put("is_sandbox", true);
        workspace.put("is_suspended", false);
        workspace.put("is_publishable_key_auth_enabled", false);
        workspace.put("connect_partner_name", null);
        workspace.put("organization_id", body == null ? null : body.size());
        workspace.put("connect_webview_customization", Map.of());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("workspace", workspace);
        out.put("ok", true);
        return out;
    }
}
