package dev.seamsim.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.seamsim.error.SeamException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of state documents: its own mapper (records as their components, see {@link RecordCodec}; times as
 * ISO-8601 at full precision; strict reading: no coercion, no duplicate keys, no unknown fields), and the one
 * error every problem becomes: 400 invalid_input naming the place in the document as a JSON pointer.
 */
final class StateJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new RecordCodec())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private StateJson() {}

    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) throw invalid("", "the body must be a state document (a JSON object)");
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation(); // a line and column help with a hand-edited or truncated state file
            String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw invalid("", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /** Reads {@code node} as a {@code type}; a problem is reported at {@code pointer} plus its place inside. */
    static <T> T decode(JsonNode node, Class<T> type, String pointer) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw invalid(pointer + pointerOf(e.getPath()), describe(e));
        } catch (JsonProcessingException e) {
            throw invalid(pointer, e.getOriginalMessage());
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write state", e);
        }
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** 400 invalid_input: "Invalid state at <pointer>: <problem>", with the pointer and Seam's validation_errors. */
    static SeamException invalid(String pointer, String problem) {
        Map<String, Object> errors = node();
        Map<String, Object> at = errors;
        for (String segment : segments(pointer)) at = child(at, segment);
        errorsOf(at).add(problem);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("pointer", pointer);
        extra.put("validation_errors", errors);
        String where = pointer.isEmpty() ? "" : " at " + pointer;
        return new SeamException(400, "invalid_input", "Invalid state" + where + ": " + problem, extra);
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            out.append('/').append(ref.getFieldName() != null ? escape(ref.getFieldName()) : ref.getIndex());
        }
        return out.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && !m.getTargetType().isRecord()) {
            return "expected " + typeName(MAPPER.constructType(m.getTargetType()));
        }
        return e.getOriginalMessage();
    }

    private static String typeName(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) return "a string";
        if (raw == boolean.class || raw == Boolean.class) return "true or false";
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) return "an integer";
        if (raw == Instant.class) return "an ISO-8601 timestamp such as 2025-01-01T00:00:00.000Z";
        if (type.isCollectionLikeType() || type.isArrayType()) return "an array";
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) return "a number";
        return "an object";
    }

    private static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) return out;
        for (String s : pointer.substring(1).split("/", -1)) out.add(s.replace("~1", "/").replace("~0", "~"));
        return out;
    }

    private static Map<String, Object> node() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("_errors", new ArrayList<String>());
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> node, String segment) {
        return (Map<String, Object>) node.computeIfAbsent(segment, s -> node());
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> errorsOf(Map<String, Object> node) {
        return (Collection<String>) node.get("_errors");
    }
}
