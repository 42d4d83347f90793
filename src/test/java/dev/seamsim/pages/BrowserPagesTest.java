package dev.seamsim.pages;

import dev.seamsim.testing.Browser;
import dev.seamsim.testing.Sim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The HTML pages in headless Chromium, as a person uses them; screenshots land in target/screenshots/. */
class BrowserPagesTest {
    @RegisterExtension
    static final Sim sim = new Sim();
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void logging_in_with_the_sandbox_credentials_completes_the_webview_and_lands_on_the_redirect() {
        String key = Sim.unique("browser-customer");
        String redirect = sim.baseUrl() + "/health?connected=" + key;
        Map<String, Object> created = sim.ws1().body(Map.of("customer_key", key, "custom_redirect_url", redirect,
                        "accepted_providers", List.of("salto_ks", "visionline")))
                .post("/connect_webviews/create").then().statusCode(200).extract().path("connect_webview");
        WebDriver page = browser.driver();

        page.get((String) created.get("url"));
        assertThat(page.findElement(By.tagName("h1")).getText(), equalTo("Connect your account"));
        browser.screenshot("connect-webview-providers");
        page.findElement(By.partialLinkText("Salto KS")).click();
        browser.waitForText(By.tagName("h1"), "Log in to Salto KS");
        assertThat(page.findElement(By.tagName("h1")).getText(), equalTo("Log in to Salto KS"));
        page.findElement(By.id("username")).sendKeys("jane@example.com");
        page.findElement(By.id("password")).sendKeys("1234");
        browser.screenshot("connect-webview-login");
        page.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.urlToBe(redirect));
        assertThat(page.getPageSource(), containsString("\"status\":\"ready\""));
        String accountId = sim.ws1().queryParam("connect_webview_id", created.get("connect_webview_id"))
                .get("/connect_webviews/get").then().statusCode(200)
                .body("connect_webview.status", equalTo("authorized"))
                .body("connect_webview.login_successful", equalTo(true))
                .body("connect_webview.selected_provider", equalTo("salto_ks"))
                .extract().path("connect_webview.connected_account_id");
        sim.ws1().queryParam("customer_key", key).get("/connected_accounts/list").then().statusCode(200)
                .body("connected_accounts", hasSize(1))
                .body("connected_accounts[0].connected_account_id", equalTo(accountId))
                .body("connected_accounts[0].customer_key", equalTo(key))
                .body("connected_accounts[0].account_type", equalTo("salto_ks"));

        page.get((String) created.get("url"));
        assertThat(page.findElement(By.tagName("h1")).getText(), equalTo("Account connected"));
        browser.screenshot("connect-webview-authorized");
    }

    @Test
    void three_wrong_passwords_fail_the_webview_and_land_on_the_failure_redirect() {
        String failure = sim.baseUrl() + "/health?failed=" + Sim.unique("browser");
        Map<String, Object> created = sim.ws1().body(Map.of("custom_redirect_failure_url", failure,
                        "accepted_providers", List.of("salto_ks")))
                .post("/connect_webviews/create").then().statusCode(200).extract().path("connect_webview");
        WebDriver page = browser.driver();
        page.get(created.get("url") + "&provider=salto_ks");

        for (int attempt = 1; attempt <= 3; attempt++) {
            page.findElement(By.id("username")).sendKeys("jane@example.com");
            page.findElement(By.id("password")).sendKeys("wrong-" + attempt);
            page.findElement(By.cssSelector("button[type=submit]")).click();
            if (attempt < 3) {
                // Looked up afresh on every try: until the answer page has loaded, the old page's nodes may be gone.
                browser.waitForText(By.cssSelector(".error"), (3 - attempt) + (attempt == 2 ? " attempt left" : " attempts left"));
                if (attempt == 1) browser.screenshot("connect-webview-wrong-password");
            }
        }

        browser.waiting().until(ExpectedConditions.urlToBe(failure));
        sim.ws1().queryParam("connect_webview_id", created.get("connect_webview_id")).get("/connect_webviews/get")
                .then().statusCode(200).body("connect_webview.status", equalTo("failed"))
                .body("connect_webview.login_successful", equalTo(false));
        page.get((String) created.get("url"));
        assertThat(page.findElement(By.tagName("h1")).getText(), equalTo("Connection failed"));
        assertThat(page.findElements(By.tagName("form")), hasSize(0));
        browser.screenshot("connect-webview-failed");
    }

    @Test
    void the_instant_key_page_shows_holder_entrances_and_validity_and_then_expiry() {
        String userId = sim.ws1().body(Map.of("full_name", "Ana <Browser> García", "user_identity_key", Sim.unique("ik")))
                .post("/user_identities/create").then().statusCode(200).extract().path("user_identity.user_identity_id");
        String entrance = sim.ws1().queryParam("acs_system_id", Sim.SALTO_KS_SITE).get("/acs/entrances/list").then()
                .statusCode(200).extract().path("acs_entrances.find { it.display_name == 'Room 101' }.acs_entrance_id");
        String now = sim.anonymous().get("/_fake/clock").then().statusCode(200).extract().path("clock.now");
        String endsAt = Instant.parse(now).plus(1, ChronoUnit.HOURS).toString();
        String url = sim.ws1().body(Map.of("user_identity_id", userId, "acs_entrance_ids", List.of(entrance),
                        "ends_at", endsAt, "requested_access_methods", List.of(Map.of("mode", "mobile_key"))))
                .post("/access_grants/create").then().statusCode(200).extract().path("access_grant.instant_key_url");
        WebDriver page = browser.driver();

        page.get(url);
        String text = page.findElement(By.tagName("main")).getText();
        assertThat(text, containsString("Ana <Browser> García"));
        assertThat(text, containsString("Room 101"));
        assertThat(text, containsString("active"));
        assertThat(text, containsString(endsAt));
        browser.screenshot("instant-key");

        sim.anonymous().body(Map.of("advance_seconds", 7200)).post("/_fake/clock").then().statusCode(200);
        page.navigate().refresh();
        assertThat(page.findElement(By.tagName("main")).getText(), containsString("expired"));
        browser.screenshot("instant-key-expired");
    }

    @Test
    void the_dashboard_shows_a_space_created_through_the_api_and_links_its_entrance() {
        String spaceKey = Sim.unique("dash-space");
        String spaceId = sim.ws1().body(Map.of("name", "Browser Suite", "space_key", spaceKey,
                        "acs_entrance_ids", List.of()))
                .post("/spaces/create").then().statusCode(200).extract().path("space.space_id");
        WebDriver page = browser.driver();

        page.get(sim.baseUrl() + "/_fake/ui");
        assertThat(page.getTitle(), startsWith("Dashboard"));
        String row = page.findElement(By.id(Sim.WS1 + "/" + spaceId)).getText();
        assertThat(row, containsString("Browser Suite"));
        assertThat(row, containsString(spaceKey));
        assertThat(page.findElement(By.id("requests")).getText(), containsString("/spaces/create"));
        browser.screenshot("dashboard");

        page.findElement(By.cssSelector("a[href='#" + Sim.WS1 + "/" + Sim.SALTO_KS_SITE + "']")).click();
        assertThat(page.getCurrentUrl(), containsString("#" + Sim.WS1 + "/" + Sim.SALTO_KS_SITE));
    }
}
