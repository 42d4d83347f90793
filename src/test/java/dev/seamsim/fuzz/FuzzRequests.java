package dev.seamsim.fuzz;

import dev.seamsim.fuzz.ParamCatalog.Param;
import dev.seamsim.http.Rpc;
import dev.seamsim.testing.Sim;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole requests for one route and method: a caller, parameters shaped by the route's names, and the many ways to
 * send them (the SDK's query string or JSON body, or broken JSON, a byte-order mark, a wrong content type…).
 */
final class FuzzRequests {
    /** A route with one of its methods. */
    record Target(String path, String method, Rpc.Kind kind, List<Param> params) {
        boolean hasBody() {
            return method.equals("POST") || method.equals("PATCH") || method.equals("PUT");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One request ready to send, and what it was meant to be. */
    record FuzzCase(Target target, String caller, String method, String url, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "(no body)" : RawHttp.abbreviate(new String(body, StandardCharsets.UTF_8));
            return target + " as " + caller + ": " + method + " " + RawHttp.abbreviate(url) + " " + headers + " " + shown;
        }
    }

    private record Caller(String label, Map<String, String> headers, FuzzWorld.Space space) {}

    private static final String JSON = "application/json";
    private static final String HUGE_FIELD = "x".repeat(FuzzValues.HUGE);
    /** Jetty answers a longer request line itself (414, HTML), before the simulator sees it: see FuzzValue. */
    private static final int MAX_URL = 8_000;
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

    private final FuzzWorld world;
    private final FuzzValues values;
    private final List<Param> readByCode;
    private final List<Tuple.Tuple2<Integer, Caller>> callers;
    private final List<String> stateDocuments;

    FuzzRequests(FuzzWorld world, ParamCatalog catalog) {
        this.world = world;
        this.values = new FuzzValues(world);
        this.readByCode = catalog.readByCode();
        this.callers = callers();
        this.stateDocuments = stateDocuments();
    }

    Arbitrary<FuzzCase> forTarget(Target t) {
        List<Tuple.Tuple2<Integer, Arbitrary<FuzzCase>>> byCaller = new ArrayList<>();
        for (Tuple.Tuple2<Integer, Caller> c : callers) byCaller.add(Tuple.of(c.get1(), forCaller(t, c.get2())));
        return Arbitraries.frequencyOf(byCaller);
    }

    private Arbitrary<FuzzCase> forCaller(Target t, Caller caller) {
        if (t.kind() == Rpc.Kind.FORM) return formRequest(t, caller);
        return Combinators.combine(params(t, caller.space()), method(t)).flatAs((params, method) -> switch (t.kind()) {
            case PAGE -> Arbitraries.just(new FuzzCase(t, caller.label(), method,
                    pagePath(t.path(), params) + "?" + params.queryString(), caller.headers(), null));
            default -> t.hasBody() && method.equals(t.method()) ? bodyRequest(t, caller, params)
                    : queryRequest(t, caller, method, params);
        }).filter(c -> c.url().length() <= MAX_URL);
    }

    /** Who calls, with weights: mostly each workspace's API key, sometimes a personal access token or odd auth. */
    private List<Tuple.Tuple2<Integer, Caller>> callers() {
        List<Tuple.Tuple2<Integer, Caller>> out = new ArrayList<>(List.of(
                Tuple.of(12, new Caller("ws1", bearer(Sim.KEY1), world.ws1)),
                Tuple.of(12, new Caller("ws2", bearer(Sim.KEY2), world.ws2))));
        for (FuzzWorld.Space ws : List.of(world.ws1, world.ws2)) {
            out.add(Tuple.of(2, new Caller("token@" + ws.workspaceId(), with(bearer(Sim.PAT), "seam-workspace", ws.workspaceId()), ws)));
        }
        for (Map<String, String> odd : List.of(Map.<String, String>of(), bearer(Sim.PAT), bearer("seam_unknown_key"),
                Map.of("Authorization", "Basic " + Sim.KEY1), bearer(Sim.KEY1 + " extra"),
                with(bearer(Sim.PAT), "seam-workspace", "not-a-uuid"))) {
            out.add(Tuple.of(1, new Caller("odd auth " + odd, odd, world.ws2)));
        }
        return out;
    }

    /** Mostly the target's method; sometimes one the route does not take (a 405 must be a Seam error too). */
    private static Arbitrary<String> method(Target t) {
        return Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.just(t.method())),
                Tuple.of(1, Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")));
    }

    /** Each of the route's parameters maybe, a few names other routes read, maybe unknown or repeated fields. */
    private Arbitrary<FuzzValue.Obj> params(Target t, FuzzWorld.Space own) {
        List<Arbitrary<List<Map.Entry<String, FuzzValue>>>> parts = new ArrayList<>();
        for (Param p : t.params()) parts.add(maybe(p, own, t.params().size() > 12 ? 4 : 2));
        parts.add(Arbitraries.oneOf(readByCode.stream().map(p -> values.forParam(p, own).map(v -> Map.entry(p.name(), v)))
                .toList()).list().ofMaxSize(2));
        parts.add(Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(List.of())), Tuple.of(1,
                Combinators.combine(Arbitraries.of("unknown_field", "__proto__", "constructor", "", "a.b", "x[]", "_strict",
                        "\u0000", "\ud800"), values.hostile(0)).as((k, v) -> List.of(Map.entry(k, v))))));
        // The same key twice (one in eight): the first field again with a hostile value.
        parts.add(Combinators.combine(values.hostile(1), Arbitraries.integers().between(0, 7))
                .as((v, roll) -> roll == 0 ? List.of(Map.entry("", v)) : List.of()));
        return Combinators.combine(parts).as(groups -> {
            List<Map.Entry<String, FuzzValue>> fields = new ArrayList<>();
            groups.subList(0, groups.size() - 1).forEach(fields::addAll);
            List<Map.Entry<String, FuzzValue>> duplicate = groups.get(groups.size() - 1);
            if (!duplicate.isEmpty() && !fields.isEmpty()) fields.add(Map.entry(fields.get(0).getKey(), duplicate.get(0).getValue()));
            return new FuzzValue.Obj(fields);
        });
    }

    /** The parameter absent (weight {@code absent}) or present once (weight 3). */
    private Arbitrary<List<Map.Entry<String, FuzzValue>>> maybe(Param p, FuzzWorld.Space own, int absent) {
        return Arbitraries.frequencyOf(Tuple.of(absent, Arbitraries.just(List.of())),
                Tuple.of(3, values.forParam(p, own).map(v -> List.of(Map.entry(p.name(), v)))));
    }

    private Arbitrary<FuzzCase> bodyRequest(Target t, Caller caller, FuzzValue.Obj params) {
        String json = params.json();
        Function<byte[], Function<String, FuzzCase>> send = body -> type -> new FuzzCase(t, caller.label(), t.method(),
                t.path(), type == null ? caller.headers() : with(caller.headers(), "Content-Type", type), body);
        Arbitrary<String> wrongType = Arbitraries.of("text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/xml", "json", "", "application/jsonp");
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of(JSON, JSON + "; charset=utf-8", "APPLICATION/JSON").map(send.apply(utf8(json)))),
                Tuple.of(2, wrongType.map(send.apply(utf8(json)))),
                Tuple.of(1, Arbitraries.just(send.apply(utf8(json)).apply(null))),
                Tuple.of(5, malformed(json).map(body -> send.apply(body).apply(JSON))),
                Tuple.of(2, Arbitraries.just(new FuzzCase(t, caller.label(), t.method(), t.path() + "?" + params.queryString(),
                        with(caller.headers(), "Content-Type", JSON), null))),
                Tuple.of(1, Arbitraries.of(stateDocuments).map(doc -> send.apply(utf8(doc)).apply(JSON))));
    }

    /** The world's own state document with one thing wrong (or nothing): aimed at imports, odd anywhere else. */
    private List<String> stateDocuments() {
        String doc = world.snapshot;
        String ws1 = world.ws1.workspaceId();
        String ws2 = world.ws2.workspaceId();
        return List.of(doc, set(doc, "version", "1", "2"), set(doc, "seq", "\\d+", "-1"),
                set(doc, "seq", "\\d+", "\"x\""), set(doc, "scope", "\"simulator\"", "\"workspace\""),
                set(doc, "workspace_id", "\"" + ws1 + "\"", "\"" + ws2 + "\""), set(doc, "rows", "\\[", "[null,"),
                set(doc, "api_keys", "\\[", "[\"" + Sim.KEY2 + "\","), set(doc, "name", "\"[^\"]*\"", "12"),
                set(doc, "next_seq", "\\d+", "0"),
                doc.replace(ws1, "not-a-uuid"));
    }

    /** The document with the first value of {@code field} that matches {@code old} (a regex) made {@code value}. */
    private static String set(String doc, String field, String old, String value) {
        return doc.replaceFirst("\"" + field + "\"\\s*:\\s*" + old, Matcher.quoteReplacement("\"" + field + "\": " + value));
    }

    /** Broken JSON: cut short, trailing garbage, a byte-order mark, not an object, not UTF-8, empty. */
    private static Arbitrary<byte[]> malformed(String json) {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, Math.max(0, json.length() - 1)).map(n -> utf8(json.substring(0, n))),
                Arbitraries.of("x", "}", "]", "{}", " 1", ",", "\u0000").map(tail -> utf8(json + tail)),
                Arbitraries.just(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(json))),
                Arbitraries.just(json.getBytes(StandardCharsets.UTF_16)),
                Arbitraries.of("[]", "\"text\"", "42", "true", "null", "", "   ", "{", "{\"a\" 1}", "{'a':1}", "{a:1}",
                        "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":1,}", "/* c */{}", "{\"a\":\"\\x\"}")
                        .map(FuzzRequests::utf8),
                Arbitraries.just(concat(utf8("{\"name\":\""), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3}, utf8("\"}"))));
    }

    private Arbitrary<FuzzCase> queryRequest(Target t, Caller caller, String method, FuzzValue.Obj params) {
        String query = params.queryString();
        Function<String, FuzzCase> send = q -> new FuzzCase(t, caller.label(), method, t.path() + (q.isEmpty() ? "" : "?" + q),
                caller.headers(), null);
        String deepKey = "a" + ".a".repeat(FuzzValues.DEEP);
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(send.apply(query))),
                Tuple.of(1, Arbitraries.just(send.apply(query.replaceAll("=([^&]*)&", "[]=$1&")))),
                Tuple.of(3, Arbitraries.of("%zz", "%E0%A4%A", "%ED%A0%80=1", "=x&&=", "limit=1&limit=2", "a[]=&a=1",
                        deepKey + "=1", "page_cursor=%00", "a.=1", ".a=1", "a..b=1", "limit=" + "9".repeat(500))
                        .map(extra -> send.apply(query.isEmpty() ? extra : query + "&" + extra))),
                Tuple.of(1, malformed(params.json()).map(body -> new FuzzCase(t, caller.label(), method, t.path(),
                        with(caller.headers(), "Content-Type", JSON), body))));
    }

    /** The login form: a webview's page with form fields, usually form-encoded, sometimes not. */
    private Arbitrary<FuzzCase> formRequest(Target t, Caller caller) {
        Arbitrary<String> webview = Arbitraries.oneOf(Arbitraries.of(world.ws1.pendingWebviews()),
                Arbitraries.of(world.ws2.pendingWebviews()), Arbitraries.of("", "not-a-uuid", world.ws2.ids().get(0)));
        Arbitrary<String> provider = Arbitraries.oneOf(Arbitraries.of(world.providers).map(FuzzWorld.Provider::name),
                Arbitraries.of("", "nope", "\u0000"));
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(world.providers).flatMap(p -> Arbitraries.of(p.username(),
                p.password())), Arbitraries.strings().ofMaxLength(20), Arbitraries.of(HUGE_FIELD, "\ud800"));
        Arbitrary<String> form = Combinators.combine(field, field).as((u, p) -> "username=" + FuzzValue.encode(u)
                + "&password=" + FuzzValue.encode(p));
        Arbitrary<String> body = Arbitraries.frequencyOf(Tuple.of(6, form), Tuple.of(1, Arbitraries.of("", "username",
                "%zz=%zz", "username=a&username=b&password=1234", "{\"username\":\"jane@example.com\"}")));
        Arbitrary<String> type = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("application/x-www-form-urlencoded")),
                Tuple.of(1, Arbitraries.of(JSON, "text/plain", "multipart/form-data; boundary=x", "")));
        return Combinators.combine(webview, provider, body, type, method(t)).as((w, p, b, ct, method) -> new FuzzCase(t, caller.label(), method,
                t.path() + "?connect_webview_id=" + FuzzValue.encode(w) + "&provider=" + FuzzValue.encode(p),
                ct.isEmpty() ? caller.headers() : with(caller.headers(), "Content-Type", ct), utf8(b)));
    }

    /** A page path with its {params} filled from the generated values (or "x" when there is none). */
    private static String pagePath(String path, FuzzValue.Obj params) {
        Matcher m = PATH_PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.fields().stream().filter(f -> f.getKey().equals(m.group(1))).findFirst()
                    .map(f -> f.getValue() instanceof FuzzValue.Scalar s ? FuzzValue.encode(s.text()) : "x").orElse("x");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> out = new LinkedHashMap<>(headers);
        out.put(name, value);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }
}
