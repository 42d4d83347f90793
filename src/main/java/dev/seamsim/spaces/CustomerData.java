package dev.seamsim.spaces;

import dev.seamsim.http.Params;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A space's customer_data (address, default check-in/out times, time zone). On update only the keys given change;
 * a key sent as null is cleared.
 */
final class CustomerData {
    private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$");
    private static final String[] FIELDS = {"address", "default_checkin_time", "default_checkout_time", "time_zone"};

    private CustomerData() {}

    /** The customer_data keys sent (null values included), or null when none was sent. */
    static Map<String, Object> read(Params p) {
        Params data = p.object("customer_data");
        if (data == null) return null;
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (!data.has(field)) continue;
            String value = data.string(field);
            if (value != null && field.endsWith("_time") && !TIME.matcher(value).matches()) {
                data.problem(field, "Invalid");
            }
            out.put(field, value);
        }
        return out;
    }

    /** {@code existing} with the sent keys applied. */
    static Map<String, Object> merge(Map<String, Object> existing, Map<String, Object> sent) {
        if (sent == null) return existing;
        Map<String, Object> out = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing);
        out.putAll(sent);
        return out;
    }
}
