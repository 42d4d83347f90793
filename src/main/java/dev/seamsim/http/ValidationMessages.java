package dev.seamsim.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.stream.Collectors;

/** The wording of Seam's validation_errors (zod's messages), in one place for every parameter reader. */
final class ValidationMessages {
    private ValidationMessages() {
    }

    /** "Expected number, received string". */
    static String wrongType(String expected, JsonNode received) {
        return "Expected " + expected + ", received " + typeName(received);
    }

    /** "Invalid enum value. Expected 'a' | 'b', received 'c'". */
    static String notInEnum(Collection<String> allowed, String received) {
        String expected = allowed.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" | "));
        return "Invalid enum value. Expected " + expected + ", received '" + received + "'";
    }

    static String typeName(JsonNode v) {
        if (v.isTextual()) return "string";
        if (v.isNumber()) return "number";
        if (v.isBoolean()) return "boolean";
        if (v.isArray()) return "array";
        if (v.isNull()) return "null";
        return "object";
    }
}
