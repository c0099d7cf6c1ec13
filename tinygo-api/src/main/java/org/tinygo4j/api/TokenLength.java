package org.tinygo4j.api;

/**
 * The length in bytes of the Go token that starts at a line and column of a source
 * file, for the end position of a diagnostic: an identifier or keyword, a number, a
 * string, rune or raw string literal (to its closing quote on the same line), or one
 * operator character. 0 when the file is unknown or the position is past its end.
 */
final class TokenLength {
    private TokenLength() {
    }

    static int at(byte[] content, int line, int column) {
        if (content == null) {
            return 0;
        }
        int off = 0;
        for (int l = 1; l < line; l++) {
            while (off < content.length && content[off] != '\n') {
                off++;
            }
            off++;
        }
        off += column - 1;
        if (off < 0 || off >= content.length || content[off] == '\n') {
            return 0;
        }
        int end = off;
        byte b = content[off];
        if (identChar(b)) {
            while (end < content.length && (identChar(content[end]) || (Character.isDigit(b) && content[end] == '.'))) {
                end++;
            }
        } else if (b == '"' || b == '\'' || b == '`') {
            end++;
            while (end < content.length && content[end] != '\n' && content[end] != b) {
                end += content[end] == '\\' && b != '`' ? 2 : 1;
            }
            end = Math.min(content.length, end + 1);
        } else {
            end++;
        }
        return end - off;
    }

    private static boolean identChar(byte b) {
        return b < 0 || b == '_' || Character.isLetterOrDigit(b);
    }
}
