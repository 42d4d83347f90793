package dev.seamsim.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A generated parameter value that can be written both ways a client sends it: as JSON text (a body) and as
 * query-string pairs (GET and DELETE, the way the JS SDK writes them: arrays as repeated keys, objects as "a.b").
 * Written by hand, not by a JSON library, so that it can carry what a library would refuse to write: lone
 * surrogates, duplicate keys, 2,000-deep nesting, numbers no double holds.
 */
sealed interface FuzzValue {
    String json();

    /** Appends this value as "name=value" pairs; values are percent-encoded unless the value is deliberately raw. */
    void query(String name, StringBuilder out);

    static FuzzValue text(String s) {
        return new Scalar(quote(s), s);
    }

    static FuzzValue number(String literal) {
        return new Scalar(literal, literal);
    }

    static FuzzValue bool(boolean b) {
        return new Scalar(String.valueOf(b), String.valueOf(b));
    }

    FuzzValue NULL = new Scalar("null", "");

    /**
     * Longest value put in a query string, so that most requests reach the simulator's own checks (Jetty answers a
     * request line over 8 KiB with 414 itself); huge values are fuzzed in bodies, oversized requests on their own.
     */
    int MAX_QUERY_VALUE = 300;

    static FuzzValue array(List<FuzzValue> items) {
        return new Arr(items);
    }

    static FuzzValue object(List<Map.Entry<String, FuzzValue>> fields) {
        return new Obj(fields);
    }

    /** A string, number, boolean or null; {@code text} is what a query string carries for it. */
    record Scalar(String json, String text) implements FuzzValue {
        public void query(String name, StringBuilder out) {
            pair(out, encode(name), encode(text.length() > MAX_QUERY_VALUE ? text.substring(0, MAX_QUERY_VALUE) : text));
        }

        @Override
        public String toString() {
            return RawHttp.abbreviate(json);
        }
    }

    record Arr(List<FuzzValue> items) implements FuzzValue {
        public String json() {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) s.append(i == 0 ? "" : ",").append(items.get(i).json());
            return s.append(']').toString();
        }

        public void query(String name, StringBuilder out) {
            if (items.isEmpty()) pair(out, encode(name), "");
            for (FuzzValue item : items) item.query(name, out);
        }

        @Override
        public String toString() {
            return RawHttp.abbreviate(json());
        }
    }

    /** An object; a list of fields, so a key may repeat. */
    record Obj(List<Map.Entry<String, FuzzValue>> fields) implements FuzzValue {
        public String json() {
            StringBuilder s = new StringBuilder("{");
            for (int i = 0; i < fields.size(); i++) {
                s.append(i == 0 ? "" : ",").append(quote(fields.get(i).getKey())).append(':')
                        .append(fields.get(i).getValue().json());
            }
            return s.append('}').toString();
        }

        public void query(String name, StringBuilder out) {
            for (Map.Entry<String, FuzzValue> f : fields) {
                f.getValue().query(name.isEmpty() ? f.getKey() : name + "." + f.getKey(), out);
            }
        }

        /** The whole object as a query string (the top level of a GET or DELETE). */
        String queryString() {
            StringBuilder out = new StringBuilder();
            query("", out);
            return out.toString();
        }

        @Override
        public String toString() {
            return RawHttp.abbreviate(json());
        }
    }

    /** Text sent exactly as given in both forms: malformed escapes, 2,000-deep nesting, overlong numbers. */
    record Raw(String json, String rawQueryValue) implements FuzzValue {
        public void query(String name, StringBuilder out) {
            pair(out, encode(name), rawQueryValue);
        }

        @Override
        public String toString() {
            return RawHttp.abbreviate(json);
        }
    }

    private static void pair(StringBuilder out, String name, String value) {
        if (!out.isEmpty()) out.append('&');
        out.append(name).append('=').append(value);
    }

    /** Percent-encoding as a browser does it; a lone surrogate becomes the bytes of its (invalid) 3-byte form. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone) {
                out.append(URLEncoder.encode(s.substring(start, i), StandardCharsets.UTF_8));
                out.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
                start = i + 1;
            }
        }
        return out.append(URLEncoder.encode(s.substring(start), StandardCharsets.UTF_8)).toString();
    }

    /** A JSON string literal; every control character and every surrogate (paired or not) as a \\u escape. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || Character.isSurrogate(c)) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
