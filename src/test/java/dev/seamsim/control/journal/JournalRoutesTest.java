package dev.seamsim.control.journal;

import dev.seamsim.testing.Sim;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** GET and DELETE /_fake/requests: what a request leaves in the journal, the filters, and what is left out. */
class JournalRoutesTest {
    @RegisterExtension
    static final Sim sim = new Sim();

    private static JsonPath journal(Map<String, ?> filters) {
        return sim.anonymous().queryParams(filters).get("/_fake/requests").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_json_post_is_recorded_with_body_status_response_duration_request_id_and_workspace() {
        String name = Sim.unique("journal-space");
        Response created = sim.ws1().body(Map.of("name", name)).post("/spaces/create");
        created.then().statusCode(200);
        JsonPath entry = new JsonPath(journal(Map.of("path", "/spaces/create", "workspace_id", Sim.WS1))
                .prettify()).setRootPath("requests[0]");
        assertThat(entry.getString("method"), equalTo("POST"));
        assertThat(entry.getString("path"), equalTo("/spaces/create"));
        assertThat(entry.getString("request_body.name"), equalTo(name));
        assertThat(entry.getBoolean("request_body_truncated"), equalTo(false));
        assertThat(entry.getInt("status"), equalTo(200));
        assertThat(entry.getString("response_body.space.name"), equalTo(name));
        assertThat(entry.getString("response_body.space.space_id"), equalTo(created.path("space.space_id")));
        assertThat(entry.getDouble("duration_ms"), greaterThanOrEqualTo(0.0));
        assertThat(entry.getString("seam_request_id"), equalTo(created.header("seam-request-id")));
        assertThat(entry.getString("workspace_id"), equalTo(Sim.WS1));
        assertThat(entry.getString("timestamp"), notNullValue());
        assertThat(entry.getLong("id"), greaterThan(0L));
    }

    @Test
    void a_get_is_recorded_with_its_query_as_a_map_and_no_body() {
        String requestId = sim.ws2().queryParam("limit", 7).queryParam("space_ids", "a", "b").get("/spaces/list")
                .then().extract().header("seam-request-id");
        JsonPath page = journal(Map.of("path", "/spaces/list", "method", "GET"));
        assertThat(page.getString("requests[0].seam_request_id"), equalTo(requestId));
        assertThat(page.getString("requests[0].query.limit"), equalTo("7"));
        assertThat(page.getList("requests[0].query.space_ids"), equalTo(List.of("a", "b")));
        assertThat(page.get("requests[0].request_body"), nullValue());
        assertThat(page.getString("requests[0].workspace_id"), equalTo(Sim.WS2));
    }

    /** A GET normally has no body and the simulator then skips reading one; a GET that has one is still read. */
    @Test
    void a_get_with_a_body_is_read_and_recorded_whether_sized_or_chunked() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        byte[] body = "[1]".getBytes(StandardCharsets.UTF_8);
        for (HttpRequest.BodyPublisher publisher : List.of(HttpRequest.BodyPublishers.ofByteArray(body),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))) { // no length: chunked
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/workspaces/get"))
                    .header("Authorization", "Bearer " + Sim.KEY1).method("GET", publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body(), answer.statusCode(), equalTo(400));
            JsonPath entry = journal(Map.of("path", "/workspaces/get", "limit", 1));
            assertThat(entry.getString("requests[0].seam_request_id"),
                    equalTo(answer.headers().firstValue("seam-request-id").orElseThrow()));
            assertThat(entry.getList("requests[0].request_body"), equalTo(List.of(1)));
            assertThat(entry.getString("requests[0].response_body.error.type"), equalTo("invalid_input"));
        }
    }

    @Test
    void error_answers_are_recorded_too_with_their_error_envelope() {
        String missing = sim.ws1().body(Map.of()).post("/spaces/create").then().statusCode(400)
                .extract().header("seam-request-id");
        String noRoute = sim.ws1().body(Map.of()).post("/spaces/nothing_here").then().statusCode(404)
                .extract().header("seam-request-id");
        String noKey = sim.anonymous().get("/spaces/list").then().statusCode(401).extract().header("seam-request-id");
        List<Map<String, Object>> entries = journal(Map.of("limit", 3)).getList("requests");
        assertThat(entries.get(0).get("seam_request_id"), equalTo(noKey));
        assertThat(entries.get(0).get("status"), equalTo(401));
        assertThat(entries.get(0).get("workspace_id"), nullValue());
        assertThat(entries.get(1).get("seam_request_id"), equalTo(noRoute));
        assertThat(((Map<?, ?>) ((Map<?, ?>) entries.get(1).get("response_body")).get("error")).get("type"),
                equalTo("route_not_found"));
        assertThat(entries.get(2).get("seam_request_id"), equalTo(missing));
        assertThat(entries.get(2).get("status"), equalTo(400));
        assertThat(((Map<?, ?>) ((Map<?, ?>) entries.get(2).get("response_body")).get("error")).get("type"),
                equalTo("invalid_input"));
    }

    @Test
    void filters_by_workspace_status_method_and_path_prefix_and_answers_newest_first() {
        sim.ws1().get("/acs/systems/list").then().statusCode(200);
        sim.ws2().body(Map.of()).post("/acs/systems/list").then().statusCode(200);
        sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/systems/get").then().statusCode(200);
        sim.ws1().queryParam("acs_system_id", "8d1f2f10-0000-4000-8000-000000000000").get("/acs/systems/get")
                .then().statusCode(404);

        JsonPath ws1Acs = journal(Map.of("path", "/acs/*", "workspace_id", Sim.WS1, "limit", 3));
        assertThat(ws1Acs.getList("requests.path"), equalTo(List.of("/acs/systems/get", "/acs/systems/get", "/acs/systems/list")));
        assertThat(ws1Acs.getList("requests.workspace_id"), everyItem(equalTo(Sim.WS1)));
        List<Long> ids = ws1Acs.getList("requests.id", Long.class);
        assertThat(ids.get(0) > ids.get(1) && ids.get(1) > ids.get(2), equalTo(true));

        assertThat(journal(Map.of("path", "/acs/*", "status", 404)).getList("requests.path"), hasItem("/acs/systems/get"));
        assertThat(journal(Map.of("path", "/acs/*", "status", 404)).getList("requests.status"), everyItem(equalTo(404)));
        assertThat(journal(Map.of("path", "/acs/systems/list", "method", "post")).getList("requests.workspace_id"),
                hasItem(Sim.WS2));
        assertThat(journal(Map.of("path", "/acs/systems/list", "method", "POST")).getList("requests.method"),
                everyItem(equalTo("POST")));
        assertThat(journal(Map.of("path", "/acs/systems")).getList("requests"), empty());
        assertThat(journal(Map.of("limit", 2)).getList("requests"), hasSize(2));
    }

    @Test
    void the_journal_routes_and_health_are_not_recorded_but_other_fake_routes_are() {
        sim.anonymous().delete("/_fake/requests").then().statusCode(200);
        sim.anonymous().get("/health").then().statusCode(200);
        sim.anonymous().get("/_fake/requests").then().statusCode(200);
        sim.anonymous().options("/spaces/list").then().statusCode(204);
        sim.anonymous().get("/_fake/clock").then().statusCode(200);
        assertThat(journal(Map.of()).getList("requests.path"), equalTo(List.of("/_fake/clock")));
    }

    @Test
    void delete_clears_the_journal_with_or_without_a_body() {
        sim.ws1().get("/workspaces/get").then().statusCode(200);
        sim.anonymous().delete("/_fake/requests").then().statusCode(200).body("ok", equalTo(true));
        assertThat(journal(Map.of()).getList("requests"), empty());
        sim.ws1().get("/workspaces/get").then().statusCode(200);
        sim.anonymous().post("/_fake/requests").then().statusCode(405);
        sim.anonymous().queryParam("x", "1").delete("/_fake/requests").then().statusCode(200);
        assertThat(journal(Map.of()).getList("requests"), empty());
    }

    @Test
    void a_reset_clears_the_journal_except_for_the_reset_call_itself() {
        sim.ws1().get("/workspaces/get").then().statusCode(200);
        sim.anonymous().body(Map.of()).post("/_fake/reset").then().statusCode(200);
        assertThat(journal(Map.of()).getList("requests.path"), equalTo(List.of("/_fake/reset")));
    }

    @Test
    void a_personal_access_token_call_is_recorded_under_the_workspace_it_selected() {
        String requestId = sim.as(Sim.PAT).header("seam-workspace", Sim.WS2).get("/workspaces/get")
                .then().statusCode(200).extract().header("seam-request-id");
        sim.ws2().get("/workspaces/list").then().statusCode(200);
        JsonPath ws2 = journal(Map.of("workspace_id", Sim.WS2, "path", "/workspaces/*", "limit", 2));
        assertThat(ws2.getList("requests.path"), equalTo(List.of("/workspaces/list", "/workspaces/get")));
        assertThat(ws2.getString("requests[1].seam_request_id"), equalTo(requestId));
    }

    @Test
    void a_large_body_is_kept_as_truncated_text() {
        String longName = "x".repeat(RequestJournal.MAX_BODY_CHARS + 100);
        sim.ws2().body(Map.of("name", longName)).post("/spaces/create").then().statusCode(200);
        JsonPath entry = journal(Map.of("path", "/spaces/create", "workspace_id", Sim.WS2, "limit", 1));
        assertThat(entry.getBoolean("requests[0].request_body_truncated"), equalTo(true));
        assertThat(entry.getString("requests[0].request_body"), startsWith("{\"name\":\"xxx"));
        assertThat(entry.getString("requests[0].request_body").length(), equalTo(RequestJournal.MAX_BODY_CHARS));
        assertThat(entry.getBoolean("requests[0].response_body_truncated"), equalTo(true));
    }

    @Test
    void bad_filters_are_invalid_input() {
        sim.anonymous().queryParam("limit", 0).get("/_fake/requests").then().statusCode(400)
                .body("error.type", equalTo("invalid_input")).body("error.validation_errors.limit", notNullValue());
        sim.anonymous().queryParam("status", "teapot").get("/_fake/requests").then().statusCode(400)
                .body("error.validation_errors.status", notNullValue());
        sim.anonymous().queryParam("method", "FETCH").get("/_fake/requests").then().statusCode(400)
                .body("error.validation_errors.method", notNullValue());
    }

    @Test
    void in_process_requests_read_the_same_journal_and_clear_it() {
        var simulator = sim.simulator();
        String requestId = sim.ws1().get("/workspaces/get").then().statusCode(200).extract().header("seam-request-id");
        List<RecordedRequest> found = simulator.requests(JournalQuery.all().path("/workspaces/get").workspace(Sim.WS1));
        assertThat(found.get(0).seamRequestId(), equalTo(requestId));
        assertThat(found.get(0).responseBody().path("workspace").path("workspace_id").asText(), equalTo(Sim.WS1));
        assertThat(simulator.requests().get(0).seamRequestId(), equalTo(requestId));
        simulator.clearRequests();
        assertThat(simulator.requests(), empty());
        assertThat(journal(Map.of()).getList("requests"), empty());
        sim.ws1().get("/workspaces/get").then().statusCode(200);
        assertThat(simulator.requests(), not(empty()));
    }
}
