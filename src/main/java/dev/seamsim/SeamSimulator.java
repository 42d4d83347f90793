package dev.seamsim;

import dev.seamsim.control.Seeder;
import dev.seamsim.fixtures.FixtureLoader;
import dev.seamsim.fixtures.Fixtures;
import dev.seamsim.store.Generators;
import dev.seamsim.store.Workspaces;
import io.javalin.Javalin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A running simulator, for use from Java (tests embed it) and from {@link Main}:
 * {@code try (var sim = SeamSimulator.builder().port(0).start()) { sim.baseUrl(); }}.
 */
public final class SeamSimulator implements AutoCloseable {
    private final Javalin app;
    private final Fixtures fixtures;
    private final String host;

    private SeamSimulator(Javalin app, Fixtures fixtures, String host) {
        this.app = app;
        this.fixtures = fixtures;
        this.host = host;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings for a simulator; defaults: 127.0.0.1:8080, bundled fixtures, links built from the Host header. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path fixturesDir;
        private String publicUrl;
        private Clock clock = Clock.systemUTC();

        public Builder host(String host) { this.host = host; return this; }
        /** 0 picks a free port. */
        public Builder port(int port) { this.port = port; return this; }
        /** A folder with workspaces.json and providers.json; null for the bundled fixtures. */
        public Builder fixtures(Path dir) { this.fixturesDir = dir; return this; }
        /** Base of generated links (webview url, instant_key_url, next_page_url), e.g. behind port mapping. */
        public Builder publicUrl(String url) { this.publicUrl = url == null ? null : url.replaceAll("/+$", ""); return this; }

        /** The clock behind created_at and time-window checks; a fixed one makes dated examples repeatable. */
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        public SeamSimulator start() {
            Fixtures fixtures = FixtureLoader.load(fixturesDir);
            Workspaces workspaces = Seeder.seed(fixtures, new Generators(clock));
            Javalin app = SeamApp.create(workspaces, fixtures, publicUrl).start(host, port);
            return new SeamSimulator(app, fixtures, host);
        }
    }

    public int port() {
        return app.port();
    }

    /** Where to point an SDK's endpoint. */
    public String baseUrl() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + shown + ":" + port();
    }

    /** The API keys from the fixtures, in fixture order; the first belongs to the first workspace. */
    public List<String> apiKeys() {
        return fixtures.workspaces().stream().flatMap(w -> w.apiKeys().stream()).toList();
    }

    @Override
    public void close() {
        app.stop();
    }
}
