package dev.seamsim.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Walks a list endpoint page by page as the SDK does: GET with the same filters and the last page's cursor. */
public final class Pages {
    private static final int MAX_PAGES = 10;

    private Pages() {
    }

    /** The ids of each page, in the order the pages came. */
    public record Walk(List<List<String>> pages) {
        public List<Integer> sizes() {
            return pages.stream().map(List::size).toList();
        }

        public List<String> ids() {
            return pages.stream().flatMap(List::stream).toList();
        }
    }

    /**
     * GETs {@code path} with a fresh {@code request} (the filters and limit as query parameters) per page, following
     * pagination.next_page_cursor until there is none, and collects the values at {@code idsPath} of every page.
     * Checks on every page that has_next_page and next_page_url say there is a next page exactly when
     * next_page_cursor is there; fails after {@value #MAX_PAGES} pages.
     */
    public static Walk walk(Supplier<RequestSpecification> request, String path, String idsPath) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            if (pages.size() == MAX_PAGES) throw new AssertionError("more than " + MAX_PAGES + " pages of " + path);
            RequestSpecification req = request.get();
            if (cursor != null) req.queryParam("page_cursor", cursor);
            JsonPath page = req.get(path).then().statusCode(200).extract().jsonPath();
            pages.add(page.getList(idsPath, String.class));
            cursor = page.getString("pagination.next_page_cursor");
            assertThat(page.getBoolean("pagination.has_next_page"), equalTo(cursor != null));
            assertThat(page.get("pagination.next_page_url") != null, equalTo(cursor != null));
        } while (cursor != null);
        return new Walk(pages);
    }
}
