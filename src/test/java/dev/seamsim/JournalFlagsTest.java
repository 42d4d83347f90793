package dev.seamsim;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request journal's command-line bounds. */
class JournalFlagsTest {
    @Test
    void help_lists_the_journal_flags_with_their_defaults() {
        StringWriter out = new StringWriter();
        assertEquals(0, new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("--help"));
        assertTrue(out.toString().contains("--journal-max=<journalMax>"), out.toString());
        assertTrue(out.toString().contains("--journal-max-age-minutes"), out.toString());
    }

    @Test
    void a_negative_journal_size_or_a_zero_age_stops_start_up() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, new CommandLine(new Main()).execute("--port", "0", "--journal-max", "-1"));
            assertEquals(2, new CommandLine(new Main()).execute("--port", "0", "--journal-max-age-minutes", "0"));
        } finally {
            System.setErr(original);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--journal-max"), err.toString(StandardCharsets.UTF_8));
    }
}
