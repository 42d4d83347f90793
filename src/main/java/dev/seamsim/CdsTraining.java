package dev.seamsim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The training run behind the class-data sharing archive (AppCDS) built at package time and in the image:
 * {@code java -XX:ArchiveClassesAtExit=app.jsa -cp seam-simulator.jar dev.seamsim.CdsTraining}. It parses flags
 * and starts the simulator as {@link Main} does (port 0), sends a few representative requests so that the
 * classes behind routing, JSON, validation errors and pages are loaded, then stops; the JVM writes every class
 * it loaded into the archive on exit, and later starts map them instead of loading them from the jar.
 */
public final class CdsTraining {
    private static final String[][] REQUESTS = {
        {"GET", "/health", null},
        {"GET", "/workspaces/get", null},
        {"POST", "/connected_accounts/list", "{}"},
        {"POST", "/connect_webviews/create", "{\"accepted_providers\":[\"august\"],\"custom_redirect_url\":\"https://example.com/done\"}"},
        {"POST", "/spaces/create", "{\"name\":\"Lobby\",\"space_key\":\"training\"}"},
        {"GET", "/spaces/get?space_key=training", null},
        {"POST", "/user_identities/create", "{\"full_name\":\"Training\",\"email_address\":\"t@example.com\"}"},
        {"POST", "/spaces/create", "{\"name\":17}"},
        {"GET", "/workspaces/nope", null},
        {"GET", "/_fake/requests", null},
    };

    private CdsTraining() {}

    public static void main(String[] args) throws IOException, Flags.UsageException {
        Main.preferCompatLocaleData(); // as Main does, so that the archive holds the classes it loads
        Flags.printHelp(new StringBuilder()); // the classes behind --help and usage errors
        try (SeamSimulator sim = Flags.parse("--port", "0", "--host", "127.0.0.1").builder().start()) {
            for (String[] request : REQUESTS) {
                int status = send(sim.baseUrl() + request[1], request[0], request[2], sim.defaultApiKey());
                if (status >= 500) throw new IllegalStateException(request[0] + " " + request[1] + " answered " + status);
            }
        }
        System.out.println("seam-simulator: CDS training run done");
    }

    private static int send(String url, String method, String body, String apiKey) throws IOException {
        HttpURLConnection http = (HttpURLConnection) new URL(url).openConnection();
        http.setRequestMethod(method);
        http.setRequestProperty("Authorization", "Bearer " + apiKey);
        if (body != null) {
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = http.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = http.getResponseCode();
        try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
            if (in != null) in.readAllBytes();
        }
        return status;
    }
}
