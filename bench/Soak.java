import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/soak: each worker gets a workspace of its own (POST /_fake/workspaces) and runs, over and over,
 * a cycle through every implemented route (creates, gets, lists, updates, deletes, webview completion, access grants
 * and methods, the HTML pages, the control plane, now and then a reset of its workspace), so state stays bounded and
 * every answer must be a 200. Every report interval it forces a GC in the server (jcmd PID GC.run) and prints one
 * row: requests, errors, latency, RSS and heap used after the GC. Loopback only; stops by itself at the deadline.
 * JDK only (the jar's Jackson is relocated): bodies are written and ids read with the two helpers at the end.
 * Usage: java bench/Soak.java BASE_URL SERVER_PID SECONDS REPORT_SECONDS WORKERS STRICT
 */
public class Soak {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final LongAdder REQUESTS = new LongAdder();
    static final LongAdder ERRORS = new LongAdder();
    static final LongAdder SERVER_ERRORS = new LongAdder();
    static final Queue<String> FIRST_ERRORS = new ConcurrentLinkedQueue<>();
    /** Latencies of the current interval in 0.1 ms buckets (the last one is "1 s or more"). */
    static final AtomicReference<AtomicLongArray> LATENCY = new AtomicReference<>(new AtomicLongArray(10_001));

    static String base;
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        base = args[0];
        long pid = Long.parseLong(args[1]);
        long seconds = Long.parseLong(args[2]);
        long reportSeconds = Long.parseLong(args[3]);
        int workers = Integer.parseInt(args[4]);
        boolean strict = Boolean.parseBoolean(args[5]); // fail on heap growth too (full runs; too noisy for short ones)
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String made = send("POST", "/_fake/workspaces", null, Map.of("name", "soak " + w));
            Worker worker = new Worker(w, field(made, "workspace_id"), field(made, "api_key"));
            Thread t = new Thread(worker, "soak-" + w);
            t.start();
            threads.add(t);
        }
        System.out.printf("%-6s %10s %10s %8s %7s %8s %8s %9s %14s%n",
                "t(s)", "requests", "total", "req/s", "errors", "p50 ms", "p99 ms", "RSS MiB", "heap MiB (GC)");
        long start = System.nanoTime();
        long last = 0;
        List<Double> heaps = new ArrayList<>();
        for (long t = reportSeconds; t <= seconds; t += reportSeconds) {
            long due = start + TimeUnit.SECONDS.toNanos(t);
            while (System.nanoTime() < due) Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
            AtomicLongArray latency = LATENCY.getAndSet(new AtomicLongArray(10_001));
            long total = REQUESTS.sum();
            double heap = heapAfterGc(pid);
            heaps.add(heap);
            System.out.printf("%-6d %10d %10d %8.0f %7d %8s %8s %9.1f %14.1f%n", t, total - last, total,
                    (total - last) / (double) reportSeconds, ERRORS.sum(), percentile(latency, 0.50),
                    percentile(latency, 0.99), rssMib(pid), heap);
            last = total;
        }
        running = false;
        for (Thread t : threads) t.join(30_000);
        double first = heaps.get(0);
        double end = heaps.get(heaps.size() - 1);
        double growth = end - first;
        boolean stable = growth <= Math.max(8.0, first * 0.25);
        System.out.printf("requests: %d, errors: %d (5xx: %d)%n", REQUESTS.sum(), ERRORS.sum(), SERVER_ERRORS.sum());
        System.out.printf("heap after GC: %.1f MiB after the first interval, %.1f MiB after the last (%+.1f MiB): %s%n",
                first, end, growth, stable ? "stable" : "GROWING");
        FIRST_ERRORS.forEach(e -> System.out.println("error: " + e));
        System.exit(ERRORS.sum() > 0 || (strict && !stable) ? 1 : 0);
    }

    /** One workspace's loop: every route, in an order that makes each call valid, cleaning up after itself. */
    record Worker(int n, String workspaceId, String key) implements Runnable {
        @Override
        public void run() {
            for (int cycle = 0; running; cycle++) {
                try {
                    cycle(cycle);
                } catch (Exception e) {
                    error("cycle " + cycle + " of worker " + n + ": " + e);
                    pause();
                }
            }
        }

        void cycle(int c) throws Exception {
            String tag = n + "-" + c;
            String webview = field(post("/connect_webviews/create", Map.of("accepted_providers", List.of("salto_ks"),
                    "customer_key", "cust-" + n, "custom_metadata", Map.of("cycle", tag))), "connect_webview_id");
            get("/connect_webviews/get?connect_webview_id=" + webview);
            get("/connect_webviews/list?limit=5&customer_key=cust-" + n);
            page("/connect_webviews/view?connect_webview_id=" + webview);
            String account = field(send("POST", "/_fake/complete_connect_webview", null,
                    Map.of("connect_webview_id", webview)), "connected_account_id");
            get("/connected_accounts/get?connected_account_id=" + account);
            get("/connected_accounts/list?limit=5&customer_key=cust-" + n);
            post("/connected_accounts/update", Map.of("connected_account_id", account, "custom_metadata", Map.of("c", tag)));
            String system = field(get("/acs/systems/list?connected_account_id=" + account), "acs_system_id");
            get("/acs/systems/get?acs_system_id=" + system);
            List<String> entrances = fields(get("/acs/entrances/list?connected_account_id=" + account), "acs_entrance_id");
            String e0 = entrances.get(0);
            String e1 = entrances.get(1);
            get("/acs/entrances/get?acs_entrance_id=" + e0);
            String spaceKey = "room-" + tag;
            String space = field(post("/spaces/create", Map.of("name", "Room " + tag, "space_key", spaceKey,
                    "acs_entrance_ids", List.of(e0))), "space_id");
            get("/spaces/get?space_key=" + spaceKey);
            get("/spaces/list?limit=10");
            post("/spaces/update", Map.of("space_id", space, "name", "Room " + tag + " (renamed)"));
            post("/spaces/add_acs_entrances", Map.of("space_id", space, "acs_entrance_ids", List.of(e1)));
            post("/spaces/remove_acs_entrances", Map.of("space_id", space, "acs_entrance_ids", List.of(e1)));
            String userKey = "user-" + tag;
            String user = field(post("/user_identities/create", Map.of("user_identity_key", userKey,
                    "email_address", "guest-" + tag + "@example.com", "full_name", "Guest " + tag)), "user_identity_id");
            get("/user_identities/get?user_identity_key=" + userKey);
            get("/user_identities/list?limit=10");
            post("/user_identities/update", Map.of("user_identity_id", user, "full_name", "Guest " + tag + " Jr"));
            String grantKey = "grant-" + tag;
            String grant = field(post("/access_grants/create", Map.of("user_identity_id", user, "space_ids", List.of(space),
                    "access_grant_key", grantKey, "name", "Stay " + tag, "ends_at", "2099-01-01T00:00:00.000Z",
                    "requested_access_methods", List.of(Map.of("mode", "code"), Map.of("mode", "mobile_key")))),
                    "access_grant_id");
            get("/access_grants/get?access_grant_key=" + grantKey);
            get("/access_grants/list?user_identity_id=" + user);
            post("/access_grants/update", Map.of("access_grant_id", grant, "name", "Stay " + tag + " (longer)"));
            for (String id : fields(get("/access_methods/list?access_grant_id=" + grant), "access_method_id")) {
                String method = get("/access_methods/get?access_method_id=" + id);
                if (field(method, "mode").equals("mobile_key")) page("/ik/" + id);
                else post("/access_methods/delete", Map.of("access_method_id", id));
            }
            post("/access_grants/delete", Map.of("access_grant_id", grant));
            post("/user_identities/delete", Map.of("user_identity_id", user));
            post("/spaces/delete", Map.of("space_id", space));
            post("/connected_accounts/delete", Map.of("connected_account_id", account));
            post("/connect_webviews/delete", Map.of("connect_webview_id", webview));
            get("/workspaces/get");
            if (c % 10 == 0) {
                get("/workspaces/list");
                send("GET", "/health", null, null);
                send("GET", "/_fake/requests?limit=5", null, null);
                send("GET", "/_fake/database?workspace_id=" + workspaceId, null, null);
            }
            if (c % 25 == 24) send("POST", "/_fake/reset", null, Map.of("workspace_id", workspaceId));
            if (c % 50 == 49) page("/_fake/ui");
        }

        String get(String path) throws Exception { return send("GET", path, key, null); }
        String post(String path, Object body) throws Exception { return send("POST", path, key, body); }
        void page(String path) throws Exception { send("GET", path, null, null); }
    }

    /** One request; anything but a 200 is an error (the mix is built so that every call is valid). */
    static String send(String method, String path, String key, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (key != null) request.header("Authorization", "Bearer " + key);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            REQUESTS.increment();
            LATENCY.get().incrementAndGet((int) Math.min(10_000, (System.nanoTime() - t0) / 100_000));
        }
        if (response.statusCode() >= 500) SERVER_ERRORS.increment();
        if (response.statusCode() != 200) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }

    static void error(String what) {
        ERRORS.increment();
        if (FIRST_ERRORS.size() < 10) FIRST_ERRORS.add(what);
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** In ms, from the 0.1 ms buckets; the last bucket holds everything from 1 s on. */
    static String percentile(AtomicLongArray buckets, double p) {
        long total = 0;
        for (int i = 0; i < buckets.length(); i++) total += buckets.get(i);
        long seen = 0;
        for (int i = 0; i < buckets.length(); i++) {
            seen += buckets.get(i);
            if (total > 0 && seen >= Math.ceil(p * total)) {
                return i == buckets.length() - 1 ? ">=1000" : String.format("%.2f", (i + 1) / 10.0);
            }
        }
        return "-";
    }

    /** Forces a full GC in the server, then reads the heap in use (MiB). */
    static double heapAfterGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    }

    static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("jcmd " + command + ": " + out);
        return out;
    }

    static double rssMib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
        return Double.NaN;
    }

    /** JSON for the bodies above: maps, lists and strings without characters that need escaping. */
    static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> json(e.getKey()) + ":" + json(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) return list.stream().map(Soak::json).collect(Collectors.joining(",", "[", "]"));
        return "\"" + value + "\"";
    }

    /** The first string value of {@code name} in a JSON answer (ids and modes; they never need escaping). */
    static String field(String json, String name) throws IOException {
        List<String> all = fields(json, name);
        if (all.isEmpty()) throw new IOException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        return all.get(0);
    }

    static List<String> fields(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
