package dev.seamsim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamsim.error.SeamException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request into {@link Params}: the query string (as the SDK sends GET and DELETE: arrays as repeated
 * keys or "key[]", nested objects as "a.b") merged with the JSON body, which wins where both name a field.
 */
final class RequestInput {
    private static final Set<HandlerType> BODY_METHODS = Set.of(HandlerType.POST, HandlerType.PATCH, HandlerType.PUT);
    /** Deepest "a.b.c" query key taken; the SDK sends one or two levels, and each level is a step of recursion. */
    static final int MAX_QUERY_NESTING = 16;

    private RequestInput() {}

    static Params parse(Context ctx) {
        ObjectNode merged = Json.MAPPER.createObjectNode();
        Set<String> textKeys = new HashSet<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().chars().filter(c -> c == '.').count() >= MAX_QUERY_NESTING) {
                String message = "Query parameter nested more than " + MAX_QUERY_NESTING + " levels deep";
                throw new SeamException(400, "invalid_input", message,
                        Map.of("validation_errors", Map.of("_errors", List.of(message))));
            }
            addQueryParam(merged, e.getKey(), e.getValue());
            textKeys.add(topLevelName(e.getKey()));
        }
        String body = RequestBody.text(ctx);
        if (!body.isBlank()) {
            ObjectNode parsed = parseBody(ctx, body);
            parsed.fields().forEachRemaining(f -> {
                merged.set(f.getKey(), f.getValue());
                textKeys.remove(f.getKey());
            });
        }
        return new Params(merged, List.of(), textKeys::contains, new Issues());
    }

    private static ObjectNode parseBody(Context ctx, String body) {
        String contentType = ctx.contentType();
        if (BODY_METHODS.contains(ctx.method())
                && (contentType == null || !contentType.toLowerCase().startsWith("application/json"))) {
            throw SeamException.badRequest("invalid_content_type",
                    "Content-Type must be application/json for a request with a body");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SeamException(400, "invalid_input", "Error while parsing input: the body is not valid JSON",
                    Map.of("validation_errors", Map.of("_errors", List.of("Malformed JSON"))));
        }
        if (!node.isObject()) {
            String message = ValidationMessages.wrongType("object", node);
            throw new SeamException(400, "invalid_input", message,
                    Map.of("validation_errors", Map.of("_errors", List.of(message))));
        }
        return (ObjectNode) node;
    }

    private static String topLevelName(String key) {
        String name = key.endsWith("[]") ? key.substring(0, key.length() - 2) : key;
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static void addQueryParam(ObjectNode target, String key, List<String> values) {
        boolean forceArray = key.endsWith("[]");
        String name = forceArray ? key.substring(0, key.length() - 2) : key;
        int dot = name.indexOf('.');
        if (dot > 0) {
            String head = name.substring(0, dot);
            JsonNode child = target.get(head);
            ObjectNode object = child instanceof ObjectNode o ? o : target.putObject(head);
            addQueryParam(object, name.substring(dot + 1) + (forceArray ? "[]" : ""), values);
            return;
        }
        if (values.size() == 1 && !forceArray) {
            target.put(name, values.get(0));
        } else {
            ArrayNode array = target.putArray(name);
            values.stream().filter(v -> !(forceArray && v.isEmpty())).forEach(array::add);
        }
    }
}
