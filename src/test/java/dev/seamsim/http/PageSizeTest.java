package dev.seamsim.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamsim.testing.Sim;
import dev.seamsim.testing.SpacesDocument;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Seam's OpenAPI document gives {@code limit} no maximum, so a larger one is not refused: it is served in pages of
 * at most {@link Cursors#MAX_PAGE_SIZE} rows, and the cursor carries on from there.
 */
class PageSizeTest {
    private static final int SPACES = Cursors.MAX_PAGE_SIZE + 5;

    @RegisterExtension
    static final Sim sim = new Sim();

    @BeforeAll
    static void fill() {
        sim.simulator().importState(SpacesDocument.forWorkspace2(SPACES));
    }

    /** Read with Jackson, without the OpenAPI check of each of 11,000 rows, which would only slow this test down. */
    private static JsonNode list(Object limit, String cursor) throws IOException {
        var request = RestAssured.given().baseUri(sim.baseUrl()).header("Authorization", "Bearer " + Sim.KEY2);
        if (limit != null) request.queryParam("limit", limit);
        if (cursor != null) request.queryParam("page_cursor", cursor);
        return Json.MAPPER.readTree(request.get("/spaces/list").then().statusCode(200).extract().asByteArray());
    }

    @Test
    void a_limit_above_the_maximum_is_served_in_pages_of_the_maximum() throws IOException {
        for (Object limit : new Object[] {Cursors.MAX_PAGE_SIZE + 1, "99999999999"}) {
            JsonNode first = list(limit, null);
            assertThat(first.get("spaces").size(), equalTo(Cursors.MAX_PAGE_SIZE));
            assertThat(first.at("/pagination/has_next_page").asBoolean(), equalTo(true));
            assertThat(first.at("/spaces/0/space_key").asText(), equalTo("sk-1"));
            JsonNode rest = list(limit, first.at("/pagination/next_page_cursor").asText());
            assertThat(rest.get("spaces").size(), equalTo(5));
            assertThat(rest.at("/spaces/0/space_key").asText(), equalTo("sk-" + (Cursors.MAX_PAGE_SIZE + 1)));
            assertThat(rest.at("/pagination/has_next_page").asBoolean(), equalTo(false));
        }
    }

    @Test
    void limits_up_to_the_maximum_are_served_as_asked() throws IOException {
        assertThat(list(Cursors.MAX_PAGE_SIZE, null).get("spaces").size(), equalTo(Cursors.MAX_PAGE_SIZE));
        assertThat(list(7, null).get("spaces").size(), equalTo(7));
        assertThat(list(null, null).get("spaces").size(), equalTo(500));
        assertThat(list(0, null).get("spaces").size(), equalTo(0));
    }

    @Test
    void a_negative_or_fractional_limit_is_still_invalid_input() {
        sim.ws2().queryParam("limit", -1).get("/spaces/list").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"));
        sim.ws2().queryParam("limit", 1.5).get("/spaces/list").then().statusCode(400)
                .body("error.type", equalTo("invalid_input"));
    }
}
