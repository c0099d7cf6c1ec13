package org.tinygo4j.frontend.syntax;

/**
 * The checks gc's scanner makes on interpreted string and rune literals that the
 * lexer grammar leaves open: which quote may be escaped, the range of octal and
 * Unicode escapes, and a rune literal holding exactly one character. Errors are
 * worded as gc's scanner words them and reported at the offending escape.
 */
final class LiteralChecks {
    private LiteralChecks() {
    }

    /** Checks a "..." (quote '"') or '...' (quote '\'') literal as written, starting at pos. */
    static void check(SourceText src, int pos, String lit, char quote) {
        if (lit.length() < 2 || lit.charAt(0) != quote) {
            return;
        }
        int end = lit.length() - 1;
        int chars = 0;
        for (int i = 1; i < end; ) {
            char c = lit.charAt(i);
            chars++;
            if (c != '\\') {
                i += Character.charCount(lit.codePointAt(i));
                continue;
            }
            if (i + 1 >= end) {
                return;
            }
            char e = lit.charAt(i + 1);
            switch (e) {
                case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> i += 2;
                case '\'', '"' -> {
                    if (e != quote) {
                        src.error(pos + i, "unknown escape");
                        return;
                    }
                    i += 2;
                }
                case 'x' -> i += 4;
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    if (i + 2 + n > end) {
                        return;
                    }
                    long v = parse(lit, i + 2, n, 16);
                    if (v < 0) {
                        return;
                    }
                    if (v >= 0xD800 && v < 0xE000 || v > 0x10FFFF) {
                        src.error(pos + i, String.format("escape is invalid Unicode code point %s",
                                v > 0x10FFFF ? String.format("U+%X", v) : String.format("U+%04X", v)));
                        return;
                    }
                    i += 2 + n;
                }
                default -> {
                    if (e >= '0' && e <= '7' && i + 4 <= end) {
                        long v = parse(lit, i + 1, 3, 8);
                        if (v > 255) {
                            src.error(pos + i, "octal escape value " + v + " > 255");
                            return;
                        }
                        i += 4;
                    } else {
                        return; // the lexer already rejected it
                    }
                }
            }
        }
        if (quote == '\'') {
            if (chars == 0) {
                src.error(pos, "empty rune literal or unescaped ' in rune literal");
            } else if (chars > 1) {
                src.error(pos, "more than one character in rune literal");
            }
        }
    }

    private static long parse(String s, int from, int n, int radix) {
        long v = 0;
        for (int i = from; i < from + n; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            v = v * radix + d;
        }
        return v;
    }
}
