package dev.seamsim.control.journal;

import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The journal's count bound over HTTP under a long run, and the journal behind --admin-token. */
class JournalBoundsTest {
    private static final String ADMIN = "Bearer admin-secret";

    @RegisterExtension
    static final Sim sim = new Sim(b -> b.journal(50, Duration.ofMinutes(30)).adminToken("admin-secret"));

    @Test
    void a_long_run_keeps_only_the_newest_fifty_requests() {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String path = i % 2 == 0 ? "/workspaces/get" : "/spaces/list";
            sent.add(RestAssured.given().baseUri(sim.baseUrl()).header("Authorization", "Bearer " + Sim.KEY1)
                    .queryParam("n", i).get(path).then().statusCode(200).extract().header("seam-request-id"));
        }
        JsonPath kept = sim.anonymous().header("Authorization", ADMIN).queryParam("limit", 1000)
                .get("/_fake/requests").then().statusCode(200).extract().jsonPath();
        assertThat(kept.getList("requests"), hasSize(50));
        List<String> newestFirst = new ArrayList<>(sent.subList(450, 500));
        java.util.Collections.reverse(newestFirst);
        assertThat(kept.getList("requests.seam_request_id"), equalTo(newestFirst));
        assertThat(kept.getString("requests[0].query.n"), equalTo("499"));
        assertThat(sim.simulator().requests(JournalQuery.all().limit(1000)), hasSize(50));
    }

    @Test
    void behind_an_admin_token_the_journal_needs_it_and_records_refused_admin_calls() {
        sim.anonymous().get("/_fake/requests").then().statusCode(401).body("error.type", equalTo("unauthorized"));
        sim.anonymous().header("Authorization", ADMIN).delete("/_fake/requests").then().statusCode(200);
        sim.anonymous().get("/_fake/clock").then().statusCode(401);
        JsonPath kept = sim.anonymous().header("Authorization", ADMIN).get("/_fake/requests")
                .then().statusCode(200).extract().jsonPath();
        assertThat(kept.getList("requests.path"), equalTo(List.of("/_fake/clock")));
        assertThat(kept.getInt("requests[0].status"), equalTo(401));
        assertThat(kept.getDouble("requests[0].duration_ms") >= 0, equalTo(true));
    }
}
