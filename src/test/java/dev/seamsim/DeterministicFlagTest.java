package dev.seamsim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What --deterministic and SEAM_SIM_DETERMINISTIC accept: a seed, true (seed 1), or false/empty (off). */
class DeterministicFlagTest {
    @Test
    void a_number_is_the_seed_and_true_means_seed_one() throws Flags.UsageException {
        assertEquals(42L, Flags.seed("42"));
        assertEquals(0L, Flags.seed("0"));
        assertEquals(1L, Flags.seed("TRUE"));
    }

    @Test
    void false_or_an_empty_value_leaves_deterministic_mode_off() throws Flags.UsageException {
        assertNull(Flags.seed("false"));
        assertNull(Flags.seed(""));
        assertNull(Flags.parse("--deterministic=false").seed);
    }

    @Test
    void the_environment_variable_is_read_when_the_flag_is_absent() throws Flags.UsageException {
        assertEquals(7L, Flags.parse(new String[0], name -> name.equals("SEAM_SIM_DETERMINISTIC") ? "7" : null).seed);
        assertEquals(3L, Flags.parse(new String[] {"--deterministic=3"}, name -> name.equals("SEAM_SIM_DETERMINISTIC") ? "7" : null).seed);
        assertNull(Flags.parse(new String[0], name -> name.equals("SEAM_SIM_DETERMINISTIC") ? "" : null).seed);
    }

    @Test
    void anything_else_is_refused() {
        assertThrows(Flags.UsageException.class, () -> Flags.seed("yes please"));
    }
}
