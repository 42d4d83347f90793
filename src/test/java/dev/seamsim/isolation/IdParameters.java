package dev.seamsim.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamsim.testing.OpenApiResponseValidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The request parameters of a route that name an object or a key (*_id, *_ids, *_key, *_keys), read from the
 * OpenAPI extract: query parameters and body properties, nested ones as "parent.child", through $ref, allOf,
 * anyOf and oneOf.
 */
final class IdParameters {
    private static final Pattern ID_OR_KEY = Pattern.compile(".*_(id|ids|key|keys)$");
    private static final JsonNode SPEC = load();

    private IdParameters() {}

    /** The id and key parameters of {@code path}, sorted; empty when the spec does not list the path. */
    static Optional<Set<String>> of(String path) {
        JsonNode operations = SPEC.path("paths").path(path);
        if (operations.isMissingNode()) return Optional.empty();
        Set<String> names = new TreeSet<>();
        operations.forEach(op -> {
            op.path("parameters").forEach(p -> {
                String name = resolve(p).path("name").asText();
                if (ID_OR_KEY.matcher(name).matches()) names.add(name);
            });
            op.path("requestBody").path("content").forEach(c -> collect(c.path("schema"), "", names, 0));
        });
        return Optional.of(names);
    }

    private static void collect(JsonNode schema, String prefix, Set<String> names, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 4) return;
        for (String combinator : new String[] {"allOf", "anyOf", "oneOf"}) {
            s.path(combinator).forEach(sub -> collect(sub, prefix, names, depth + 1));
        }
        for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
            if (ID_OR_KEY.matcher(p.getKey()).matches()) names.add(prefix + p.getKey());
            JsonNode value = resolve(p.getValue());
            if (value.has("properties") || value.has("allOf") || value.has("anyOf") || value.has("oneOf")) {
                collect(value, prefix + p.getKey() + ".", names, depth + 1);
            }
        }
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) node = SPEC.at(node.get("$ref").asText().substring(1));
        return node;
    }

    private static JsonNode load() {
        try (InputStream in = IdParameters.class.getResourceAsStream(OpenApiResponseValidator.SPEC_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
