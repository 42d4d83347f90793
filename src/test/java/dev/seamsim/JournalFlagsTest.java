package dev.seamsim;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request journal's command-line bounds. */
class JournalFlagsTest {
    @Test
    void help_lists_the_journal_flags_with_their_defaults() {
        MainTest.Output out = new MainTest.Output();
        assertEquals(0, Main.run(new String[] {"--help"}, out.stream(), out.stream()));
        assertTrue(out.text().contains("--journal-max <N>"), out.text());
        assertTrue(out.text().contains("SEAM_SIM_JOURNAL_MAX; default 1000"), out.text());
        assertTrue(out.text().contains("--journal-max-age-minutes"), out.text());
    }

    @Test
    void a_negative_journal_size_or_a_zero_age_stops_start_up() {
        MainTest.Output err = new MainTest.Output();
        assertEquals(2, Main.run(new String[] {"--port", "0", "--journal-max", "-1"}, System.out, err.stream()));
        assertEquals(2, Main.run(new String[] {"--port", "0", "--journal-max-age-minutes", "0"}, System.out, err.stream()));
        assertTrue(err.text().contains("--journal-max"), err.text());
    }
}
