package dev.seamsim.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator as a separate process (java -cp <the test class path> dev.seamsim.Main --port 0 ...), so that tests
 * can send it real signals: {@link #terminate()} is SIGTERM, {@link #kill()} is kill -9.
 */
final class SimProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final List<Thread> pumps = new ArrayList<>();

    private SimProcess(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "dev.seamsim.Main", "--port", "0"));
        command.addAll(args);
        process = new ProcessBuilder(command).start();
        pump(process.getInputStream(), out, true);
        pump(process.getErrorStream(), err, false);
        process.onExit().thenRun(() -> port.complete(-1));
    }

    /** Starts the simulator and waits for its start line; fails with its output if it exits instead. */
    static SimProcess start(String... args) throws Exception {
        SimProcess sim = new SimProcess(List.of(args));
        int port = sim.port.get(90, TimeUnit.SECONDS);
        if (port < 0) {
            throw new AssertionError("the simulator exited with " + sim.process.exitValue() + " before listening:\n"
                    + sim.out + sim.err);
        }
        return sim;
    }

    /** Runs the simulator expecting it to refuse to start; returns its exit code and what it wrote to stderr. */
    static Exit startExpectingFailure(String... args) throws Exception {
        SimProcess sim = new SimProcess(List.of(args));
        try {
            if (!sim.process.waitFor(90, TimeUnit.SECONDS) || sim.port.getNow(-1) > 0) {
                throw new AssertionError("the simulator started, but should have refused to:\n" + sim.out);
            }
            sim.process.onExit().get(10, TimeUnit.SECONDS);
            for (Thread pump : sim.pumps) pump.join(10_000); // the last lines it wrote
            return new Exit(sim.process.exitValue(), sim.err.toString());
        } finally {
            sim.close();
        }
    }

    record Exit(int code, String stderr) {}

    String baseUrl() {
        return "http://127.0.0.1:" + port.join();
    }

    String stdout() {
        return out.toString();
    }

    String stderr() {
        return err.toString();
    }

    /** SIGTERM, then waits for the process to end; returns its exit code. */
    int terminate() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the pipes and lose the last output
        if (!process.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("no exit within 60 s of SIGTERM");
        for (Thread pump : pumps) pump.join(10_000); // the last lines it wrote
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no last save. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), null);
    }

    HttpResponse<String> post(String path, String apiKey, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("content-type", "application/json"), apiKey);
    }

    /** The whole state, as GET /_fake/database returns it (and as the state file holds it). */
    String export() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/_fake/database");
        if (response.statusCode() != 200) throw new AssertionError("export: " + response.statusCode() + " " + response.body());
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String apiKey)
            throws IOException, InterruptedException {
        if (apiKey != null) request.header("authorization", "Bearer " + apiKey);
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void pump(InputStream stream, StringBuffer into, boolean watchForPort) {
        Thread t = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    into.append(line).append('\n');
                    Matcher m = LISTENING.matcher(line);
                    if (watchForPort && m.find()) port.complete(Integer.parseInt(m.group(1)));
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "sim-process-output");
        t.setDaemon(true);
        t.start();
        pumps.add(t);
    }
}
