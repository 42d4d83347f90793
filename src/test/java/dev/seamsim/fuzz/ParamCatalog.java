package dev.seamsim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamsim.testing.OpenApiResponseValidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parameter names the fuzzer builds requests from, with what each should be (a uuid, a list, a count…): per
 * route from the OpenAPI extract, and for every route the names the simulator's code reads through Params
 * getters (found in src/main/java, so a new parameter is fuzzed without editing this test).
 */
final class ParamCatalog {
    enum Hint { STRING, UUID, UUIDS, STRINGS, BOOL, COUNT, DATETIME, EMAIL, URL, ENUM, OBJECT, OBJECTS }

    record Param(String name, Hint hint, List<String> values, List<Param> children) {
        Param(String name, Hint hint) {
            this(name, hint, List.of(), List.of());
        }
    }

    private static final Pattern GETTER = Pattern.compile(
            "\\.(string|requiredString|nonEmptyString|uuid|requiredUuid|email|url|dateTime|oneOf|bool|count|strings"
                    + "|uuids|enums|metadata|object|objects|required|present|has|queryParam|formParam|pathParam)\\(\"([a-z0-9_]+)\"");
    private static final Pattern PATH_LITERAL = Pattern.compile("\"(/[a-z_/{}]+)\"");

    private final Map<String, List<Param>> byPath = new LinkedHashMap<>();
    /** Names read in a source file, under each route path that file spells out. */
    private final Map<String, List<Param>> byFilePath = new LinkedHashMap<>();
    private List<Param> readByCode;
    private final JsonNode components;

    private ParamCatalog(JsonNode spec) {
        this.components = spec.path("components");
        spec.path("paths").fields().forEachRemaining(e -> byPath.put(e.getKey(), fromOperations(e.getValue())));
    }

    static ParamCatalog load() {
        try (InputStream in = ParamCatalog.class.getResourceAsStream(OpenApiResponseValidator.SPEC_RESOURCE)) {
            ParamCatalog catalog = new ParamCatalog(new ObjectMapper().readTree(in));
            catalog.scanSources(Path.of("src", "main", "java"));
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Seam documents for this path, then what the code that mounts it reads (all of it for /_fake routes). */
    List<Param> forRoute(String path) {
        Map<String, Param> out = new LinkedHashMap<>();
        byPath.getOrDefault(path, List.of()).forEach(p -> out.putIfAbsent(p.name(), p));
        byFilePath.getOrDefault(path, List.of()).forEach(p -> out.putIfAbsent(p.name(), p));
        return List.copyOf(out.values());
    }

    /** Every name any route reads, with the type its getter wants. */
    List<Param> readByCode() {
        return readByCode;
    }

    private List<Param> fromOperations(JsonNode item) {
        Map<String, Param> out = new LinkedHashMap<>();
        item.fields().forEachRemaining(op -> {
            for (JsonNode p : op.getValue().path("parameters")) {
                if (p.path("in").asText().equals("query")) put(out, param(p.path("name").asText(), p.path("schema"), 0));
            }
            JsonNode body = resolve(op.getValue().path("requestBody").path("content").path("application/json").path("schema"));
            for (Param p : properties(body, 0)) put(out, p);
        });
        return List.copyOf(out.values());
    }

    private static void put(Map<String, Param> out, Param p) {
        out.putIfAbsent(p.name(), p);
    }

    private List<Param> properties(JsonNode schema, int depth) {
        List<Param> out = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(f -> out.add(param(f.getKey(), f.getValue(), depth)));
        for (String union : List.of("oneOf", "anyOf", "allOf")) {
            for (JsonNode variant : schema.path(union)) {
                for (Param p : properties(resolve(variant), depth)) {
                    if (out.stream().noneMatch(q -> q.name().equals(p.name()))) out.add(p);
                }
            }
        }
        return out;
    }

    private Param param(String name, JsonNode schema, int depth) {
        schema = resolve(schema);
        if (!schema.has("type")) {
            for (String union : List.of("oneOf", "anyOf")) if (schema.has(union)) schema = resolve(schema.path(union).path(0));
        }
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (type.equals("array")) {
            JsonNode items = resolve(schema.path("items"));
            if (items.path("format").asText().equals("uuid")) return new Param(name, Hint.UUIDS);
            if (items.path("type").asText().equals("object") || items.has("properties")) {
                return new Param(name, Hint.OBJECTS, List.of(), depth < 2 ? properties(items, depth + 1) : List.of());
            }
            return new Param(name, Hint.STRINGS);
        }
        if (type.equals("object") || schema.has("properties")) {
            return new Param(name, Hint.OBJECT, List.of(), depth < 2 ? properties(schema, depth + 1) : List.of());
        }
        if (type.equals("boolean")) return new Param(name, Hint.BOOL);
        if (type.equals("integer") || type.equals("number")) return new Param(name, Hint.COUNT);
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            return new Param(name, Hint.ENUM, values, List.of());
        }
        return new Param(name, switch (format) {
            case "uuid" -> Hint.UUID;
            case "email" -> Hint.EMAIL;
            case "uri" -> Hint.URL;
            case "date-time" -> Hint.DATETIME;
            default -> name.endsWith("_at") ? Hint.DATETIME : Hint.STRING;
        });
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        if (!ref.startsWith("#/components/")) return schema;
        JsonNode target = components;
        for (String part : ref.substring("#/components/".length()).split("/")) target = target.path(part);
        return target;
    }

    private void scanSources(Path root) throws IOException {
        Map<String, Param> names = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                List<Param> inFile = new ArrayList<>();
                Matcher m = GETTER.matcher(source);
                while (m.find()) {
                    Param p = new Param(m.group(2), hintOf(m.group(1), m.group(2)));
                    names.putIfAbsent(p.name(), p);
                    if (inFile.stream().noneMatch(q -> q.name().equals(p.name()))) inFile.add(p);
                }
                Matcher paths = PATH_LITERAL.matcher(source);
                while (paths.find()) byFilePath.computeIfAbsent(paths.group(1), k -> new ArrayList<>()).addAll(inFile);
            }
        }
        if (names.size() < 20) throw new IllegalStateException("found only " + names.keySet() + " under " + root.toAbsolutePath());
        readByCode = List.copyOf(names.values());
    }

    private static Hint hintOf(String getter, String name) {
        return switch (getter) {
            case "queryParam", "formParam", "pathParam" -> name.endsWith("_id") ? Hint.UUID : Hint.STRING;
            case "uuid", "requiredUuid" -> Hint.UUID;
            case "uuids" -> Hint.UUIDS;
            case "strings", "enums" -> Hint.STRINGS;
            case "bool" -> Hint.BOOL;
            case "count" -> Hint.COUNT;
            case "dateTime" -> Hint.DATETIME;
            case "email" -> Hint.EMAIL;
            case "url" -> Hint.URL;
            case "metadata", "object" -> Hint.OBJECT;
            case "objects" -> Hint.OBJECTS;
            default -> Hint.STRING;
        };
    }
}
