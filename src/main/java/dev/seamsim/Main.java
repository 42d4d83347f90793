package dev.seamsim;

import dev.seamsim.fixtures.FixtureException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Command line: java -jar seam-simulator.jar [--port N] [--host H] [--fixtures DIR] [--public-url URL] [--clock T]. */
@Command(name = "seam-simulator", mixinStandardHelpOptions = true, version = "seam-simulator 0.1.0",
        description = "An in-memory, stateful simulator of the Seam API.")
public final class Main implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:SEAM_SIM_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:SEAM_SIM_HOST:-127.0.0.1}",
            description = "Address to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 in a container).")
    String host;

    @Option(names = "--fixtures", defaultValue = "${env:SEAM_SIM_FIXTURES}",
            description = "Folder with workspaces.json and providers.json (default: the bundled fixtures).")
    Path fixtures;

    @Option(names = "--public-url", defaultValue = "${env:SEAM_SIM_PUBLIC_URL}",
            description = "Base URL of generated links (webview url, instant_key_url, next_page_url), "
                    + "e.g. http://localhost:9000 behind Docker port mapping (default: the request's Host).")
    String publicUrl;

    @Option(names = "--clock", defaultValue = "${env:SEAM_SIM_CLOCK}",
            description = "Start the simulator's clock at this ISO-8601 instant (it then runs in real time), "
                    + "e.g. 2025-08-01T00:00:00Z to replay dated examples (default: the real time).")
    Instant clockStart;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        SeamSimulator sim;
        try {
            sim = SeamSimulator.builder().host(host).port(port).fixtures(fixtures).publicUrl(publicUrl)
                    .clock(clock()).start();
        } catch (FixtureException e) {
            System.err.println("seam-simulator: bad fixtures: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        System.out.println("Seam Simulator listening on " + sim.baseUrl()
                + (publicUrl == null ? "" : ", links use " + publicUrl) + " (fixtures: "
                + (fixtures == null ? "bundled" : fixtures) + "); API keys: " + String.join(", ", sim.apiKeys()));
        return waitForever();
    }

    private Clock clock() {
        Clock real = Clock.systemUTC();
        return clockStart == null ? real : Clock.offset(real, Duration.between(real.instant(), clockStart));
    }

    private static Integer waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
