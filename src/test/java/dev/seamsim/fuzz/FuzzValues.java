package dev.seamsim.fuzz;

import dev.seamsim.fuzz.ParamCatalog.Hint;
import dev.seamsim.fuzz.ParamCatalog.Param;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.seamsim.fuzz.Gen.weight;

/**
 * Values for one parameter: plausible ones shaped by what it should be (real ids of both workspaces, existing
 * keys, real page cursors, counts, dates) so requests get past the first check, and hostile ones of any type.
 */
final class FuzzValues {
    static final int HUGE = 100_000;
    static final int DEEP = 2_000;
    private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final List<FuzzValue> HUGE_STRINGS = Stream.of("x", "\u00e9", "\ud83d\udd11", "\u0000", "\ud800")
            .map(s -> FuzzValue.text(s.repeat(HUGE / s.length()))).toList();

    private static final List<FuzzValue> DEEP_VALUES = Stream.of(DEEP, 900).<FuzzValue>flatMap(n -> Stream.of(
            new FuzzValue.Raw("[".repeat(n) + "]".repeat(n), "x"),
            new FuzzValue.Raw("{\"a\":".repeat(n) + "1" + "}".repeat(n), "x"))).toList();

    private final FuzzWorld world;
    @SuppressWarnings("unchecked")
    private final Gen<FuzzValue>[] hostileByDepth = new Gen[3];
    private final Map<List<Object>, Gen<FuzzValue>> byParam = new HashMap<>();

    FuzzValues(FuzzWorld world) {
        this.world = world;
        for (int depth = 2; depth >= 0; depth--) hostileByDepth[depth] = buildHostile(depth);
    }

    /** A value for {@code p} in a call made in {@code own}: mostly plausible, sometimes anything at all. */
    Gen<FuzzValue> forParam(Param p, FuzzWorld.Space own) {
        return byParam.computeIfAbsent(List.of(p, own.workspaceId()),
                k -> Gen.frequency(weight(3, plausible(p, own, 0)), weight(1, hostile(0))));
    }

    Gen<FuzzValue> plausible(Param p, FuzzWorld.Space own, int depth) {
        if (p.name().equals("page_cursor")) return cursor(own);
        if (p.name().equals("connect_webview_id")) {
            return Gen.oneOf(id(own), Gen.of(own.pendingWebviews()).map(FuzzValue::text),
                    Gen.of(world.other(own).pendingWebviews()).map(FuzzValue::text));
        }
        if (p.name().equals("workspace_id")) {
            return Gen.oneOf(Gen.of(world.ws1.workspaceId(), world.ws2.workspaceId()).map(FuzzValue::text), id(own));
        }
        if (p.name().equals("provider")) {
            return Gen.oneOf(Gen.of(world.providers).map(v -> FuzzValue.text(v.name())), text());
        }
        if (p.name().endsWith("_key") && p.hint() == Hint.STRING) {
            return Gen.oneOf(key(own), text(), Gen.of(FuzzValue.text("fuzz-new-key")));
        }
        return switch (p.hint()) {
            case UUID -> id(own);
            case UUIDS -> id(own).list(0, 3).map(FuzzValue::array);
            case STRING -> Gen.oneOf(text(), key(own));
            case STRINGS -> Gen.oneOf(text(), key(own)).list(0, 3).map(FuzzValue::array);
            case BOOL -> Gen.of(FuzzValue.bool(true), FuzzValue.bool(false), FuzzValue.text("true"));
            case COUNT -> count();
            case DATETIME -> Gen.of("2025-01-01T00:00:00Z", "2099-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z",
                    "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2025-02-30T00:00:00Z",
                    "2025-01-01T00:00:00+18:00", "2025-01-01", "yesterday").map(FuzzValue::text);
            case EMAIL -> Gen.of("fuzz@example.com", "a@b.co", "not-an-email", "x@y", "\u00e9@\u00e9.\u00e9")
                    .map(FuzzValue::text);
            case URL -> Gen.of("https://example.com/done", "javascript:alert(1)", "relative/path",
                    "http://[::1", "https://" + "a".repeat(5000) + ".com").map(FuzzValue::text);
            case ENUM -> Gen.oneOf(Gen.of(p.values()), Gen.of("not_a_value", "")).map(FuzzValue::text);
            case OBJECT -> object(p.children(), own, depth);
            case OBJECTS -> object(p.children(), own, depth).list(1, 3).map(FuzzValue::array);
        };
    }

    /** Fields from {@code children} (each maybe absent) plus maybe an unknown one; without children, a metadata-like map. */
    Gen<FuzzValue> object(List<Param> children, FuzzWorld.Space own, int depth) {
        if (children.isEmpty() || depth > 2) {
            Gen<String> key = Gen.of("floor", "vip", "", "a.b", "\u202e");
            Gen<FuzzValue> value = Gen.oneOf(text(), Gen.just(FuzzValue.bool(true)));
            Gen<FuzzValue> odd = hostile(depth + 1);
            return random -> FuzzValue.object(List.of(Map.entry(key.next(random), value.next(random)),
                    Map.entry("other", odd.next(random))));
        }
        List<Gen<List<Map.Entry<String, FuzzValue>>>> fields = new ArrayList<>();
        for (Param child : children) {
            Gen<FuzzValue> value = Gen.frequency(weight(4, plausible(child, own, depth + 1)),
                    weight(1, hostile(depth + 1)));
            fields.add(Gen.frequency(weight(2, Gen.just(List.of())),
                    weight(3, value.map(v -> List.of(Map.entry(child.name(), v))))));
        }
        fields.add(Gen.frequency(weight(4, Gen.just(List.of())),
                weight(1, hostile(depth + 1).map(v -> List.of(Map.entry("unknown_field", v))))));
        return random -> {
            List<Map.Entry<String, FuzzValue>> all = new ArrayList<>();
            for (Gen<List<Map.Entry<String, FuzzValue>>> field : fields) all.addAll(field.next(random));
            return FuzzValue.object(all);
        };
    }

    /** Anything: wrong types, null, empty, huge, odd unicode, deep nesting, numbers no double holds. */
    Gen<FuzzValue> hostile(int depth) {
        return hostileByDepth[Math.min(depth, 2)];
    }

    private Gen<FuzzValue> buildHostile(int depth) {
        List<Gen.Weighted<FuzzValue>> choices = new ArrayList<>(List.of(
                weight(3, Gen.just(FuzzValue.NULL)),
                weight(3, Gen.of(FuzzValue.bool(true), FuzzValue.bool(false))),
                weight(6, odd()),
                weight(4, Gen.anyStrings(40).map(FuzzValue::text)),
                weight(1, huge()),
                weight(5, numbers()),
                weight(4, Gen.oneOf(id(world.ws1), id(world.ws2))),
                weight(1, deep())));
        if (depth < 2) {
            choices.add(weight(2, hostile(depth + 1).list(0, 3).map(FuzzValue::array)));
            Gen<String> key = Gen.strings(ALPHA, 0, 8);
            Gen<FuzzValue> inner = hostile(depth + 1);
            choices.add(weight(2, random -> FuzzValue.object(List.of(Map.entry(key.next(random), inner.next(random))))));
        }
        return Gen.frequency(choices);
    }

    /** A real id of this workspace or of the other one, an unknown one, or not a uuid. */
    Gen<FuzzValue> id(FuzzWorld.Space own) {
        Gen<String> unknown = random -> new UUID(random.nextLong(), random.nextLong()).toString();
        return Gen.frequency(weight(4, Gen.of(own.ids())), weight(4, Gen.of(world.other(own).ids())),
                weight(2, unknown), weight(1, unknown.map(String::toUpperCase)),
                weight(2, Gen.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
                        "{" + own.ids().get(0) + "}", own.ids().get(0) + "0", own.ids().get(0).replace('-', '_'),
                        " " + own.ids().get(0), own.ids().get(0) + "\u0000")))
                .map(FuzzValue::text);
    }

    /** Keys that exist in this workspace (duplicates) or in the other. */
    Gen<FuzzValue> key(FuzzWorld.Space own) {
        return Gen.oneOf(Gen.of(own.keys()), Gen.of(world.other(own).keys())).map(FuzzValue::text);
    }

    Gen<FuzzValue> cursor(FuzzWorld.Space own) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return Gen.oneOf(Gen.of(own.cursors()), Gen.of(world.other(own).cursors()),
                Gen.of("", "!!!", "MTp4", "bnVsbA", "%%%", "-1:abc", "=".repeat(10)),
                Gen.of("99999999999999999999:0", "-5:0", "9:", ":", "1:0:0", "1")
                        .map(s -> b64.encodeToString(s.getBytes(StandardCharsets.UTF_8))),
                Gen.anyStrings(30)).map(FuzzValue::text);
    }

    Gen<FuzzValue> count() {
        return Gen.oneOf(Gen.of("0", "1", "2", "5", "100", "-1", "2147483648", "9223372036854775808",
                "1.5", "1e10", "1e400", "-0").map(FuzzValue::number), Gen.of("10", "ten", "NaN", "Infinity", "0x10",
                " 3").map(FuzzValue::text));
    }

    private Gen<FuzzValue> text() {
        return Gen.oneOf(Gen.strings(ALPHA + "0123456789-_ ", 1, 20),
                Gen.of("Fuzz room", "x")).map(FuzzValue::text);
    }

    private static Gen<FuzzValue> odd() {
        return Gen.of("", " ", "\u0000", "a\u0000b", "\ud800", "\udfff", "x\ud83d", "\ud83d\udd11",
                "\u202eevil\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "e\u0301", "\ufeff", "\uffff", "\r\n", "<script>alert(1)</script>",
                "' OR 1=1 --", "../../etc/passwd", "%00", "%zz", "${jndi:ldap://x}", "null", "undefined", "true", "NaN",
                "Infinity", "-Infinity", "1e999", "-1", "0x1F", "[]", "{}", "\"", "\\").map(FuzzValue::text);
    }

    private static Gen<FuzzValue> huge() {
        return Gen.of(HUGE_STRINGS);
    }

    private static Gen<FuzzValue> numbers() {
        return Gen.oneOf(Gen.ints().map(i -> FuzzValue.number(String.valueOf(i))),
                Gen.doubles().map(d -> FuzzValue.number(String.valueOf(d))),
                Gen.of("-0", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "9".repeat(2_000), "0.1e1")
                        .map(FuzzValue::number));
    }

    /** Nesting past Jackson's limit (1,000) and just under it, in arrays and in objects. */
    private static Gen<FuzzValue> deep() {
        return Gen.of(DEEP_VALUES);
    }
}
