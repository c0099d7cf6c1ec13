package org.tinygo4j.frontend.syntax;

import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The token stream the parser sees: GoLexer's tokens with three changes.
 * <ol>
 * <li>Semicolons are inserted as the spec's "Semicolons" section says: when a line
 * (or the file) ends after an identifier, a literal, one of the keywords break,
 * continue, fallthrough, return, or one of ++ -- ) ] }. The lexer skips newlines;
 * a line end is detected by comparing the line where the previous token ended
 * with the line where the next one starts. Inserted semicolons carry the text
 * "newline" or "EOF" so error messages can say what the user sees.</li>
 * <li>Comments are dropped from the stream and recorded (offsets and lines) for doc
 * comments and directives.</li>
 * <li>The brace that opens the block of an if, for or switch statement becomes
 * HLBRACE. The spec makes {@code T{} } after a bare type name in such a header a
 * block, not a composite literal, unless parenthesised; gc tracks this with an
 * expression nesting level, and so does this class, on tokens: a header frame is
 * pushed at if/for/switch, parentheses and brackets nest, and a top-level brace in
 * the header is the block unless it belongs to a struct/interface type, a function
 * literal, or a composite literal of a type literal ([]T, [N]T, map[K]V, struct{}).</li>
 * </ol>
 */
final class GoTokenSource implements TokenSource {
    private static final int PAREN = 0;
    private static final int BRACE = 1;
    private static final int HEADER = 2;

    private final GoLexer lexer;
    private final String text;
    private final SourceText src;

    private Token pendingEof;
    private Token held;
    private int lastType = -1;
    private int lastStop = -1;
    private int lastEndLine;

    // frame stack for the header-brace analysis
    private int[] kinds = new int[32];
    private boolean[] typeLit = new boolean[32];
    private boolean[] funcPending = new boolean[32];
    private int depth = 1;

    /** Comments as (start, stop, startLine, endLine, ownLine) quintuples. */
    private int[] comments = new int[40];
    private int commentCount;

    GoTokenSource(GoLexer lexer, String text, SourceText src) {
        this.lexer = lexer;
        this.text = text;
        this.src = src;
        kinds[0] = BRACE;
    }

    int commentCount() {
        return commentCount;
    }

    int commentStart(int i) {
        return comments[i * 5];
    }

    int commentStop(int i) {
        return comments[i * 5 + 1];
    }

    int commentStartLine(int i) {
        return comments[i * 5 + 2];
    }

    int commentEndLine(int i) {
        return comments[i * 5 + 3];
    }

    /** Whether no token precedes the comment on its first line. */
    boolean commentOwnLine(int i) {
        return comments[i * 5 + 4] != 0;
    }

    @Override
    public Token nextToken() {
        if (held != null) {
            Token t = held;
            held = null;
            return emit(t);
        }
        if (pendingEof != null) {
            return pendingEof;
        }
        while (true) {
            Token t = lexer.nextToken();
            int type = t.getType();
            if (type == GoLexer.LINE_COMMENT || type == GoLexer.BLOCK_COMMENT) {
                recordComment(t);
                continue;
            }
            if (type == GoLexer.BAD && invalidCharacter(t)) {
                continue; // as gc's scanner: reported, then skipped
            }
            if (type == Token.EOF) {
                if (needsSemicolon()) {
                    pendingEof = t;
                    return semicolon(t.getStartIndex(), "EOF");
                }
                pendingEof = t;
                return t;
            }
            if (t.getLine() > lastEndLine && needsSemicolon()) {
                // the semicolon stands where the line of the previous token ends
                int nl = text.indexOf('\n', lastStop + 1);
                Token semi = semicolon(nl < 0 ? lastStop + 1 : nl, "newline");
                lastType = GoLexer.SEMI;
                held = t; // delivered by the next call
                return semi;
            }
            return emit(t);
        }
    }

    /**
     * Reports a character that starts no token (quotes that start an unterminated
     * literal are left to the parser, which names them); true when it was reported.
     */
    private boolean invalidCharacter(Token t) {
        int at = t.getStartIndex();
        char c = text.charAt(at);
        if (c == '"' || c == '\'' || c == '`') {
            return false;
        }
        int cp = src.codePointAt(at);
        src.error(src.base + at, cp < 0x20 || cp == 0x7F
                ? String.format("invalid character U+%04X", cp)
                : String.format("invalid character U+%04X '%s'", cp, Character.toString(cp)));
        return true;
    }

    private Token emit(Token t) {
        int type = t.getType();
        classify((CommonToken) t, type);
        lastType = type;
        lastStop = t.getStopIndex();
        lastEndLine = lexer.getLine();
        return t;
    }

    private boolean needsSemicolon() {
        return switch (lastType) {
            case GoLexer.IDENT, GoLexer.INT, GoLexer.FLOAT, GoLexer.IMAG, GoLexer.RUNE, GoLexer.STRING,
                 GoLexer.BREAK, GoLexer.CONTINUE, GoLexer.FALLTHROUGH, GoLexer.RETURN,
                 GoLexer.INC, GoLexer.DEC, GoLexer.RPAREN, GoLexer.RBRACK, GoLexer.RBRACE -> true;
            default -> false;
        };
    }

    private Token semicolon(int at, String what) {
        CommonToken semi = new CommonToken(new Pair<>(this, lexer.getInputStream()), GoLexer.SEMI,
                Token.DEFAULT_CHANNEL, at, at - 1);
        semi.setText(what);
        semi.setLine(lastEndLine);
        return semi;
    }

    private void recordComment(Token t) {
        if (commentCount * 5 == comments.length) {
            comments = Arrays.copyOf(comments, comments.length * 2);
        }
        int k = commentCount * 5;
        comments[k] = t.getStartIndex();
        comments[k + 1] = t.getStopIndex();
        comments[k + 2] = t.getLine();
        comments[k + 3] = lexer.getLine();
        comments[k + 4] = t.getLine() > lastEndLine || lastType == -1 ? 1 : 0;
        commentCount++;
    }

    private static boolean endsOperand(int type) {
        return switch (type) {
            case GoLexer.IDENT, GoLexer.INT, GoLexer.FLOAT, GoLexer.IMAG, GoLexer.RUNE, GoLexer.STRING,
                 GoLexer.RPAREN, GoLexer.RBRACK, GoLexer.RBRACE -> true;
            default -> false;
        };
    }

    private void push(int kind) {
        if (depth == kinds.length) {
            kinds = Arrays.copyOf(kinds, depth * 2);
            typeLit = Arrays.copyOf(typeLit, depth * 2);
            funcPending = Arrays.copyOf(funcPending, depth * 2);
        }
        kinds[depth] = kind;
        typeLit[depth] = false;
        funcPending[depth] = false;
        depth++;
    }

    private void pop(int kind) {
        if (depth > 1 && kinds[depth - 1] == kind) {
            depth--;
        }
    }

    private void classify(CommonToken t, int type) {
        int top = depth - 1;
        boolean header = kinds[top] == HEADER;
        switch (type) {
            case GoLexer.IF, GoLexer.FOR, GoLexer.SWITCH -> push(HEADER);
            case GoLexer.LBRACK -> {
                if (header && !endsOperand(lastType)) {
                    typeLit[top] = true;
                }
                push(PAREN);
            }
            case GoLexer.LPAREN -> {
                if (header && !funcPending[top]) {
                    typeLit[top] = false;
                }
                push(PAREN);
            }
            case GoLexer.RPAREN, GoLexer.RBRACK -> pop(PAREN);
            case GoLexer.STRUCT, GoLexer.INTERFACE, GoLexer.MAP -> {
                if (header) {
                    typeLit[top] = true;
                }
            }
            case GoLexer.FUNC -> {
                if (header) {
                    funcPending[top] = true;
                }
            }
            case GoLexer.LBRACE -> {
                if (!header || lastType == GoLexer.STRUCT || lastType == GoLexer.INTERFACE) {
                    push(BRACE);
                } else if (funcPending[top] || typeLit[top]) {
                    funcPending[top] = false;
                    typeLit[top] = false;
                    push(BRACE);
                } else {
                    t.setType(GoLexer.HLBRACE);
                    kinds[top] = BRACE;
                }
            }
            case GoLexer.RBRACE -> {
                while (depth > 1 && kinds[depth - 1] != BRACE) {
                    depth--; // unbalanced input: drop open headers and parens
                }
                pop(BRACE);
            }
            default -> { }
        }
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
