package dev.seamsim.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * REST Assured filter that checks every 200 response body against the response schema of the
 * matching operation in Seam's OpenAPI document (test resource {@value #SPEC_RESOURCE}, made by
 * scripts/extract-openapi.mjs). Routes under /_fake/ and /health are simulator-only and skipped;
 * any other route missing from the spec is reported as a problem.
 *
 * <pre>given().filter(OpenApiResponseValidator.INSTANCE)...</pre>
 */
public final class OpenApiResponseValidator implements Filter {

  public static final String SPEC_RESOURCE = "/openapi/seam-openapi.extract.json";
  public static final OpenApiResponseValidator INSTANCE = new OpenApiResponseValidator();

  private static final String JSON = "application/json";

  /** Spec parsed once per JVM, on first use. */
  private static final class Spec {
    static final OpenApiInteractionValidator VALIDATOR;
    static final JsonNode PATHS;

    static {
      String json = readResource(SPEC_RESOURCE);
      LevelResolver levels = LevelResolver.create()
          // Only validateResponse is ever called; request checks are ignored too, to be safe.
          .withLevel("validation.request", ValidationReport.Level.IGNORE)
          // Not IGNOREd, the library injects additionalProperties:false into every object
          // schema, which breaks allOf (device.properties); extra fields are allowed, as in
          // JSON Schema.
          .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
          // Seam puts discriminator.propertyName (no mapping) on inline oneOf variants; the
          // library then looks for a components schema named after the value. oneOf and the
          // variants' enums still pin the variant.
          .withLevel("validation.response.body.schema.discriminator", ValidationReport.Level.IGNORE)
          // /workspaces/update declares a 200 without content; the API still answers {"ok":true}.
          .withLevel("validation.response.body.unexpected", ValidationReport.Level.IGNORE)
          .build();
      VALIDATOR = OpenApiInteractionValidator.createForInlineApiSpecification(json)
          .withLevelResolver(levels)
          .withStrictOperationPathMatching()
          .build();
      try {
        PATHS = new ObjectMapper().readTree(json).required("paths");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public Response filter(FilterableRequestSpecification requestSpec,
      FilterableResponseSpecification responseSpec, FilterContext ctx) {
    Response response = ctx.next(requestSpec, responseSpec);
    String path = URI.create(requestSpec.getURI()).getRawPath();
    String method = requestSpec.getMethod();
    List<String> problems = validate(method, path, response.getStatusCode(),
        response.getContentType(), response.getBody().asString());
    if (!problems.isEmpty()) {
      throw new AssertionError(describe(method, path, problems));
    }
    return response;
  }

  /** Problems with a JSON response body; empty when it conforms (or is not checked). */
  public static List<String> validate(String method, String path, int status, String body) {
    return validate(method, path, status, JSON, body);
  }

  /** Like {@link #validate(String, String, int, String)}, but also checks the content type. */
  public static List<String> validate(String method, String path, int status,
      String contentType, String body) {
    if (isSimulatorOnly(path) || status != 200) {
      return List.of();
    }
    Request.Method m = parseMethod(method);
    if (m == null) {
      return List.of("unsupported HTTP method '" + method + "'");
    }
    JsonNode item = Spec.PATHS.get(path);
    if (item == null) {
      return List.of("route " + path + " is not in the Seam OpenAPI spec");
    }
    if (!item.has(m.name().toLowerCase(Locale.ROOT))) {
      List<String> allowed = new ArrayList<>();
      item.fieldNames().forEachRemaining(f -> allowed.add(f.toUpperCase(Locale.ROOT)));
      return List.of("method " + m + " is not in the Seam OpenAPI spec for " + path
          + " (spec has " + allowed + ")");
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    if (contentType != null && !contentType.isBlank()) {
      response.withContentType(contentType);
    }
    if (body != null && !body.isEmpty()) {
      response.withBody(body, StandardCharsets.UTF_8);
    }
    ValidationReport report = Spec.VALIDATOR.validateResponse(path, m, response.build());
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message msg : report.getMessages()) {
      if (msg.getLevel() == ValidationReport.Level.ERROR) {
        problems.add(format(msg));
      }
    }
    return problems;
  }

  /** Asserts the body conforms, with a readable message listing every problem. */
  public static void assertValid(String method, String path, int status, String body) {
    List<String> problems = validate(method, path, status, body);
    if (!problems.isEmpty()) {
      throw new AssertionError(describe(method, path, problems));
    }
  }

  static boolean isSimulatorOnly(String path) {
    return path.startsWith("/_fake/") || path.startsWith("/health");
  }

  private static Request.Method parseMethod(String method) {
    try {
      return Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private static final int MAX_DETAILS = 12;

  /** One problem: the library's message plus the few nested reasons worth reading. */
  private static String format(ValidationReport.Message msg) {
    List<String> details = msg.getKey().endsWith(".oneOf") || msg.getKey().endsWith(".anyOf")
        ? closestAlternatives(msg.getAdditionalInfo())
        : leafReasons(msg);
    StringBuilder sb = new StringBuilder(msg.getMessage()).append(" [").append(msg.getKey()).append(']');
    for (int i = 0; i < details.size() && i < MAX_DETAILS; i++) {
      sb.append("\n      ").append(details.get(i).replace("\n", " "));
    }
    if (details.size() > MAX_DETAILS) {
      sb.append("\n      ... ").append(details.size() - MAX_DETAILS).append(" more");
    }
    return sb.toString();
  }

  /** For allOf and the like: the innermost messages, which carry the instance path. */
  private static List<String> leafReasons(ValidationReport.Message msg) {
    Set<String> out = new LinkedHashSet<>();
    collectLeaves(msg.getNestedMessages(), out);
    if (out.isEmpty()) {
      out.addAll(msg.getAdditionalInfo());
    }
    return new ArrayList<>(out);
  }

  private static void collectLeaves(List<ValidationReport.Message> msgs, Set<String> out) {
    for (ValidationReport.Message m : msgs) {
      if (m.getNestedMessages().isEmpty()) {
        out.add(m.getMessage());
      } else {
        collectLeaves(m.getNestedMessages(), out);
      }
    }
  }

  /**
   * For oneOf/anyOf: reasons are "schemaPath/oneOf/N: reason"; show only the alternatives
   * that failed on the fewest points (the ones the body was most likely meant to be).
   */
  private static List<String> closestAlternatives(List<String> info) {
    Map<String, List<String>> byAlternative = new LinkedHashMap<>();
    for (String line : info) {
      int colon = line.indexOf(": ");
      String alt = colon < 0 ? "" : line.substring(0, colon);
      byAlternative.computeIfAbsent(alt, k -> new ArrayList<>())
          .add(colon < 0 ? line : line.substring(colon + 2));
    }
    int fewest = byAlternative.values().stream().mapToInt(List::size).min().orElse(0);
    List<String> out = new ArrayList<>();
    byAlternative.entrySet().stream().filter(e -> e.getValue().size() == fewest).limit(3)
        .forEach(e -> {
          out.add("closest alternative " + e.getKey() + ":");
          e.getValue().forEach(r -> out.add("  " + r));
        });
    if (byAlternative.size() > 1) {
      out.add("(" + byAlternative.size() + " alternatives failed in all)");
    }
    return out;
  }

  private static String describe(String method, String path, List<String> problems) {
    return "Response of " + method.toUpperCase(Locale.ROOT) + " " + path
        + " does not match the Seam OpenAPI spec (" + problems.size() + " problem(s)):\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }

  private static String readResource(String name) {
    try (InputStream in = OpenApiResponseValidator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + name
            + " missing: run `node scripts/extract-openapi.mjs`");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
