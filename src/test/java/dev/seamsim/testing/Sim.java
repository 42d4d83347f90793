package dev.seamsim.testing;

import dev.seamsim.SeamSimulator;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;

/**
 * A simulator on a free port for one test class, with REST Assured specs per credential. Every call made through
 * them is checked against the official OpenAPI document and the Seam envelope rules.
 * Use as {@code @RegisterExtension static final Sim sim = new Sim();}.
 */
public final class Sim implements BeforeAllCallback, AfterAllCallback {
    public static final String WS1 = "5d4b2a11-5e5a-4f7b-9b1c-000000000001";
    public static final String WS2 = "5d4b2a11-5e5a-4f7b-9b1c-000000000002";
    public static final String KEY1 = "seam_apikey1_token";
    public static final String KEY2 = "seam_apikey2_token";
    public static final String PAT = "seam_at1_longtoken";
    /** The seeded Salto account of workspace 1 and its systems, with the ids of the resource-mapping guide. */
    public static final String SEEDED_ACCOUNT = "11111111-1111-1111-1111-111111111111";
    public static final String SALTO_KS_SITE = "22222222-2222-2222-2222-222222222222";
    public static final String SALTO_SPACE_SITE = "33333333-3333-3333-3333-333333333333";

    private final Consumer<SeamSimulator.Builder> settings;
    private SeamSimulator simulator;

    public Sim() {
        this(Clock.systemUTC());
    }

    /** A simulator whose clock is {@code clock}, e.g. fixed at the date of a documented example. */
    public Sim(Clock clock) {
        this(builder -> builder.clock(clock));
    }

    /** A simulator with more settings, e.g. {@code new Sim(b -> b.journal(50, Duration.ofMinutes(5)))}. */
    public Sim(Consumer<SeamSimulator.Builder> settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SeamSimulator.Builder builder = SeamSimulator.builder().port(0);
        settings.accept(builder);
        simulator = builder.start();
    }

    /** The running simulator, for its in-process API. */
    public SeamSimulator simulator() {
        return simulator;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    public String baseUrl() {
        return simulator.baseUrl();
    }

    /** Requests with no credentials. */
    public RequestSpecification anonymous() {
        return given().spec(new RequestSpecBuilder().setBaseUri(baseUrl()).setContentType(ContentType.JSON)
                .addFilter(SeamEnvelopeCheck.INSTANCE).addFilter(OpenApiResponseValidator.INSTANCE).build());
    }

    public RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** Like {@link #as} but a 5xx is allowed (it must still be a Seam error envelope): for injected faults. */
    public RequestSpecification allowing5xx(String token) {
        return given().spec(new RequestSpecBuilder().setBaseUri(baseUrl()).setContentType(ContentType.JSON)
                .addFilter(SeamEnvelopeCheck.ALLOWING_5XX).addFilter(OpenApiResponseValidator.INSTANCE).build())
                .header("Authorization", "Bearer " + token);
    }

    /** Workspace 1, which holds the seeded Salto account. */
    public RequestSpecification ws1() {
        return as(KEY1);
    }

    /** Workspace 2, empty at start. */
    public RequestSpecification ws2() {
        return as(KEY2);
    }

    /** Creates a Connect Webview with {@code body} through {@code as}; returns its id. */
    public String createWebview(RequestSpecification as, Map<String, ?> body) {
        return as.body(body).post("/connect_webviews/create").then().statusCode(200)
                .extract().path("connect_webview.connect_webview_id");
    }

    /** Completes the webview as its user would; returns the new connected account's id. */
    public String completeWebview(String webviewId) {
        return anonymous().body(Map.of("connect_webview_id", webviewId)).post("/_fake/complete_connect_webview")
                .then().statusCode(200).extract().path("connected_account.connected_account_id");
    }

    /** Creates a Connect Webview with {@code webview} through {@code as} and completes it; returns the account's id. */
    public String connectAccount(RequestSpecification as, Map<String, ?> webview) {
        return completeWebview(createWebview(as, webview));
    }

    /** A name no other test uses, for keys that must be unique within a workspace. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
