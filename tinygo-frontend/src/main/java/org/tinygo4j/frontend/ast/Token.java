package org.tinygo4j.frontend.ast;

/**
 * Operators and keywords that the AST records as data: binary and unary operators,
 * assignment forms, branch keywords and declaration keywords. Names follow go/token.
 */
public enum Token {
    // binary operators, in Go's precedence order (5 highest)
    ADD("+", 4), SUB("-", 4), OR("|", 4), XOR("^", 4),
    MUL("*", 5), QUO("/", 5), REM("%", 5), SHL("<<", 5), SHR(">>", 5), AND("&", 5), AND_NOT("&^", 5),
    LAND("&&", 2), LOR("||", 1),
    EQL("==", 3), NEQ("!=", 3), LSS("<", 3), LEQ("<=", 3), GTR(">", 3), GEQ(">=", 3),
    // unary-only operators
    NOT("!", 0), ARROW("<-", 0), TILDE("~", 0),
    // assignment forms
    ASSIGN("=", 0), DEFINE(":=", 0),
    ADD_ASSIGN("+=", 0), SUB_ASSIGN("-=", 0), MUL_ASSIGN("*=", 0), QUO_ASSIGN("/=", 0), REM_ASSIGN("%=", 0),
    AND_ASSIGN("&=", 0), OR_ASSIGN("|=", 0), XOR_ASSIGN("^=", 0), SHL_ASSIGN("<<=", 0), SHR_ASSIGN(">>=", 0),
    AND_NOT_ASSIGN("&^=", 0),
    INC("++", 0), DEC("--", 0),
    // branch statements
    BREAK("break", 0), CONTINUE("continue", 0), GOTO("goto", 0), FALLTHROUGH("fallthrough", 0),
    // declaration keywords
    IMPORT("import", 0), CONST("const", 0), TYPE("type", 0), VAR("var", 0);

    private final String text;
    private final int precedence;

    Token(String text, int precedence) {
        this.text = text;
        this.precedence = precedence;
    }

    /** The token as written in Go source. */
    public String text() {
        return text;
    }

    /** Binary precedence (1 = ||, 5 = multiplicative); 0 for tokens that are not binary operators. */
    public int precedence() {
        return precedence;
    }

    /** For an op-assignment token (+=), the binary operator it applies (+); otherwise null. */
    public Token binaryOfAssign() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }

    public boolean isComparison() {
        return this == EQL || this == NEQ || this == LSS || this == LEQ || this == GTR || this == GEQ;
    }

    public boolean isShift() {
        return this == SHL || this == SHR;
    }
}
