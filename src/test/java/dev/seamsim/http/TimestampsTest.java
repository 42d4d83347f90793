package dev.seamsim.http;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

class TimestampsTest {
    private static final DateTimeFormatter SEAM =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void written_as_the_formatter_writes_them_in_and_outside_the_fast_years() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        long[] seconds = {0, 1, 86_399, 86_400, 951_782_400L /* 2000-02-29 */, 253_402_300_799L, 253_402_300_800L,
                -1, -86_401, -62_135_596_800L /* year 1 */, 1_000_000_000_000L};
        for (long s : seconds) {
            for (int nanos : new int[] {0, 999_999, 1_000_000, 999_999_999}) check(Instant.ofEpochSecond(s, nanos));
        }
        for (int i = 0; i < 100_000; i++) {
            check(Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 260_000_000_000L), random.nextInt(1_000_000_000)));
        }
    }

    private static void check(Instant t) throws Exception {
        assertThat(t.toString(), Json.MAPPER.writeValueAsString(t), equalTo("\"" + SEAM.format(t) + "\""));
    }
}
