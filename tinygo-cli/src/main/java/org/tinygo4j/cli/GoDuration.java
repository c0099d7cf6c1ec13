package org.tinygo4j.cli;

import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/**
 * Durations as Go's time.ParseDuration reads them, for flags such as -timeout:
 * decimal numbers with a unit each, summed ("1m30s", "1.5h", "300ms", "-2s"); units
 * ns, us, µs, μs, ms, s, m, h; "0" alone needs no unit. A plain number is also read
 * as seconds, as this CLI's -timeout first took it.
 */
public final class GoDuration implements ITypeConverter<Duration> {

    /** Made by picocli for the flags that name this converter. */
    public GoDuration() {
    }

    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            // picocli prints a TypeConversionException's message as it is (Go's words), not wrapped
            throw new picocli.CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * Reads a duration.
     *
     * @param s the text, e.g. "1m30s" or "10"
     * @return the duration it names
     * @throws IllegalArgumentException with Go's message ({@code time: invalid duration "x"})
     *                                  when it names none
     */
    public static Duration parse(String s) {
        String text = s;
        boolean negative = false;
        if (text.startsWith("-") || text.startsWith("+")) {
            negative = text.startsWith("-");
            text = text.substring(1);
        }
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        if (text.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
            return signed(nanos(new BigDecimal(text), 1_000_000_000L, s), negative);
        }
        if (text.isEmpty()) {
            throw invalid(s);
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            i = digits(text, i);
            boolean whole = i > start;
            boolean fraction = false;
            if (i < text.length() && text.charAt(i) == '.') {
                int f = i + 1;
                i = digits(text, f);
                fraction = i > f;
            }
            if (!whole && !fraction) {
                throw invalid(s);
            }
            String number = text.substring(start, i);
            int unitStart = i;
            while (i < text.length() && !Character.isDigit(text.charAt(i)) && text.charAt(i) != '.') {
                i++;
            }
            String unit = text.substring(unitStart, i);
            long scale = switch (unit) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                case "" -> throw new IllegalArgumentException("time: missing unit in duration \"" + s + "\"");
                default -> throw new IllegalArgumentException("time: unknown unit \"" + unit + "\" in duration \"" + s + "\"");
            };
            total = total.add(new BigDecimal(number.endsWith(".") ? number + "0" : number.startsWith(".") ? "0" + number : number).multiply(BigDecimal.valueOf(scale)));
        }
        return signed(nanos(total, 1, s), negative);
    }

    /**
     * Writes a duration as Go's Duration.String does.
     *
     * @param d the duration
     * @return e.g. "10m0s", "1.5s", "300ms", "0s"
     */
    public static String format(Duration d) {
        long n = d.toNanos();
        if (n == 0) {
            return "0s";
        }
        String sign = n < 0 ? "-" : "";
        long a = Math.abs(n);
        if (a < 1_000L) {
            return sign + a + "ns";
        }
        if (a < 1_000_000L) {
            return sign + fraction(a, 1_000L) + "µs";
        }
        if (a < 1_000_000_000L) {
            return sign + fraction(a, 1_000_000L) + "ms";
        }
        long h = a / 3_600_000_000_000L;
        long m = a / 60_000_000_000L % 60;
        String sec = fraction(a % 60_000_000_000L, 1_000_000_000L) + "s";
        if (h > 0) {
            return sign + h + "h" + m + "m" + sec;
        }
        return sign + (m > 0 ? m + "m" : "") + sec;
    }

    /** n / unit as a decimal without trailing zeros. */
    private static String fraction(long n, long unit) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
    }

    private static int digits(String text, int i) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static long nanos(BigDecimal amount, long scale, String s) {
        BigDecimal n = amount.multiply(BigDecimal.valueOf(scale));
        if (n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw invalid(s);
        }
        return n.longValue(); // Go truncates fractions of a nanosecond
    }

    private static Duration signed(long nanos, boolean negative) {
        return Duration.ofNanos(negative ? -nanos : nanos);
    }

    private static IllegalArgumentException invalid(String s) {
        return new IllegalArgumentException("time: invalid duration \"" + s + "\"");
    }
}
