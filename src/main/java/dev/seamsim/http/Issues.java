package dev.seamsim.http;

import dev.seamsim.error.SeamException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input problems of one request, reported the way Seam (zod + nextlove) does: 400 invalid_input whose
 * validation_errors mirror the input's shape, {"_errors":[], "<param>": {"_errors": ["Required"]}}.
 */
final class Issues {
    private record Issue(List<String> path, String message) {}

    private final List<Issue> issues = new ArrayList<>();

    void add(List<String> path, String message) {
        issues.add(new Issue(List.copyOf(path), message));
    }

    boolean isEmpty() {
        return issues.isEmpty();
    }

    void throwIfAny() {
        if (issues.isEmpty()) return;
        Map<String, Object> errors = newNode();
        for (Issue issue : issues) {
            Map<String, Object> node = errors;
            for (String segment : issue.path()) node = childNode(node, segment);
            errorsOf(node).add(issue.message());
        }
        String message = issues.size() == 1
                ? describe(issues.get(0))
                : issues.size() + " Input Errors: " + String.join(", ", issues.stream().map(Issues::describe).toList());
        throw new SeamException(400, "invalid_input", message, Map.of("validation_errors", errors));
    }

    private static String describe(Issue issue) {
        String path = String.join(".", issue.path());
        if (path.isEmpty()) return issue.message();
        if (issue.message().equals("Required")) return path + " is required";
        return issue.message() + " for \"" + path + "\"";
    }

    private static Map<String, Object> newNode() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("_errors", new ArrayList<String>());
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> childNode(Map<String, Object> node, String segment) {
        return (Map<String, Object>) node.computeIfAbsent(segment, s -> newNode());
    }

    @SuppressWarnings("unchecked")
    private static List<String> errorsOf(Map<String, Object> node) {
        return (List<String>) node.get("_errors");
    }
}
