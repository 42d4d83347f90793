package dev.seamsim.http;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Seam's timestamps, ISO-8601 UTC with milliseconds (2025-08-13T15:00:00.000Z). Every object an answer holds has
 * one or two, and DateTimeFormatter took a third of the JSON time of a list; years 1970 to 9999 are written
 * digit by digit here, any other year through the formatter, which gives the same text.
 */
final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** The first second of year 10000, the first that needs five digits. */
    private static final long YEAR_10000 = 253_402_300_800L;
    private static final int LENGTH = 24;

    private Timestamps() {}

    static void write(Instant t, JsonGenerator gen) throws IOException {
        long seconds = t.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            gen.writeString(FORMAT.format(t));
            return;
        }
        char[] out = new char[LENGTH];
        LocalDate date = LocalDate.ofEpochDay(seconds / 86_400);
        int secondOfDay = (int) (seconds % 86_400);
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        digits(out, 20, t.getNano() / 1_000_000, 3);
        out[23] = 'Z';
        gen.writeString(out, 0, LENGTH);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
