package dev.seamsim.http;

import dev.seamsim.SeamSimulator;
import dev.seamsim.testing.Sim;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Request bodies are capped per route (API routes and the rest at --max-body-bytes, the state import at
 * --max-import-bytes): past the cap, 413 payload_too_large, answered before the rest of the body is even sent,
 * whether the client declares a Content-Length or streams chunks without one. Jetty's own refusals (headers or
 * request line too long) are Seam errors too.
 */
class BodyLimitsTest {
    private static final int API_LIMIT = 16 * 1024;
    private static final int IMPORT_LIMIT = 256 * 1024;

    @RegisterExtension
    static final Sim sim = new Sim(b -> b.maxBodyBytes(API_LIMIT).maxImportBytes(IMPORT_LIMIT));

    /** A raw HTTP/1.1 exchange, so the test decides exactly what is sent and when it stops. */
    private record Answer(int status, String head, String body) {
        JsonPath json() { return new JsonPath(body); }
    }

    /** Sends the head, then {@code bodyBytes} of body (chunked when {@code chunked}), never finishing it; reads the answer. */
    private static Answer sendUnfinished(String method, String path, String headers, long bodyBytes, boolean chunked)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", sim.simulator().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Sim.KEY1 + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = " ".repeat(8 * 1024).getBytes(StandardCharsets.ISO_8859_1);
            try {
                for (long sent = 0; sent < bodyBytes; sent += chunk.length) {
                    if (chunked) out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk);
                    if (chunked) out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException closedByServer) {
                // The server may answer and close while we are still sending: what it answered is what counts.
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        String text = "";
        while ((n = in.read(buffer)) > 0) {
            all.write(buffer, 0, n);
            text = all.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end > 0 && !text.startsWith("HTTP/1.1 100")) {
                int length = contentLength(text.substring(0, end));
                if (length >= 0 && text.length() >= end + 4 + length) break;
            } else if (text.startsWith("HTTP/1.1 100") && end > 0) {
                text = text.substring(end + 4); // an interim "100 Continue": the real answer follows
                all.reset();
                all.write(text.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        int end = text.indexOf("\r\n\r\n");
        return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) return Integer.parseInt(line.substring(15).trim());
        }
        return -1;
    }

    private static void assertTooLarge(Answer answer, int limit) {
        assertThat(answer.head(), answer.status(), equalTo(413));
        assertThat(answer.head(), containsString("seam-request-id"));
        assertThat(answer.json().getString("error.type"), equalTo("payload_too_large"));
        assertThat(answer.json().getString("error.message"), containsString(limit + " bytes"));
        assertThat(answer.json().getInt("error.data.max_body_bytes"), equalTo(limit));
        assertThat(answer.json().getBoolean("ok"), equalTo(false));
    }

    @Test
    void a_declared_length_over_the_cap_is_refused_before_the_body_is_sent() throws IOException {
        // Not a byte of the 10 MB body is sent: the answer cannot have waited for it.
        assertTooLarge(sendUnfinished("POST", "/spaces/create", "Content-Length: 10000000\r\n", 0, false), API_LIMIT);
        assertTooLarge(sendUnfinished("PUT", "/_fake/database", "Content-Length: " + (IMPORT_LIMIT + 1) + "\r\n", 0, false),
                IMPORT_LIMIT);
    }

    @Test
    void a_chunked_body_is_read_only_up_to_the_cap() throws IOException {
        // The body never ends (no last chunk): the server answers as soon as it has read past the cap.
        assertTooLarge(sendUnfinished("POST", "/spaces/create", "Transfer-Encoding: chunked\r\n", API_LIMIT + 64 * 1024, true),
                API_LIMIT);
        assertTooLarge(sendUnfinished("PUT", "/_fake/database", "Transfer-Encoding: chunked\r\n", IMPORT_LIMIT + 64 * 1024, true),
                IMPORT_LIMIT);
        assertTooLarge(sendUnfinished("POST", "/_fake/workspaces", "Transfer-Encoding: chunked\r\n", API_LIMIT + 64 * 1024, true),
                API_LIMIT);
    }

    @Test
    void a_body_at_the_cap_is_taken_and_one_byte_more_is_not() {
        String name = Sim.unique("padded");
        String start = "{\"name\":\"" + name + "\",\"padding\":\"";
        String atCap = start + "x".repeat(API_LIMIT - start.length() - 2) + "\"}";
        assertThat(atCap.length(), equalTo(API_LIMIT));
        sim.ws1().body(atCap).post("/spaces/create").then().statusCode(200).body("space.name", equalTo(name));
        sim.ws1().body(atCap + " ").post("/spaces/create").then().statusCode(413)
                .body("error.type", equalTo("payload_too_large"));
    }

    @Test
    void the_state_import_takes_documents_over_the_api_cap() {
        String document = sim.simulator().exportState(Sim.WS2);
        String padded = document.substring(0, document.length() - 1) + " ".repeat(100 * 1024) + "}";
        sim.anonymous().body(padded).put("/_fake/database").then().statusCode(200)
                .body("imported.workspace_ids[0]", equalTo(Sim.WS2));
    }

    @Test
    void a_refused_body_changes_nothing_and_is_journaled_without_its_body() throws IOException {
        sim.simulator().clearRequests();
        String key = Sim.unique("too-big");
        String body = "{\"name\":\"x\",\"space_key\":\"" + key + "\",\"padding\":\"" + "x".repeat(API_LIMIT) + "\"}";
        sim.ws1().body(body).post("/spaces/create").then().statusCode(413);
        sim.ws1().queryParam("space_key", key).get("/spaces/get").then().statusCode(404);
        JsonPath journal = sim.anonymous().queryParam("path", "/spaces/create").get("/_fake/requests").then()
                .statusCode(200).extract().jsonPath();
        assertThat(journal.getInt("requests[0].status"), equalTo(413));
        assertThat(journal.get("requests[0].request_body"), nullValue());
    }

    @Test
    void oversize_headers_and_request_lines_are_seam_errors_too() {
        String uri = sim.baseUrl() + "/spaces/list?search=" + "x".repeat(20_000);
        RestAssured.given().header("Authorization", "Bearer " + Sim.KEY1).get(uri).then().statusCode(414)
                .contentType(startsWith("application/json")).header("seam-request-id", org.hamcrest.Matchers.notNullValue())
                .body("error.type", equalTo("uri_too_long")).body("ok", equalTo(false));
        RestAssured.given().baseUri(sim.baseUrl()).header("Authorization", "Bearer " + Sim.KEY1)
                .header("X-Padding", "x".repeat(20_000)).get("/spaces/list").then().statusCode(431)
                .contentType(startsWith("application/json"))
                .body("error.type", equalTo("headers_too_large")).body("ok", equalTo(false));
        // Found by RouteFuzzTest: Jetty wrote these errors only for GET and POST; DELETE and PATCH got an empty 431.
        for (String method : List.of("DELETE", "PATCH", "PUT")) {
            RestAssured.given().baseUri(sim.baseUrl()).header("Authorization", "Bearer " + Sim.KEY1)
                    .header("X-Padding", "x".repeat(20_000)).request(method, "/spaces/list").then().statusCode(431)
                    .header("seam-request-id", org.hamcrest.Matchers.notNullValue())
                    .body("error.type", equalTo("headers_too_large")).body("ok", equalTo(false));
        }
    }

    @Test
    void the_page_forms_are_capped_as_well() throws IOException {
        String webview = sim.createWebview(sim.ws1(), Map.of());
        assertTooLarge(sendUnfinished("POST", "/connect_webviews/view?connect_webview_id=" + webview,
                "Content-Length: " + (API_LIMIT + 1) + "\r\n", 0, false), API_LIMIT);
    }

    /**
     * Jetty parses a multipart form from the connection, past the capped stream; without a cap of its own, a
     * chunked one of any size was taken (each part spooled to a temporary file), found while checking this.
     */
    @Test
    void a_multipart_login_form_sent_chunked_is_capped_too_and_one_under_the_cap_is_read() throws IOException {
        String path = loginPath(sim.createWebview(sim.ws1(), Map.of("accepted_providers", List.of("salto_ks"))));
        assertTooLarge(postChunked(path, MULTIPART, multipart("x".repeat(API_LIMIT), "")), API_LIMIT);
        assertTooLarge(postChunked(path, MULTIPART, multipart("wrong", "z".repeat(API_LIMIT))), API_LIMIT);
        assertTooLarge(postChunked(path, "application/x-www-form-urlencoded",
                ("username=jane&password=" + "x".repeat(API_LIMIT)).getBytes(StandardCharsets.ISO_8859_1)), API_LIMIT);
        Answer read = postChunked(path, MULTIPART, multipart("wrong", "z".repeat(API_LIMIT / 2)));
        assertThat(read.head(), read.status(), equalTo(200));
        assertThat(read.body(), containsString("Wrong username or password. 2 attempts left."));
    }

    @Test
    void a_malformed_multipart_form_is_a_seam_shaped_400() throws IOException {
        String path = loginPath(sim.createWebview(sim.ws1(), Map.of("accepted_providers", List.of("salto_ks"))));
        Answer answer = postChunked(path, MULTIPART, ("--" + BOUNDARY + "\r\nbroken").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(answer.body(), answer.status(), equalTo(400));
        assertThat(answer.json().getString("error.type"), equalTo("invalid_input"));
        assertThat(answer.json().getList("error.validation_errors._errors"), equalTo(List.of("Malformed multipart form")));
    }

    /** Jetty's own limit on form fields (200 000 bytes) answered first, with a 500; only the body cap counts now. */
    @Test
    void a_form_field_past_jettys_own_form_limit_is_read_when_the_body_is_under_the_cap() {
        try (SeamSimulator roomy = SeamSimulator.builder().port(0).start()) {
            String webview = RestAssured.given().baseUri(roomy.baseUrl()).header("Authorization", "Bearer " + Sim.KEY1)
                    .contentType("application/json").body(Map.of("accepted_providers", List.of("salto_ks")))
                    .post("/connect_webviews/create").then().statusCode(200)
                    .extract().path("connect_webview.connect_webview_id");
            RestAssured.given().baseUri(roomy.baseUrl()).multiPart("username", "jane")
                    .multiPart("password", "x".repeat(300_000)).post(loginPath(webview)).then().statusCode(200)
                    .body(containsString("Wrong username or password. 2 attempts left."));
        }
    }

    private static final String BOUNDARY = "seamsim-test-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private static String loginPath(String webview) {
        return "/connect_webviews/view?connect_webview_id=" + webview + "&provider=salto_ks";
    }

    /** A login form as a browser sends it multipart; with {@code attachment} non-empty, a file part as well. */
    private static byte[] multipart(String password, String attachment) {
        StringBuilder body = new StringBuilder();
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\njane\r\n");
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n")
                .append(password).append("\r\n");
        if (!attachment.isEmpty()) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; ")
                    .append("filename=\"a.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .append(attachment).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** POSTs {@code body} in chunks of 8 KiB without a Content-Length, as a streaming client does; reads the answer. */
    private static Answer postChunked(String path, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", sim.simulator().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (int from = 0; from < body.length; from += 8192) {
                    int n = Math.min(8192, body.length - from);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, from, n);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedByServer) {
                // answered and closed while we were still sending: what it answered is what counts
            }
            return read(socket.getInputStream());
        }
    }
}
