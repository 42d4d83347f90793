package dev.seamsim.http;

import dev.seamsim.testing.Sim;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** CORS: every answer allows any origin; a preflight also says which headers and methods a call may use. */
class ResponseHeadersTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    @Test
    void a_preflight_lists_the_allowed_headers_and_methods() {
        Response preflight = sim.anonymous().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, seam-workspace")
                .options("/connect_webviews/create");
        assertThat(preflight.statusCode(), equalTo(204));
        assertThat(preflight.header("Access-Control-Allow-Origin"), equalTo("*"));
        assertThat(preflight.header("Access-Control-Allow-Headers"), containsString("authorization, content-type, seam-workspace"));
        assertThat(preflight.header("Access-Control-Allow-Methods"), equalTo("GET, POST, PUT, PATCH, DELETE, OPTIONS"));
    }

    @Test
    void answers_and_errors_allow_any_origin_and_carry_a_request_id() {
        for (Response answer : new Response[] {sim.ws1().get("/workspaces/get"), sim.anonymous().get("/workspaces/get")}) {
            assertThat(answer.header("Access-Control-Allow-Origin"), equalTo("*"));
            assertThat(answer.header("seam-request-id"), matchesPattern("[0-9a-f-]{36}"));
            assertThat(answer.header("Access-Control-Allow-Headers"), nullValue());
        }
    }
}
