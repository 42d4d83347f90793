package dev.seamsim.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one exception type that becomes a Seam error envelope: {"error":{"type","message",...},"ok":false}. */
public final class SeamException extends RuntimeException {
    private final int status;
    private final String type;
    private final Map<String, Object> extra;

    public SeamException(int status, String type, String message, Map<String, Object> extra) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.extra = extra == null ? Map.of() : extra;
    }

    public SeamException(int status, String type, String message) {
        this(status, type, message, null);
    }

    public int status() { return status; }
    public String type() { return type; }
    /** Extra members of the error object, e.g. validation_errors or data. */
    public Map<String, Object> extra() { return extra; }

    /** 404 with type "<resource>_not_found", e.g. notFound("space") -> space_not_found, "Space not found". */
    public static SeamException notFound(String resource) {
        String words = resource.replace('_', ' ');
        String message = Character.toUpperCase(words.charAt(0)) + words.substring(1) + " not found";
        return new SeamException(404, resource + "_not_found", message);
    }

    public static SeamException unauthorized(String message) {
        return new SeamException(401, "unauthorized", message);
    }

    /**
     * 409 for a second object with a workspace-unique key. Seam documents no type for this, so the simulator
     * uses "duplicate_<field>" (after the fake's "duplicate_access_code") and names the key and the holder.
     */
    public static SeamException duplicate(String resource, String field, String value, String existingId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(field, value);
        data.put(resource + "_id", existingId);
        return new SeamException(409, "duplicate_" + field,
                "A " + resource.replace('_', ' ') + " with " + field + " \"" + value
                        + "\" already exists in this workspace",
                Map.of("data", data));
    }

    public static SeamException badRequest(String type, String message) {
        return new SeamException(400, type, message);
    }
}
