package org.tinygo4j.frontend.ast;

import java.util.List;

/**
 * Expressions and type expressions, shaped like go/ast. Type expressions are
 * expressions because Go's grammar cannot tell them apart before type checking
 * ({@code T(x)} may be a conversion or a call). Nullable components are documented.
 */
public sealed interface Expr extends Node {

    /** An identifier; {@code _} is the blank identifier. */
    record Ident(int pos, String name) implements Expr {
        public boolean isBlank() {
            return name.equals("_");
        }
    }

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /** A literal as written in source (value keeps prefixes, separators, quotes). */
    record BasicLit(int pos, LitKind kind, String value) implements Expr {}

    /** {@code T{...}}; type is null when elided inside an outer composite literal. */
    record CompositeLit(int pos, Expr type, List<Expr> elts, int rbrace) implements Expr {}

    record FuncLit(int pos, FuncType type, Stmt.Block body) implements Expr {}

    record Paren(int pos, Expr x) implements Expr {}

    /** {@code x.sel}; pos is that of x. */
    record Selector(int pos, Expr x, Ident sel) implements Expr {}

    /** {@code x[i]}, or a generic instantiation {@code f[T1, T2]}; pos is that of x. */
    record Index(int pos, Expr x, int lbrack, List<Expr> indices) implements Expr {}

    /** {@code x[lo:hi:max]}; any bound may be null; pos is that of x. */
    record SliceExpr(int pos, Expr x, int lbrack, Expr low, Expr high, Expr max, boolean slice3) implements Expr {}

    /** {@code x.(T)}; type is null for {@code x.(type)} in a type switch; pos is that of x. */
    record TypeAssert(int pos, Expr x, int lparen, Expr type) implements Expr {}

    /** {@code fun(args)} or {@code fun(args...)}; pos is that of fun. */
    record Call(int pos, Expr fun, int lparen, List<Expr> args, boolean hasEllipsis, int rparen) implements Expr {}

    /** {@code *x}: a dereference or a pointer type. */
    record Star(int pos, Expr x) implements Expr {}

    /** {@code op x} for {@code + - ! ^ * & <- ~} (op is one of ADD SUB NOT XOR AND ARROW TILDE; * is Star). */
    record Unary(int pos, Token op, Expr x) implements Expr {}

    /** {@code x op y}; pos is that of x, opPos that of the operator. */
    record Binary(int pos, Expr x, int opPos, Token op, Expr y) implements Expr {}

    /** {@code key: value} inside a composite literal; pos is that of key. */
    record KeyValue(int pos, Expr key, int colon, Expr value) implements Expr {}

    // ---- type expressions ----

    /** {@code [len]elem}; len is null for a slice type and an {@link Ellipsis} for {@code [...]T}. */
    record ArrayType(int pos, Expr len, Expr elem) implements Expr {}

    record StructType(int pos, List<Field> fields) implements Expr {}

    /** A function signature; pos is that of {@code func} or of the parameter list in a method spec. */
    record FuncType(int pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {}

    /**
     * An interface; each element is a Field: a method (one name, FuncType type) or an
     * embedded element (no names; a type, a {@code ~T} Unary or a {@code |} Binary union).
     */
    record InterfaceType(int pos, List<Field> elements) implements Expr {}

    record MapType(int pos, Expr key, Expr value) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(int pos, ChanDir dir, Expr value) implements Expr {}

    /** {@code ...elt} in a variadic parameter, or {@code ...} (elt null) in {@code [...]T}. */
    record Ellipsis(int pos, Expr elt) implements Expr {}

    /** Placeholder for an expression that failed to parse (an error was reported). */
    record Bad(int pos) implements Expr {}
}
