package dev.seamsim.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamsim.error.SeamException;
import dev.seamsim.store.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Page cursors: an opaque token holding the position after the last row served and a fingerprint of the
 * request's other parameters, so that a cursor reused with different filters is refused, as Seam does.
 */
public final class Cursors {
    private static final String PAGING_PARAMS_LIMIT = "limit";
    private static final String PAGING_PARAMS_CURSOR = "page_cursor";

    /**
     * The most rows one page holds. Seam's OpenAPI document sets no maximum for {@code limit} (its largest default
     * is 11,000, on connected_accounts/list), so a larger limit is not refused but served in pages of this size:
     * the page says has_next_page and the SDK's paginator carries on.
     */
    public static final int MAX_PAGE_SIZE = 11_000;

    /** Where a list request starts and how much it wants. */
    public record Position(long after, int limit) {}

    private Cursors() {}

    static Position read(Params params, int defaultLimit) {
        Integer asked = params.count(PAGING_PARAMS_LIMIT);
        Integer limit = asked == null ? null : Math.min(asked, MAX_PAGE_SIZE);
        String cursor = params.string(PAGING_PARAMS_CURSOR);
        if (cursor == null) return new Position(0, limit == null ? defaultLimit : limit);
        String[] parts = decode(cursor);
        if (parts == null) {
            params.problem(PAGING_PARAMS_CURSOR, "Invalid page cursor");
            return new Position(0, 0);
        }
        if (!parts[1].equals(fingerprint(params))) {
            throw SeamException.badRequest("mismatched_page_parameters",
                    "When using next_page_cursor, the request must send parameters identical to the initial request.");
        }
        return new Position(Long.parseLong(parts[0]), limit == null ? defaultLimit : limit);
    }

    /** The pagination of a page with nothing after it; the same for every list. */
    static final Map<String, Object> LAST_PAGE = pagination(null, null);

    /** The pagination of a page with more after it: the fingerprint (a SHA-256) is only worked out here. */
    static Map<String, Object> pagination(Page<?> page, String url, Params params) {
        String next = encode(page.nextAfter(), fingerprint(params));
        return pagination(next, url + "?" + query(params, next));
    }

    private static Map<String, Object> pagination(String next, String nextUrl) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("next_page_cursor", next);
        out.put("has_next_page", next != null);
        out.put("next_page_url", nextUrl);
        return Collections.unmodifiableMap(out);
    }

    private static String encode(long after, String fingerprint) {
        byte[] raw = (after + ":" + fingerprint).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static String[] decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 2);
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) return null;
            return parts;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A hash of the filters, in a form that does not depend on key order or on query-vs-body. */
    private static String fingerprint(Params params) {
        Map<String, String> filters = new TreeMap<>();
        flatten("", filtersOf(params), filters);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(filters.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, JsonNode> filtersOf(Params params) {
        Map<String, JsonNode> filters = new LinkedHashMap<>(params.raw());
        filters.remove(PAGING_PARAMS_LIMIT);
        filters.remove(PAGING_PARAMS_CURSOR);
        return filters;
    }

    private static void flatten(String prefix, Map<String, JsonNode> fields, Map<String, String> out) {
        fields.forEach((name, value) -> flattenValue(prefix + name, value, out));
    }

    private static void flattenValue(String key, JsonNode value, Map<String, String> out) {
        if (value.isObject()) {
            Map<String, JsonNode> children = new LinkedHashMap<>();
            value.fields().forEachRemaining(f -> children.put(f.getKey(), f.getValue()));
            flatten(key + ".", children, out);
        } else if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            out.put(key, String.join("\u0000", items));
        } else {
            out.put(key, value.isNull() ? "" : value.asText());
        }
    }

    /** The list request again, as a query string, with the next cursor; the way the SDK would send it. */
    private static String query(Params params, String cursor) {
        List<String> pairs = new ArrayList<>();
        Map<String, JsonNode> fields = new TreeMap<>(params.raw());
        fields.remove(PAGING_PARAMS_CURSOR);
        Map<String, String> flat = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (value.isArray()) {
                if (value.isEmpty()) pairs.add(encodeUrl(name) + "=");
                value.forEach(item -> pairs.add(encodeUrl(name) + "=" + encodeUrl(item.asText())));
            } else {
                flattenValue(name, value, flat);
            }
        });
        flat.forEach((k, v) -> pairs.add(encodeUrl(k) + "=" + encodeUrl(v)));
        pairs.add(PAGING_PARAMS_CURSOR + "=" + encodeUrl(cursor));
        return String.join("&", pairs);
    }

    private static String encodeUrl(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
