package org.tinygo4j.frontend.syntax;

import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/**
 * What the AST builders share about the file being converted: its bytes, the
 * ISO-8859-1 view the lexer ran on (char index = byte offset), the FileSet base
 * that turns offsets into positions, and the diagnostics sink. Token text is decoded
 * back to UTF-8 here, so identifiers and literals in the AST are proper Java strings.
 */
final class SourceText {
    final byte[] bytes;
    final String latin1;
    final int base;
    final Diagnostics diags;
    final SyntaxErrors errors;

    SourceText(byte[] bytes, String latin1, int base, Diagnostics diags, SyntaxErrors errors) {
        this.bytes = bytes;
        this.latin1 = latin1;
        this.base = base;
        this.diags = diags;
        this.errors = errors;
    }

    int pos(Token t) {
        return t == null ? base : base + t.getStartIndex();
    }

    int pos(TerminalNode n) {
        return n == null ? base : pos(n.getSymbol());
    }

    int pos(ParserRuleContext c) {
        return c == null || c.getStart() == null ? base : pos(c.getStart());
    }

    /** The source text of a token, decoded as UTF-8. */
    String text(Token t) {
        return slice(t.getStartIndex(), t.getStopIndex() + 1);
    }

    String text(TerminalNode n) {
        return text(n.getSymbol());
    }

    /** The source text spanned by a parse-tree node (for error messages). */
    String text(ParserRuleContext c) {
        if (c.getStart() == null || c.getStop() == null || c.getStop().getStopIndex() < c.getStart().getStartIndex()) {
            return "";
        }
        return slice(c.getStart().getStartIndex(), c.getStop().getStopIndex() + 1);
    }

    String slice(int from, int to) {
        for (int i = from; i < to; i++) {
            if (latin1.charAt(i) >= 0x80) {
                return new String(bytes, from, to - from, StandardCharsets.UTF_8);
            }
        }
        return latin1.substring(from, to);
    }

    /** The code point of the UTF-8 sequence starting at byte offset at (the byte itself if malformed). */
    int codePointAt(int at) {
        int b = bytes[at] & 0xFF;
        if (b < 0x80) {
            return b;
        }
        int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (n == 1 || at + n > bytes.length) {
            return b;
        }
        return new String(bytes, at, n, StandardCharsets.UTF_8).codePointAt(0);
    }

    /** Reports "syntax error: message" at pos, as gc words its parser's errors. */
    void syntaxError(int pos, String message) {
        errors.report(pos, "syntax error: " + message);
    }

    /** Reports an error that gc words without the "syntax error" prefix (e.g. literal errors). */
    void error(int pos, String message) {
        errors.report(pos, message);
    }

    /** Whether the file has had gc's ten errors, after which nothing more of it is read. */
    boolean stopped() {
        return errors.stopped();
    }
}
