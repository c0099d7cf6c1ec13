package org.tinygo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Go durations in and out; the expected values are what Go 1.19's time.ParseDuration
 * and Duration.String give for the same text, except for plain numbers, which Go
 * rejects ("missing unit") and our -timeout reads as seconds.
 */
class GoDurationTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0s",
        "10s, 10000000000, 10s",
        "1m30s, 90000000000, 1m30s",
        "1.5h, 5400000000000, 1h30m0s",
        "300ms, 300000000, 300ms",
        "-2s, -2000000000, -2s",
        "1h2m3.5s, 3723500000000, 1h2m3.5s",
        "2us, 2000, 2µs",
        "1.5µs, 1500, 1.5µs",
        "7ns, 7, 7ns",
        "10m, 600000000000, 10m0s",
        ".5s, 500000000, 500ms",
        "10, 10000000000, 10s",
        "2.5, 2500000000, 2.5s",
    })
    void parsesAndFormatsAsGo(String text, long nanos, String formatted) {
        Duration d = GoDuration.parse(text);
        assertEquals(nanos, d.toNanos());
        assertEquals(formatted, GoDuration.format(d));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10x | time: unknown unit \"x\" in duration \"10x\"",
        "1s2 | time: missing unit in duration \"1s2\"",
        "s | time: invalid duration \"s\"",
        "'' | time: invalid duration \"\"",
        "1..2s | time: missing unit in duration \"1..2s\"",
    })
    void rejectsWithGosMessages(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(text));
        assertEquals(message, e.getMessage());
    }
}
