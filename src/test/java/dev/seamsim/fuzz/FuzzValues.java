package dev.seamsim.fuzz;

import dev.seamsim.fuzz.ParamCatalog.Hint;
import dev.seamsim.fuzz.ParamCatalog.Param;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Values for one parameter: plausible ones shaped by what it should be (real ids of both workspaces, existing
 * keys, real page cursors, counts, dates) so requests get past the first check, and hostile ones of any type.
 */
final class FuzzValues {
    static final int HUGE = 100_000;
    static final int DEEP = 2_000;

    private static final List<FuzzValue> HUGE_STRINGS = Stream.of("x", "\u00e9", "\ud83d\udd11", "\u0000", "\ud800")
            .map(s -> FuzzValue.text(s.repeat(HUGE / s.length()))).toList();

    private static final List<FuzzValue> DEEP_VALUES = Stream.of(DEEP, 900).<FuzzValue>flatMap(n -> Stream.of(
            new FuzzValue.Raw("[".repeat(n) + "]".repeat(n), "x"),
            new FuzzValue.Raw("{\"a\":".repeat(n) + "1" + "}".repeat(n), "x"))).toList();

    private final FuzzWorld world;
    @SuppressWarnings("unchecked")
    private final Arbitrary<FuzzValue>[] hostileByDepth = new Arbitrary[3];
    private final Map<List<Object>, Arbitrary<FuzzValue>> byParam = new HashMap<>();

    FuzzValues(FuzzWorld world) {
        this.world = world;
        for (int depth = 2; depth >= 0; depth--) hostileByDepth[depth] = buildHostile(depth);
    }

    /** A value for {@code p} in a call made in {@code own}: mostly plausible, sometimes anything at all. */
    Arbitrary<FuzzValue> forParam(Param p, FuzzWorld.Space own) {
        return byParam.computeIfAbsent(List.of(p, own.workspaceId()),
                k -> Arbitraries.frequencyOf(Tuple.of(3, plausible(p, own, 0)), Tuple.of(1, hostile(0))));
    }

    Arbitrary<FuzzValue> plausible(Param p, FuzzWorld.Space own, int depth) {
        if (p.name().equals("page_cursor")) return cursor(own);
        if (p.name().equals("connect_webview_id")) {
            return Arbitraries.oneOf(id(own), Arbitraries.of(own.pendingWebviews()).map(FuzzValue::text),
                    Arbitraries.of(world.other(own).pendingWebviews()).map(FuzzValue::text));
        }
        if (p.name().equals("workspace_id")) {
            return Arbitraries.oneOf(Arbitraries.of(world.ws1.workspaceId(), world.ws2.workspaceId()).map(FuzzValue::text), id(own));
        }
        if (p.name().equals("provider")) {
            return Arbitraries.oneOf(Arbitraries.of(world.providers).map(v -> FuzzValue.text(v.name())), text());
        }
        if (p.name().endsWith("_key") && p.hint() == Hint.STRING) {
            return Arbitraries.oneOf(key(own), text(), Arbitraries.of(FuzzValue.text("fuzz-new-key")));
        }
        return switch (p.hint()) {
            case UUID -> id(own);
            case UUIDS -> id(own).list().ofMaxSize(3).map(FuzzValue::array);
            case STRING -> Arbitraries.oneOf(text(), key(own));
            case STRINGS -> Arbitraries.oneOf(text(), key(own)).list().ofMaxSize(3).map(FuzzValue::array);
            case BOOL -> Arbitraries.of(FuzzValue.bool(true), FuzzValue.bool(false), FuzzValue.text("true"));
            case COUNT -> count();
            case DATETIME -> Arbitraries.of("2025-01-01T00:00:00Z", "2099-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z",
                    "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2025-02-30T00:00:00Z",
                    "2025-01-01T00:00:00+18:00", "2025-01-01", "yesterday").map(FuzzValue::text);
            case EMAIL -> Arbitraries.of("fuzz@example.com", "a@b.co", "not-an-email", "x@y", "\u00e9@\u00e9.\u00e9")
                    .map(FuzzValue::text);
            case URL -> Arbitraries.of("https://example.com/done", "javascript:alert(1)", "relative/path",
                    "http://[::1", "https://" + "a".repeat(5000) + ".com").map(FuzzValue::text);
            case ENUM -> Arbitraries.oneOf(Arbitraries.of(p.values()), Arbitraries.of("not_a_value", "")).map(FuzzValue::text);
            case OBJECT -> object(p.children(), own, depth);
            case OBJECTS -> object(p.children(), own, depth).list().ofMinSize(1).ofMaxSize(3).map(FuzzValue::array);
        };
    }

    /** Fields from {@code children} (each maybe absent) plus maybe an unknown one; without children, a metadata-like map. */
    Arbitrary<FuzzValue> object(List<Param> children, FuzzWorld.Space own, int depth) {
        if (children.isEmpty() || depth > 2) {
            return Combinators.combine(Arbitraries.of("floor", "vip", "", "a.b", "\u202e"), Arbitraries.oneOf(text(),
                    Arbitraries.of(FuzzValue.bool(true))), hostile(depth + 1)).as((k, v, odd) ->
                    FuzzValue.object(List.of(Map.entry(k, v), Map.entry("other", odd))));
        }
        List<Arbitrary<List<Map.Entry<String, FuzzValue>>>> fields = new ArrayList<>();
        for (Param child : children) {
            Arbitrary<FuzzValue> value = Arbitraries.frequencyOf(Tuple.of(4, plausible(child, own, depth + 1)),
                    Tuple.of(1, hostile(depth + 1)));
            fields.add(Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.of())),
                    Tuple.of(3, value.map(v -> List.of(Map.entry(child.name(), v))))));
        }
        fields.add(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.of())),
                Tuple.of(1, hostile(depth + 1).map(v -> List.of(Map.entry("unknown_field", v))))));
        return Combinators.combine(fields).as(parts -> {
            List<Map.Entry<String, FuzzValue>> all = new ArrayList<>();
            parts.forEach(all::addAll);
            return FuzzValue.object(all);
        });
    }

    /** Anything: wrong types, null, empty, huge, odd unicode, deep nesting, numbers no double holds. */
    Arbitrary<FuzzValue> hostile(int depth) {
        return hostileByDepth[Math.min(depth, 2)];
    }

    private Arbitrary<FuzzValue> buildHostile(int depth) {
        List<Tuple.Tuple2<Integer, Arbitrary<? extends FuzzValue>>> choices = new ArrayList<>(List.of(
                Tuple.of(3, Arbitraries.just(FuzzValue.NULL)),
                Tuple.of(3, Arbitraries.of(FuzzValue.bool(true), FuzzValue.bool(false))),
                Tuple.of(6, odd()),
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40).map(FuzzValue::text)),
                Tuple.of(1, huge()),
                Tuple.of(5, numbers()),
                Tuple.of(4, Arbitraries.oneOf(id(world.ws1), id(world.ws2))),
                Tuple.of(1, deep())));
        if (depth < 2) {
            choices.add(Tuple.of(2, hostile(depth + 1).list().ofMaxSize(3).map(FuzzValue::array)));
            choices.add(Tuple.of(2, Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8), hostile(depth + 1))
                    .as((k, v) -> FuzzValue.object(List.of(Map.entry(k, v))))));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Arbitrary<FuzzValue> any = (Arbitrary) Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
        return any;
    }

    /** A real id of this workspace or of the other one, an unknown one, or not a uuid. */
    Arbitrary<FuzzValue> id(FuzzWorld.Space own) {
        Arbitrary<String> unknown = Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                .as((a, b) -> new UUID(a, b).toString());
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(own.ids())), Tuple.of(4, Arbitraries.of(world.other(own).ids())),
                Tuple.of(2, unknown), Tuple.of(1, unknown.map(String::toUpperCase)),
                Tuple.of(2, Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
                        "{" + own.ids().get(0) + "}", own.ids().get(0) + "0", own.ids().get(0).replace('-', '_'),
                        " " + own.ids().get(0), own.ids().get(0) + "\u0000")))
                .map(FuzzValue::text);
    }

    /** Keys that exist in this workspace (duplicates) or in the other. */
    Arbitrary<FuzzValue> key(FuzzWorld.Space own) {
        return Arbitraries.oneOf(Arbitraries.of(own.keys()), Arbitraries.of(world.other(own).keys())).map(FuzzValue::text);
    }

    Arbitrary<FuzzValue> cursor(FuzzWorld.Space own) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return Arbitraries.oneOf(Arbitraries.of(own.cursors()), Arbitraries.of(world.other(own).cursors()),
                Arbitraries.of("", "!!!", "MTp4", "bnVsbA", "%%%", "-1:abc", "=".repeat(10)),
                Arbitraries.of("99999999999999999999:0", "-5:0", "9:", ":", "1:0:0", "1")
                        .map(s -> b64.encodeToString(s.getBytes(StandardCharsets.UTF_8))),
                Arbitraries.strings().ofMaxLength(30)).map(FuzzValue::text);
    }

    Arbitrary<FuzzValue> count() {
        return Arbitraries.oneOf(Arbitraries.of("0", "1", "2", "5", "100", "-1", "2147483648", "9223372036854775808",
                "1.5", "1e10", "1e400", "-0").map(FuzzValue::number), Arbitraries.of("10", "ten", "NaN", "Infinity", "0x10",
                " 3").map(FuzzValue::text));
    }

    private Arbitrary<FuzzValue> text() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().withChars("-_ ").ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("Fuzz room", "x")).map(FuzzValue::text);
    }

    private static Arbitrary<FuzzValue> odd() {
        return Arbitraries.of("", " ", "\u0000", "a\u0000b", "\ud800", "\udfff", "x\ud83d", "\ud83d\udd11",
                "\u202eevil\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "e\u0301", "\ufeff", "\uffff", "\r\n", "<script>alert(1)</script>",
                "' OR 1=1 --", "../../etc/passwd", "%00", "%zz", "${jndi:ldap://x}", "null", "undefined", "true", "NaN",
                "Infinity", "-Infinity", "1e999", "-1", "0x1F", "[]", "{}", "\"", "\\").map(FuzzValue::text);
    }

    private static Arbitrary<FuzzValue> huge() {
        return Arbitraries.of(HUGE_STRINGS);
    }

    private static Arbitrary<FuzzValue> numbers() {
        return Arbitraries.oneOf(Arbitraries.integers().map(i -> FuzzValue.number(String.valueOf(i))),
                Arbitraries.doubles().map(d -> FuzzValue.number(String.valueOf(d))),
                Arbitraries.of("-0", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "9".repeat(2_000), "0.1e1")
                        .map(FuzzValue::number));
    }

    /** Nesting past Jackson's limit (1,000) and just under it, in arrays and in objects. */
    private static Arbitrary<FuzzValue> deep() {
        return Arbitraries.of(DEEP_VALUES);
    }
}
