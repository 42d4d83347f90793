package dev.seamsim.fuzz;

import dev.seamsim.fuzz.ParamCatalog.Param;
import dev.seamsim.http.Rpc;
import dev.seamsim.testing.Sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.seamsim.fuzz.Gen.weight;

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
            return target + " as " + caller + ": " + method + " " + RawHttp.abbreviate(url) + " "
                    + RawHttp.abbreviate(headers.toString()) + " " + shown;
        }
    }

    private record Caller(String label, Map<String, String> headers, FuzzWorld.Space space) {}

    private static final String JSON = "application/json";
    private static final String HUGE_FIELD = "x".repeat(FuzzValues.HUGE);
    /** Past Jetty's 8 KiB for the request line and for the headers: it answers 414 or 431 (as Seam errors). */
    static final int OVERSIZED = 9_000;
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

    private final FuzzWorld world;
    private final FuzzValues values;
    private final List<Param> readByCode;
    private final List<Map.Entry<Integer, Caller>> callers;
    private final List<String> stateDocuments;

    FuzzRequests(FuzzWorld world, ParamCatalog catalog) {
        this.world = world;
        this.values = new FuzzValues(world);
        this.readByCode = catalog.readByCode();
        this.callers = callers();
        this.stateDocuments = stateDocuments();
    }

    Gen<FuzzCase> forTarget(Target t) {
        List<Gen.Weighted<FuzzCase>> byCaller = new ArrayList<>();
        for (Map.Entry<Integer, Caller> c : callers) byCaller.add(weight(c.getKey(), forCaller(t, c.getValue())));
        return Gen.frequency(weight(40, Gen.frequency(byCaller)), weight(1, oversized(t)));
    }

    private Gen<FuzzCase> forCaller(Target t, Caller caller) {
        if (t.kind() == Rpc.Kind.FORM) return formRequest(t, caller);
        Gen<FuzzValue.Obj> params = params(t, caller.space());
        Gen<String> method = method(t);
        return random -> {
            FuzzValue.Obj p = params.next(random);
            String m = method.next(random);
            Gen<FuzzCase> request = switch (t.kind()) {
                case PAGE -> Gen.just(new FuzzCase(t, caller.label(), m, pagePath(t.path(), p) + "?" + p.queryString(),
                        caller.headers(), null));
                default -> t.hasBody() && m.equals(t.method()) ? bodyRequest(t, caller, p) : queryRequest(t, caller, m, p);
            };
            return request.next(random);
        };
    }

    /** Who calls, with weights: mostly each workspace's API key, sometimes a personal access token or odd auth. */
    private List<Map.Entry<Integer, Caller>> callers() {
        List<Map.Entry<Integer, Caller>> out = new ArrayList<>(List.of(
                Map.entry(12, new Caller("ws1", bearer(Sim.KEY1), world.ws1)),
                Map.entry(12, new Caller("ws2", bearer(Sim.KEY2), world.ws2))));
        for (FuzzWorld.Space ws : List.of(world.ws1, world.ws2)) {
            out.add(Map.entry(2, new Caller("token@" + ws.workspaceId(), with(bearer(Sim.PAT), "seam-workspace", ws.workspaceId()), ws)));
        }
        for (Map<String, String> odd : List.of(Map.<String, String>of(), bearer(Sim.PAT), bearer("seam_unknown_key"),
                Map.of("Authorization", "Basic " + Sim.KEY1), bearer(Sim.KEY1 + " extra"),
                with(bearer(Sim.PAT), "seam-workspace", "not-a-uuid"))) {
            out.add(Map.entry(1, new Caller("odd auth " + odd, odd, world.ws2)));
        }
        return out;
    }

    /** Mostly the target's method; sometimes one the route does not take (a 405 must be a Seam error too). */
    private static Gen<String> method(Target t) {
        return Gen.frequency(weight(19, Gen.just(t.method())),
                weight(1, Gen.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")));
    }

    /** Each of the route's parameters maybe, a few names other routes read, maybe unknown or repeated fields. */
    private Gen<FuzzValue.Obj> params(Target t, FuzzWorld.Space own) {
        List<Gen<List<Map.Entry<String, FuzzValue>>>> parts = new ArrayList<>();
        for (Param p : t.params()) parts.add(maybe(p, own, t.params().size() > 12 ? 4 : 2));
        parts.add(Gen.oneOf(readByCode.stream().map(p -> values.forParam(p, own).map(v -> Map.entry(p.name(), v)))
                .toList()).list(0, 2));
        Gen<String> oddKey = Gen.of("unknown_field", "__proto__", "constructor", "", "a.b", "x[]", "_strict", "\u0000", "\ud800");
        Gen<FuzzValue> oddValue = values.hostile(0);
        parts.add(Gen.frequency(weight(6, Gen.just(List.of())),
                weight(1, random -> List.of(Map.entry(oddKey.next(random), oddValue.next(random))))));
        Gen<FuzzValue> duplicate = values.hostile(1);
        return random -> {
            List<Map.Entry<String, FuzzValue>> fields = new ArrayList<>();
            for (Gen<List<Map.Entry<String, FuzzValue>>> part : parts) fields.addAll(part.next(random));
            // The same key twice (one in eight): the first field again with a hostile value.
            if (random.nextInt(8) == 0 && !fields.isEmpty()) fields.add(Map.entry(fields.get(0).getKey(), duplicate.next(random)));
            return new FuzzValue.Obj(fields);
        };
    }

    /** The parameter absent (weight {@code absent}) or present once (weight 3). */
    private Gen<List<Map.Entry<String, FuzzValue>>> maybe(Param p, FuzzWorld.Space own, int absent) {
        return Gen.frequency(weight(absent, Gen.just(List.of())),
                weight(3, values.forParam(p, own).map(v -> List.of(Map.entry(p.name(), v)))));
    }

    private Gen<FuzzCase> bodyRequest(Target t, Caller caller, FuzzValue.Obj params) {
        String json = params.json();
        Function<byte[], Function<String, FuzzCase>> send = body -> type -> new FuzzCase(t, caller.label(), t.method(),
                t.path(), type == null ? caller.headers() : with(caller.headers(), "Content-Type", type), body);
        Gen<String> wrongType = Gen.of("text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/xml", "json", "", "application/jsonp");
        return Gen.frequency(
                weight(12, Gen.of(JSON, JSON + "; charset=utf-8", "APPLICATION/JSON").map(send.apply(utf8(json)))),
                weight(2, wrongType.map(send.apply(utf8(json)))),
                weight(1, Gen.just(send.apply(utf8(json)).apply(null))),
                weight(5, malformed(json).map(body -> send.apply(body).apply(JSON))),
                weight(2, Gen.just(new FuzzCase(t, caller.label(), t.method(), t.path() + "?" + params.queryString(),
                        with(caller.headers(), "Content-Type", JSON), null))),
                weight(1, Gen.of(stateDocuments).map(doc -> send.apply(utf8(doc)).apply(JSON))));
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
    private static Gen<byte[]> malformed(String json) {
        return Gen.oneOf(
                Gen.between(0, Math.max(0, json.length() - 1)).map(n -> utf8(json.substring(0, n))),
                Gen.of("x", "}", "]", "{}", " 1", ",", "\u0000").map(tail -> utf8(json + tail)),
                Gen.just(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(json))),
                Gen.just(json.getBytes(StandardCharsets.UTF_16)),
                Gen.of("[]", "\"text\"", "42", "true", "null", "", "   ", "{", "{\"a\" 1}", "{'a':1}", "{a:1}",
                        "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":1,}", "/* c */{}", "{\"a\":\"\\x\"}")
                        .map(FuzzRequests::utf8),
                Gen.just(concat(utf8("{\"name\":\""), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3}, utf8("\"}"))));
    }

    private Gen<FuzzCase> queryRequest(Target t, Caller caller, String method, FuzzValue.Obj params) {
        String query = params.queryString();
        Function<String, FuzzCase> send = q -> new FuzzCase(t, caller.label(), method, t.path() + (q.isEmpty() ? "" : "?" + q),
                caller.headers(), null);
        String deepKey = "a" + ".a".repeat(FuzzValues.DEEP);
        return Gen.frequency(
                weight(10, Gen.just(send.apply(query))),
                weight(1, Gen.just(send.apply(query.replaceAll("=([^&]*)&", "[]=$1&")))),
                weight(3, Gen.of("%zz", "%E0%A4%A", "%ED%A0%80=1", "=x&&=", "limit=1&limit=2", "a[]=&a=1",
                        deepKey + "=1", "page_cursor=%00", "a.=1", ".a=1", "a..b=1", "limit=" + "9".repeat(500))
                        .map(extra -> send.apply(query.isEmpty() ? extra : query + "&" + extra))),
                weight(1, malformed(params.json()).map(body -> new FuzzCase(t, caller.label(), method, t.path(),
                        with(caller.headers(), "Content-Type", JSON), body))));
    }

    /**
     * A request line or a header past Jetty's limits, sent by a workspace's key: Jetty refuses it before the
     * simulator sees it, and must still answer with a Seam error (414 or 431).
     */
    private Gen<FuzzCase> oversized(Target t) {
        String long1 = "x".repeat(OVERSIZED);
        Map<String, String> auth = bearer(Sim.KEY2);
        String path = t.kind() == Rpc.Kind.PAGE ? pagePath(t.path(), new FuzzValue.Obj(List.of())) : t.path();
        return Gen.of(
                new FuzzCase(t, "ws2 long url", t.method(), path + "?name=" + long1, auth, null),
                new FuzzCase(t, "ws2 long path", t.method(), path + "/" + long1, auth, null),
                new FuzzCase(t, "ws2 long header", t.method(), path, with(auth, "X-Fuzz", long1), null),
                new FuzzCase(t, "ws2 long auth", t.method(), path, bearer(Sim.KEY2 + long1), null),
                new FuzzCase(t, "ws2 many headers", t.method(), path, manyHeaders(auth), null));
    }

    private static Map<String, String> manyHeaders(Map<String, String> headers) {
        Map<String, String> out = new LinkedHashMap<>(headers);
        for (int i = 0; i < 200; i++) out.put("X-Fuzz-" + i, "y".repeat(60));
        return out;
    }

    /** The login form: a webview's page with form fields, usually form-encoded, sometimes not. */
    private Gen<FuzzCase> formRequest(Target t, Caller caller) {
        Gen<String> webview = Gen.oneOf(Gen.of(world.ws1.pendingWebviews()),
                Gen.of(world.ws2.pendingWebviews()), Gen.of("", "not-a-uuid", world.ws2.ids().get(0)));
        Gen<String> provider = Gen.oneOf(Gen.of(world.providers).map(FuzzWorld.Provider::name),
                Gen.of("", "nope", "\u0000"));
        Gen<String> field = Gen.oneOf(Gen.of(world.providers).flatMap(p -> Gen.of(p.username(),
                p.password())), Gen.anyStrings(20), Gen.of(HUGE_FIELD, "\ud800"));
        Gen<String> form = random -> "username=" + FuzzValue.encode(field.next(random))
                + "&password=" + FuzzValue.encode(field.next(random));
        Gen<String> body = Gen.frequency(weight(6, form), weight(1, Gen.of("", "username",
                "%zz=%zz", "username=a&username=b&password=1234", "{\"username\":\"jane@example.com\"}")));
        Gen<String> type = Gen.frequency(weight(6, Gen.just("application/x-www-form-urlencoded")),
                weight(1, Gen.of(JSON, "text/plain", "multipart/form-data; boundary=x", "")));
        Gen<String> method = method(t);
        return random -> {
            String w = webview.next(random);
            String p = provider.next(random);
            String b = body.next(random);
            String ct = type.next(random);
            return new FuzzCase(t, caller.label(), method.next(random),
                    t.path() + "?connect_webview_id=" + FuzzValue.encode(w) + "&provider=" + FuzzValue.encode(p),
                    ct.isEmpty() ? caller.headers() : with(caller.headers(), "Content-Type", ct), utf8(b));
        };
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
