package dev.seamsim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line: help, flags read, and start-up refused with a clear message on bad fixtures or flags. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void help_lists_every_flag() {
        Output out = new Output();
        int code = Main.run(new String[] {"--help"}, out.stream(), out.stream());
        assertEquals(0, code);
        for (String flag : new String[] {"--port", "--host", "--fixtures", "--public-url", "--clock", "--deterministic",
                "--auto-workspaces", "--auto-workspaces-max", "--auto-workspaces-idle-minutes", "--admin-token",
                "--state-file", "--state-save-seconds",
                "--journal-max", "--journal-max-age-minutes", "--max-body-bytes", "--max-import-bytes", "--max-workspaces",
                "--max-objects-per-workspace"}) {
            assertTrue(out.text().contains(flag), flag + " missing from:\n" + out.text());
        }
    }

    @Test
    void malformed_fixtures_stop_start_up_naming_file_and_field() throws IOException {
        Files.copy(Path.of("fixtures/providers.json"), dir.resolve("providers.json"));
        Files.writeString(dir.resolve("workspaces.json"), "{\"workspaces\": [{\"name\": \"no id\"}]}");
        Output err = new Output();
        assertEquals(2, Main.run(new String[] {"--port", "0", "--fixtures", dir.toString()}, System.out, err.stream()));
        String message = err.text();
        assertTrue(message.contains("workspaces.json at /workspaces/0/workspace_id: is required"), message);
    }

    @Test
    void compat_locale_data_only_on_java_17_to_20_and_only_when_the_user_chose_none() {
        String before = System.getProperty("java.locale.providers");
        try {
            System.setProperty("java.locale.providers", "CLDR");
            Main.preferCompatLocaleData();
            assertEquals("CLDR", System.getProperty("java.locale.providers"));
            System.clearProperty("java.locale.providers");
            Main.preferCompatLocaleData();
            assertEquals(Runtime.version().feature() < 21 ? "COMPAT" : null, System.getProperty("java.locale.providers"));
        } finally {
            if (before == null) System.clearProperty("java.locale.providers");
            else System.setProperty("java.locale.providers", before);
        }
    }

    @Test
    void a_bad_clock_value_is_a_usage_error() {
        Output err = new Output();
        int code = Main.run(new String[] {"--clock", "yesterday"}, System.out, err.stream());
        assertEquals(2, code);
        assertTrue(err.text().contains("--clock"), err.text());
    }

    @Test
    void a_seed_that_is_not_a_number_is_a_usage_error() {
        Output err = new Output();
        int code = Main.run(new String[] {"--deterministic=abc"}, System.out, err.stream());
        assertEquals(2, code);
        assertTrue(err.text().contains("--deterministic") && err.text().contains("abc"), err.text());
    }

    @Test
    void deterministic_takes_an_optional_seed() {
        assertEquals(1L, parsed("--deterministic").seed);
        assertEquals(42L, parsed("--deterministic=42").seed);
        assertEquals(1L, parsed("--deterministic=true").seed);
        assumeTrue(System.getenv("SEAM_SIM_DETERMINISTIC") == null);
        assertNull(parsed().seed);
    }

    @Test
    void auto_workspaces_admin_token_and_their_bounds_are_read() {
        Flags main = parsed("--auto-workspaces", "--auto-workspaces-max", "5", "--auto-workspaces-idle-minutes", "2",
                "--admin-token", "s3cret");
        assertTrue(main.autoWorkspaces);
        assertEquals(5, main.autoWorkspacesMax);
        assertEquals(2, main.autoWorkspacesIdleMinutes);
        assertEquals("s3cret", main.adminToken);
        assertFalse(parsed("--auto-workspaces=false").autoWorkspaces);
        assumeTrue(System.getenv("SEAM_SIM_AUTO_WORKSPACES_MAX") == null && System.getenv("SEAM_SIM_AUTO_WORKSPACES") == null);
        assertFalse(parsed().autoWorkspaces);
        assertEquals(1000, parsed().autoWorkspacesMax);
    }

    @Test
    void auto_workspace_bounds_below_one_are_a_usage_error() {
        for (String[] args : new String[][] {{"--auto-workspaces", "--auto-workspaces-max", "0"},
                {"--auto-workspaces", "--auto-workspaces-idle-minutes", "0"}}) {
            Output err = new Output();
            int code = Main.run(args, System.out, err.stream());
            assertEquals(2, code, String.join(" ", args));
            assertTrue(err.text().contains("at least 1"), err.text());
        }
        assertEquals(2, Main.run(new String[] {"--auto-workspaces-max", "many"}, System.out, new Output().stream()));
        assertThrows(IllegalArgumentException.class, () -> SeamSimulator.builder().autoWorkspaces(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> SeamSimulator.builder().autoWorkspaces(5, Duration.ZERO));
    }

    @Test
    void the_flags_configure_the_simulator() {
        Flags main = parsed("--port", "0", "--host", "127.0.0.1", "--deterministic=5", "--clock", "2025-08-01T00:00:00Z",
                "--auto-workspaces", "--auto-workspaces-max", "2", "--admin-token", "t0ken");
        try (SeamSimulator sim = main.builder().start();
             SeamSimulator sameSeed = SeamSimulator.builder().port(0).deterministic(5).start()) {
            assertTrue(sim.clock().isFrozen());
            assertEquals(Instant.parse("2025-08-01T00:00:00Z"), sim.clock().instant());
            assertEquals(sameSeed.newWorkspace().apiKey(), sim.newWorkspace().apiKey());
            assertTrue(sim.autoWorkspaces().orElseThrow().contains("at most 2"), sim.autoWorkspaces().get());
            given().baseUri(sim.baseUrl()).get("/_fake/clock").then().statusCode(401);
            given().baseUri(sim.baseUrl()).header("Authorization", "Bearer t0ken").get("/_fake/clock").then()
                    .statusCode(200).body("clock.now", equalTo("2025-08-01T00:00:00.000Z"));
            given().baseUri(sim.baseUrl()).header("Authorization", "Bearer seam_any_new_key").get("/workspaces/get")
                    .then().statusCode(200);
        }
    }

    @Test
    void by_default_it_binds_loopback_only_and_the_image_binds_every_interface() throws IOException {
        assumeTrue(System.getenv("SEAM_SIM_HOST") == null);
        assertEquals("127.0.0.1", parsed().host);
        try (SeamSimulator sim = parsed("--port", "0").builder().start()) {
            assertEquals("http://127.0.0.1:" + sim.port(), sim.baseUrl());
        }
        // In a container loopback is unreachable from outside, so the image says 0.0.0.0 itself.
        assertTrue(Files.readString(Path.of("Dockerfile")).contains("SEAM_SIM_HOST=0.0.0.0"));
    }

    @Test
    void the_limits_are_read_and_default_to_generous_values() {
        Flags main = parsed("--max-body-bytes", "2048", "--max-import-bytes", "4096", "--max-workspaces", "50",
                "--max-objects-per-workspace", "700");
        assertEquals(2048, main.maxBodyBytes);
        assertEquals(4096, main.maxImportBytes);
        assertEquals(50, main.maxWorkspaces);
        assertEquals(700, main.maxObjectsPerWorkspace);
        assumeTrue(System.getenv().keySet().stream().noneMatch(k -> k.startsWith("SEAM_SIM_MAX_")));
        Flags defaults = parsed();
        assertEquals(1024 * 1024, defaults.maxBodyBytes);
        assertEquals(64L * 1024 * 1024, defaults.maxImportBytes);
        assertEquals(10_000, defaults.maxWorkspaces);
        assertEquals(1_000_000, defaults.maxObjectsPerWorkspace);
    }

    @Test
    void limits_the_fixtures_cannot_meet_stop_start_up_with_a_message() {
        Output err = new Output();
        assertEquals(2, Main.run(new String[] {"--port", "0", "--max-workspaces", "1"}, System.out, err.stream()));
        assertEquals(2, Main.run(new String[] {"--port", "0", "--max-body-bytes", "0"}, System.out, err.stream()));
        String message = err.text();
        assertTrue(message.contains("more than the maximum of 1"), message);
        assertTrue(message.contains("at least 1 byte"), message);
    }

    @Test
    void deterministic_mode_and_a_state_file_do_not_mix() {
        Path file = dir.resolve("state.json");
        Output err = new Output();
        assertEquals(2, Main.run(new String[] {"--port", "0", "--deterministic", "--state-file", file.toString()},
                System.out, err.stream()));
        assertTrue(err.text().contains("--state-file cannot be combined with --deterministic"), err.text());
        assertFalse(Files.exists(file));
    }

    @Test
    void unknown_flags_stray_arguments_and_bad_environment_values_are_usage_errors() throws Flags.UsageException {
        for (String[] args : new String[][] {{"--prot", "0"}, {"--port", "0", "extra"}, {"--po", "1"}, {"--port"}}) {
            Output err = new Output();
            assertEquals(2, Main.run(args, System.out, err.stream()), String.join(" ", args));
            assertTrue(err.text().startsWith("seam-simulator: "), err.text());
        }
        Flags.UsageException e = assertThrows(Flags.UsageException.class,
                () -> Flags.parse(new String[0], name -> name.equals("SEAM_SIM_PORT") ? "eighty" : null));
        assertTrue(e.getMessage().contains("SEAM_SIM_PORT") && e.getMessage().contains("eighty"), e.getMessage());
        // empty variables (as a compose file may leave them) mean "not set"
        Flags flags = Flags.parse(new String[0], name -> "");
        assertEquals(8080, flags.port);
        assertNull(flags.stateFile);
        assertEquals(9000, Flags.parse(new String[0], name -> name.equals("SEAM_SIM_PORT") ? "9000" : null).port);
        assertEquals(9001, Flags.parse(new String[] {"--port=9001"}, name -> name.equals("SEAM_SIM_PORT") ? "9000" : null).port);
    }

    @Test
    void version_prints_the_version() {
        Output out = new Output();
        assertEquals(0, Main.run(new String[] {"--version"}, out.stream(), out.stream()));
        assertEquals(Main.VERSION, out.text().trim());
    }

    private static Flags parsed(String... args) {
        try {
            return Flags.parse(args);
        } catch (Flags.UsageException e) {
            throw new AssertionError(e);
        }
    }

    /** Collects what Main prints. */
    static final class Output {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        PrintStream stream() {
            return stream;
        }

        String text() {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
