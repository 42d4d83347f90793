package dev.seamsim.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiResponseValidatorTest {

  private static final String SPACE_ID = "5f1b7c1e-6c0e-4b8a-9d3c-2f4e1a7b9c10";
  private static final String WORKSPACE_ID = "0b8e3f52-3c7e-4d0f-8a61-7d9f2c4e5b31";

  /** A complete, valid space; {@code override} is spliced in as extra/replacing fields. */
  private static String space(String override) {
    String fields = "\"space_id\":\"" + SPACE_ID + "\",\"workspace_id\":\"" + WORKSPACE_ID + "\","
        + "\"name\":\"Lobby\",\"display_name\":\"Lobby\",\"created_at\":\"2025-06-01T12:00:00.000Z\","
        + "\"device_count\":0,\"acs_entrance_count\":0";
    return "{\"ok\":true,\"space\":{" + (override.isEmpty() ? fields : override + "," + fields) + "}}";
  }

  private static String spaceWithout(String field) {
    return space("").replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+),?", "").replace(",}", "}");
  }

  private static String spaceWith(String field, String jsonValue) {
    return space("").replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+)", "\"" + field + "\":" + jsonValue);
  }

  private static List<String> problems(String method, String path, String body) {
    return OpenApiResponseValidator.validate(method, path, 200, body);
  }

  private static void assertProblem(List<String> problems, String... fragments) {
    assertTrue(!problems.isEmpty(), "expected a problem mentioning " + List.of(fragments));
    String all = String.join("\n", problems);
    for (String f : fragments) {
      assertTrue(all.contains(f), "expected '" + f + "' in:\n" + all);
    }
  }

  @Test
  void validSpacePasses() {
    assertEquals(List.of(), problems("POST", "/spaces/get", space("")));
    assertEquals(List.of(), problems("GET", "/spaces/get", space("")));
    assertEquals(List.of(), problems("post", "/spaces/get",
        spaceWith("created_at", "\"2025-06-01T12:00:00Z\"")));
  }

  @Test
  void nullableAndOptionalFieldsPass() {
    assertEquals(List.of(), problems("POST", "/spaces/get",
        space("\"geolocation\":null,\"space_key\":\"lobby\",\"customer_data\":{\"address\":null}")));
  }

  @Test
  void missingRequiredFieldIsReported() {
    assertProblem(problems("POST", "/spaces/get", spaceWithout("space_id")), "/space", "space_id");
  }

  @Test
  void nonUuidIsReported() {
    assertProblem(problems("POST", "/spaces/get", spaceWith("workspace_id", "\"not-a-uuid\"")),
        "/space/workspace_id", "uuid");
  }

  @Test
  void nonDateTimeIsReported() {
    assertProblem(problems("POST", "/spaces/get", spaceWith("created_at", "\"yesterday\"")),
        "/space/created_at", "date-time");
    assertProblem(problems("POST", "/spaces/get", spaceWith("created_at", "\"2025-06-01\"")),
        "/space/created_at");
  }

  @Test
  void nullInNonNullableStringIsReported() {
    assertProblem(problems("POST", "/spaces/get", spaceWith("name", "null")), "/space/name");
  }

  @Test
  void wrongTypeIsReported() {
    assertProblem(problems("POST", "/spaces/get", spaceWith("device_count", "\"3\"")),
        "/space/device_count");
    assertProblem(problems("POST", "/spaces/get", space("").replace("\"ok\":true", "\"ok\":\"yes\"")),
        "/ok");
  }

  @Test
  void missingEnvelopeKeyIsReported() {
    assertProblem(problems("POST", "/spaces/get", "{\"ok\":true}"), "space");
  }

  @Test
  void badEmailIsReported() {
    String body = "{\"ok\":true,\"user_identity\":{\"user_identity_id\":\"" + SPACE_ID + "\","
        + "\"user_identity_key\":null,\"email_address\":%s,\"phone_number\":null,"
        + "\"display_name\":\"Jane\",\"full_name\":null,\"created_at\":\"2025-06-01T12:00:00Z\","
        + "\"workspace_id\":\"" + WORKSPACE_ID + "\",\"errors\":[],\"warnings\":[],\"acs_user_ids\":[]}}";
    assertEquals(List.of(), problems("POST", "/user_identities/get",
        String.format(body, "\"jane@example.com\"")));
    assertEquals(List.of(), problems("POST", "/user_identities/get", String.format(body, "null")));
    assertProblem(problems("POST", "/user_identities/get", String.format(body, "\"jane\"")),
        "/user_identity/email_address", "email");
  }

  @Test
  void badUriIsReported() {
    String body = "{\"ok\":true,\"deep_link\":{\"url\":%s,\"expires_at\":\"2025-06-01T12:00:00Z\","
        + "\"customer_portal_id\":\"" + SPACE_ID + "\"}}";
    String path = "/customers/reservations/create_deep_link";
    assertEquals(List.of(), problems("POST", path, String.format(body, "\"https://example.com/p?x=1\"")));
    assertProblem(problems("POST", path, String.format(body, "\"not a uri\"")), "/deep_link/url", "URI");
  }

  @Test
  void discriminatedOneOfItemsAreChecked() {
    // errors[] is a oneOf with discriminator error_code (no mapping, inline variants).
    String body = "{\"ok\":true,\"user_identity\":{\"user_identity_id\":\"" + SPACE_ID + "\","
        + "\"user_identity_key\":null,\"email_address\":null,\"phone_number\":null,"
        + "\"display_name\":\"Jane\",\"full_name\":null,\"created_at\":\"2025-06-01T12:00:00Z\","
        + "\"workspace_id\":\"" + WORKSPACE_ID + "\",\"errors\":[{\"error_code\":%s,"
        + "\"message\":\"m\",\"created_at\":\"2025-06-01T12:00:00Z\",\"acs_user_id\":\"" + SPACE_ID
        + "\",\"acs_system_id\":\"" + SPACE_ID + "\"}],\"warnings\":[],\"acs_user_ids\":[]}}";
    assertEquals(List.of(), problems("POST", "/user_identities/get",
        String.format(body, "\"issue_with_acs_user\"")));
    assertProblem(problems("POST", "/user_identities/get", String.format(body, "\"on_fire\"")),
        "/user_identity/errors/0", "on_fire");
  }

  @Test
  void oneOfAndEnumAreChecked() {
    String attempt = "{\"ok\":true,\"action_attempt\":{\"action_attempt_id\":\"" + SPACE_ID + "\","
        + "\"action_type\":\"UNLOCK_DOOR\",\"status\":%s,\"result\":null,\"error\":null}}";
    assertEquals(List.of(), problems("POST", "/locks/unlock_door", String.format(attempt, "\"pending\"")));
    // Names the closest variant (UNLOCK_DOOR pending) rather than all 63.
    assertProblem(problems("POST", "/locks/unlock_door", String.format(attempt, "\"finished\"")),
        "/action_attempt", "closest alternative", "\"finished\"", "[\"pending\"]");
  }

  @Test
  void unknownRouteOrMethodFails() {
    assertProblem(problems("POST", "/spaces/teleport", space("")), "/spaces/teleport", "not in");
    assertProblem(problems("PATCH", "/spaces/get", space("")), "PATCH", "not in");
  }

  @Test
  void undeclaredFieldsAreTolerated() {
    // Deliberate: see VALIDATOR-NOTES.md (additionalProperties injection breaks allOf).
    assertEquals(List.of(), problems("POST", "/spaces/get", space("\"not_in_spec\":1")));
  }

  @Test
  void bodyIsToleratedWhereSpecDeclaresNone() {
    assertEquals(List.of(), problems("POST", "/workspaces/update", "{\"ok\":true}"));
  }

  @Test
  void simulatorRoutesAndNon200AreSkipped() {
    assertEquals(List.of(), problems("POST", "/_fake/reset", "{\"whatever\":1}"));
    assertEquals(List.of(), problems("GET", "/health", "ok"));
    assertEquals(List.of(), OpenApiResponseValidator.validate("POST", "/spaces/get", 404,
        "{\"error\":{\"type\":\"space_not_found\"}}"));
  }

  @Test
  void invalidJsonIsReported() {
    assertTrue(!problems("POST", "/spaces/get", "{\"ok\":true,").isEmpty());
    assertTrue(!problems("POST", "/spaces/get", "").isEmpty());
  }

  @Test
  void filterChecksResponsesThroughRestAssured() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/spaces/get", ex -> reply(ex, space("")));
    server.createContext("/spaces/list", ex -> reply(ex, "{\"ok\":true,\"spaces\":[{\"space_id\":1}]}"));
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      given().filter(OpenApiResponseValidator.INSTANCE).body("{\"space_id\":\"" + SPACE_ID + "\"}")
          .contentType("application/json").post(base + "/spaces/get").then().statusCode(200);
      AssertionError e = assertThrows(AssertionError.class, () -> given()
          .filter(OpenApiResponseValidator.INSTANCE).post(base + "/spaces/list"));
      assertTrue(e.getMessage().contains("POST /spaces/list"), e.getMessage());
      assertTrue(e.getMessage().contains("/spaces/0/space_id"), e.getMessage());
    } finally {
      server.stop(0);
    }
  }

  private static void reply(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
