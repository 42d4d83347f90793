package dev.seamsim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: help, and start-up refused with a clear message on bad fixtures or flags. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void help_lists_every_flag() {
        StringBuilderStream out = new StringBuilderStream();
        int code = new CommandLine(new Main()).setOut(out.writer()).execute("--help");
        assertEquals(0, code);
        for (String flag : new String[] {"--port", "--host", "--fixtures", "--public-url", "--clock"}) {
            assertTrue(out.text().contains(flag), flag + " missing from:\n" + out.text());
        }
    }

    @Test
    void malformed_fixtures_stop_start_up_naming_file_and_field() throws IOException {
        Files.copy(Path.of("fixtures/providers.json"), dir.resolve("providers.json"));
        Files.writeString(dir.resolve("workspaces.json"), "{\"workspaces\": [{\"name\": \"no id\"}]}");
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Main()).execute("--port", "0", "--fixtures", dir.toString());
            assertEquals(2, code);
        } finally {
            System.setErr(original);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("workspaces.json at /workspaces/0/workspace_id: is required"), message);
    }

    @Test
    void a_bad_clock_value_is_a_usage_error() {
        StringBuilderStream err = new StringBuilderStream();
        int code = new CommandLine(new Main()).setErr(err.writer()).execute("--clock", "yesterday");
        assertEquals(2, code);
        assertTrue(err.text().contains("--clock"), err.text());
    }

    /** Collects what picocli prints. */
    private static final class StringBuilderStream {
        private final java.io.StringWriter buffer = new java.io.StringWriter();

        java.io.PrintWriter writer() {
            return new java.io.PrintWriter(buffer, true);
        }

        String text() {
            return buffer.toString();
        }
    }
}
