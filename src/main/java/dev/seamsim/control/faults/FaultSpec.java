package dev.seamsim.control.faults;

import dev.seamsim.error.SeamException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a fault does to which calls: on {@code path} (exact, or a prefix when it ends with "*"), optionally only
 * for one HTTP method and one workspace, wait a fixed or random delay and/or answer {@code status} with a Seam
 * error instead of running the route; for the next {@code times} calls, or until cleared when null.
 * Build one with {@code FaultSpec.on("/spaces/create").status(503).times(1)}.
 */
public record FaultSpec(String path, String method, String workspaceId, Integer delayMsMin, Integer delayMsMax,
                        Integer status, String errorType, String message, Integer times) {
    /** The longest delay a fault may add, so a typo cannot hang a test run. */
    public static final int MAX_DELAY_MS = 60_000;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    public static FaultSpec on(String path) {
        return new FaultSpec(path, null, null, null, null, null, null, null, null);
    }

    public FaultSpec method(String m) {
        return new FaultSpec(path, m == null ? null : m.toUpperCase(Locale.ROOT), workspaceId, delayMsMin, delayMsMax,
                status, errorType, message, times);
    }
    public FaultSpec workspace(String id) { return new FaultSpec(path, method, id, delayMsMin, delayMsMax, status, errorType, message, times); }
    public FaultSpec delayMs(int ms) { return delayMs(ms, ms); }
    public FaultSpec delayMs(Integer min, Integer max) { return new FaultSpec(path, method, workspaceId, min, max, status, errorType, message, times); }
    public FaultSpec status(Integer code) { return new FaultSpec(path, method, workspaceId, delayMsMin, delayMsMax, code, errorType, message, times); }
    public FaultSpec errorType(String type) { return new FaultSpec(path, method, workspaceId, delayMsMin, delayMsMax, status, type, message, times); }
    public FaultSpec message(String text) { return new FaultSpec(path, method, workspaceId, delayMsMin, delayMsMax, status, errorType, text, times); }
    public FaultSpec times(Integer n) { return new FaultSpec(path, method, workspaceId, delayMsMin, delayMsMax, status, errorType, message, n); }

    /** The error type a forced status answers with when none is given. */
    public String effectiveErrorType() {
        if (errorType != null) return errorType;
        return switch (status) {
            case 400 -> "invalid_input";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 429 -> "rate_limited";
            case 500 -> "internal_server_error";
            case 502 -> "bad_gateway";
            case 503 -> "service_unavailable";
            case 504 -> "gateway_timeout";
            default -> "simulated_error";
        };
    }

    /** Problems with this spec by parameter name; empty when it is valid. */
    public Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        if (path == null || path.isEmpty()) out.put("path", "Required");
        else if (!path.startsWith("/") && !path.equals("*")) out.put("path", "A path starts with /, e.g. /spaces/create");
        else if (path.indexOf('*') >= 0 && path.indexOf('*') != path.length() - 1) out.put("path", "* may only end a path");
        else if (path.startsWith("/_fake") || path.equals("/health")) {
            out.put("path", "Faults apply to Seam API routes, not to /_fake/* or /health");
        }
        if (method != null && !METHODS.contains(method)) out.put("method", "Expected one of GET, POST, PUT, PATCH, DELETE");
        if (workspaceId != null && workspaceId.isEmpty()) out.put("workspace_id", "String must contain at least 1 character(s)");
        checkDelay(out);
        if (status != null && (status < 400 || status > 599)) out.put("status", "A forced status must be from 400 to 599");
        if (status == null && (errorType != null || message != null)) {
            out.put(errorType != null ? "error_type" : "message", "Only allowed together with status");
        }
        if (errorType != null && errorType.isEmpty()) out.put("error_type", "String must contain at least 1 character(s)");
        if (status == null && delayMsMin == null && !out.containsKey("delay_ms") && !out.containsKey("status")) {
            out.put("_errors", "A fault needs a delay (delay_ms, or delay_ms_min and delay_ms_max) or a status");
        }
        if (times != null && times < 1) out.put("times", "Number must be greater than or equal to 1");
        return out;
    }

    private void checkDelay(Map<String, String> out) {
        if (delayMsMin == null && delayMsMax == null) return;
        boolean fixed = delayMsMin != null && delayMsMin.equals(delayMsMax);
        if (delayMsMin == null || delayMsMax == null) {
            out.put(delayMsMin == null ? "delay_ms_min" : "delay_ms_max", "delay_ms_min and delay_ms_max go together");
        } else if (delayMsMin < 0 || delayMsMax < 0) {
            out.put(fixed ? "delay_ms" : "delay_ms_min", "A delay must not be negative");
        } else if (delayMsMax > MAX_DELAY_MS) {
            out.put(fixed ? "delay_ms" : "delay_ms_max", "A delay may be at most " + MAX_DELAY_MS + " ms");
        } else if (delayMsMin > delayMsMax) {
            out.put("delay_ms_min", "delay_ms_min must not exceed delay_ms_max");
        }
    }

    /** Throws 400 invalid_input listing the problems, shaped like the simulator's other validation errors. */
    static void reject(Map<String, String> problems) {
        if (problems.isEmpty()) return;
        Map<String, Object> errors = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        errors.put("_errors", top);
        List<String> described = new ArrayList<>();
        problems.forEach((name, message) -> {
            if (name.equals("_errors")) top.add(message);
            else errors.put(name, Map.of("_errors", List.of(message)));
            described.add(name.equals("_errors") ? message : message.equals("Required") ? name + " is required"
                    : message + " for \"" + name + "\"");
        });
        String message = described.size() == 1 ? described.get(0)
                : described.size() + " Input Errors: " + String.join(", ", described);
        throw new SeamException(400, "invalid_input", message, Map.of("validation_errors", errors));
    }
}
