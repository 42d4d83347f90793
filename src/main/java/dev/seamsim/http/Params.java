package dev.seamsim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A request's parameters, from the JSON body or the query string (where every value is text and is coerced),
 * read through typed getters. Getters note problems instead of throwing; {@link #check()} then raises one
 * invalid_input error listing all of them, before the route changes anything.
 */
public final class Params {
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final int MAX_METADATA_KEYS = 50;
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final ObjectNode input;
    private final List<String> path;
    /** Whether a parameter came from the query string, where every value is text to be coerced. */
    private final Predicate<String> fromQuery;
    private final Issues issues;

    Params(ObjectNode input, List<String> path, Predicate<String> fromQuery, Issues issues) {
        this.input = input;
        this.path = path;
        this.fromQuery = fromQuery;
        this.issues = issues;
    }

    /** Raises invalid_input if any getter found a problem. Routes call it before they change state. */
    public void check() {
        issues.throwIfAny();
    }

    public void problem(String name, String message) {
        issues.add(pathOf(name), message);
    }

    /** True when the parameter was sent with a value (not absent, not null). */
    public boolean present(String name) {
        return value(name) != null;
    }

    /** True when the parameter was sent, even as null. */
    public boolean has(String name) {
        return input.has(name);
    }

    public String string(String name) {
        JsonNode v = value(name);
        if (v == null) return null;
        if (!v.isTextual()) return wrongType(name, "string", v);
        return v.asText();
    }

    public String requiredString(String name) {
        return required(name) ? string(name) : null;
    }

    /** An optional string that must not be empty when given (zod's min(1)). */
    public String nonEmptyString(String name) {
        String s = string(name);
        if (s != null && s.isEmpty()) return invalid(name, "String must contain at least 1 character(s)");
        return s;
    }

    public String uuid(String name) {
        String s = string(name);
        if (s != null && !UUID.matcher(s).matches()) return invalid(name, "Invalid uuid");
        return s;
    }

    public String requiredUuid(String name) {
        return required(name) ? uuid(name) : null;
    }

    public String email(String name) {
        String s = string(name);
        if (s != null && !EMAIL.matcher(s).matches()) return invalid(name, "Invalid email");
        return s;
    }

    /** An absolute URL (responses declare these as format uri). */
    public String url(String name) {
        String s = string(name);
        if (s == null) return null;
        try {
            if (!new java.net.URI(s).isAbsolute()) return invalid(name, "Invalid url");
        } catch (java.net.URISyntaxException e) {
            return invalid(name, "Invalid url");
        }
        return s;
    }

    public Instant dateTime(String name) {
        String s = string(name);
        if (s == null) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return invalid(name, "Invalid datetime");
        }
    }

    /** The allowed value named (the allowed instance: it may be stored, and need not be a copy per request). */
    public String oneOf(String name, Collection<String> allowed) {
        String s = string(name);
        if (s == null) return null;
        String known = known(allowed, s);
        return known != null ? known : invalid(name, ValidationMessages.notInEnum(allowed, s));
    }

    public Boolean bool(String name) {
        JsonNode v = value(name);
        if (v == null) return null;
        if (v.isBoolean()) return v.booleanValue();
        if (isText(name) && (v.asText().equals("true") || v.asText().equals("false"))) return Boolean.valueOf(v.asText());
        return wrongType(name, "boolean", v);
    }

    /** A whole number of at least zero, such as a page limit. */
    public Integer count(String name) {
        JsonNode v = value(name);
        if (v == null) return null;
        Double number = v.isNumber() ? Double.valueOf(v.doubleValue()) : null;
        if (number == null && isText(name)) {
            try {
                number = Double.parseDouble(v.asText());
            } catch (NumberFormatException e) {
                return wrongType(name, "number", v);
            }
        }
        if (number == null) return wrongType(name, "number", v);
        if (number != Math.floor(number) || number.isInfinite()) return invalid(name, "Expected integer, received float");
        if (number < 0) return invalid(name, "Number must be greater than or equal to 0");
        return number > Integer.MAX_VALUE ? Integer.MAX_VALUE : number.intValue();
    }

    public List<String> strings(String name) {
        JsonNode v = input.get(name);
        if (v == null || v.isNull()) return null;
        // From a query string one value arrives as text ("a" or, in nextlove's comma format, "a,b"), and the SDK
        // sends an empty array as "name=".
        if (isText(name) && v.isTextual()) return v.asText().isEmpty() ? List.of() : List.of(v.asText().split(",", -1));
        if (!v.isArray()) return wrongType(name, "array", v);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual()) {
                issues.add(pathOf(name, String.valueOf(i)), ValidationMessages.wrongType("string", item));
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    public List<String> uuids(String name) {
        List<String> list = strings(name);
        if (list == null) return null;
        for (int i = 0; i < list.size(); i++) {
            if (!UUID.matcher(list.get(i)).matches()) issues.add(pathOf(name, String.valueOf(i)), "Invalid uuid");
        }
        return list;
    }

    /** A list of allowed values, as {@link #oneOf} gives them. */
    public List<String> enums(String name, Collection<String> allowed) {
        List<String> list = strings(name);
        if (list == null) return null;
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String known = known(allowed, list.get(i));
            if (known == null) issues.add(pathOf(name, String.valueOf(i)), ValidationMessages.notInEnum(allowed, list.get(i)));
            out.add(known != null ? known : list.get(i));
        }
        return out;
    }

    private static String known(Collection<String> allowed, String value) {
        for (String a : allowed) {
            if (a.equals(value)) return a;
        }
        return null;
    }

    /** Seam's custom_metadata: an object whose values are strings or booleans. */
    public Map<String, Object> metadata(String name) {
        Params child = object(name);
        if (child == null) return null;
        if (child.input.size() > MAX_METADATA_KEYS) {
            problem(name, "Custom metadata can have at most " + MAX_METADATA_KEYS + " keys");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        child.input.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isTextual() && child.isText(e.getKey()) && (v.asText().equals("true") || v.asText().equals("false"))) {
                out.put(e.getKey(), Boolean.valueOf(v.asText()));
            } else if (v.isTextual() || v.isBoolean()) {
                out.put(e.getKey(), v.isBoolean() ? v.booleanValue() : v.asText());
            } else {
                issues.add(pathOf(name, e.getKey()), ValidationMessages.wrongType("string | boolean", v));
            }
        });
        return out;
    }

    /** A nested object, read with the same rules; null when absent or null. */
    public Params object(String name) {
        JsonNode v = value(name);
        if (v == null) return null;
        if (!v.isObject()) return wrongType(name, "object", v);
        boolean query = isText(name);
        return new Params((ObjectNode) v, pathOf(name), child -> query, issues);
    }

    /** An array of nested objects; null when absent. */
    public List<Params> objects(String name) {
        JsonNode v = value(name);
        if (v == null) return null;
        if (!v.isArray()) return wrongType(name, "array", v);
        List<Params> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (item.isObject()) {
                out.add(new Params((ObjectNode) item, pathOf(name, String.valueOf(i)), child -> false, issues));
            } else {
                issues.add(pathOf(name, String.valueOf(i)), ValidationMessages.wrongType("object", item));
            }
        }
        return out;
    }

    /** Notes "Required" when the parameter is absent or null; returns whether it is there. */
    public boolean required(String name) {
        if (value(name) != null) return true;
        issues.add(pathOf(name), "Required");
        return false;
    }

    /** The raw parameters, minus the SDK's _strict marker; used for page-cursor checks and next_page_url. */
    public Map<String, JsonNode> raw() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        input.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("_strict")) out.put(e.getKey(), e.getValue());
        });
        return out;
    }

    private boolean isText(String name) {
        return fromQuery.test(name);
    }

    /** The value, or null when absent, JSON null, or (from a query string) empty text, which the SDK sends for null. */
    private JsonNode value(String name) {
        JsonNode v = input.get(name);
        if (v == null || v.isNull()) return null;
        if (isText(name) && v.isTextual() && v.asText().isEmpty()) return null;
        return v;
    }

    private List<String> pathOf(String... names) {
        List<String> out = new ArrayList<>(path);
        out.addAll(List.of(names));
        return out;
    }

    private <T> T wrongType(String name, String expected, JsonNode v) {
        issues.add(pathOf(name), ValidationMessages.wrongType(expected, v));
        return null;
    }

    private <T> T invalid(String name, String message) {
        issues.add(pathOf(name), message);
        return null;
    }

}
