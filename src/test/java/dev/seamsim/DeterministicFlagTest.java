package dev.seamsim;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What --deterministic and SEAM_SIM_DETERMINISTIC accept: a seed, true (seed 1), or false/empty (off). */
class DeterministicFlagTest {
    private final Main.SeedConverter converter = new Main.SeedConverter();

    @Test
    void a_number_is_the_seed_and_true_means_seed_one() {
        assertEquals(42L, converter.convert("42"));
        assertEquals(0L, converter.convert("0"));
        assertEquals(1L, converter.convert("TRUE"));
    }

    @Test
    void false_or_an_empty_value_leaves_deterministic_mode_off() {
        assertNull(converter.convert("false"));
        assertNull(converter.convert(""));
        Main main = new Main();
        new CommandLine(main).parseArgs("--deterministic=false");
        assertNull(main.seed);
    }

    @Test
    void anything_else_is_refused() {
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("yes please"));
    }
}
