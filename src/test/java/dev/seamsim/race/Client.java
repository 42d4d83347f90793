package dev.seamsim.race;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A light JSON-over-HTTP client for the race: the JDK's HttpClient, so that 16 racers on a small, busy machine
 * spend their CPU on the simulator rather than on the test's own HTTP stack. Any 5xx fails the call.
 */
final class Client {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A response: its status and parsed body. */
    record Answer(int status, JsonNode body) {
        String text(String pointer) {
            JsonNode node = body.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }

        List<String> texts(String pointer) {
            List<String> out = new ArrayList<>();
            body.at(pointer).forEach(n -> out.add(n.asText()));
            return out;
        }

        /** The {@code field} of each object in the array at {@code pointer}. */
        List<String> fieldOfEach(String pointer, String field) {
            List<String> out = new ArrayList<>();
            body.at(pointer).forEach(n -> out.add(n.path(field).asText(null)));
            return out;
        }

        /** The error type of a failed call, null on success. */
        String errorType() {
            return status == 200 ? null : text("/error/type");
        }
    }

    private final String baseUrl;
    private final String apiKey;

    Client(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** POSTs {@code body} as JSON to {@code path} (every Seam route takes POST). */
    Answer post(String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (apiKey != null) request.header("Authorization", "Bearer " + apiKey);
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(), JSON.readTree(response.body()));
            if (answer.status() >= 500) throw new AssertionError("server error for " + path + " " + body + ": " + answer.body());
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
