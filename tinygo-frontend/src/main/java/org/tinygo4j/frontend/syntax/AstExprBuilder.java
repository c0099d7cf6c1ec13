package org.tinygo4j.frontend.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Field;
import org.tinygo4j.frontend.syntax.GoParser.*;

/**
 * Converts expression and type parse trees into AST expressions (the AST, like
 * go/ast, represents types as expressions). Left-recursive chains (a + b + c,
 * x.f().g[i]) are walked iteratively so that long chains in generated code cannot
 * overflow the Java stack. After a syntax error the tree may have missing parts;
 * they become Expr.Bad (the error was already reported).
 */
final class AstExprBuilder {
    private final SourceText src;
    StmtBuilder stmts; // set by AstBuilder; function literals need statements

    AstExprBuilder(SourceText src) {
        this.src = src;
    }

    Expr.Ident ident(TerminalNode n) {
        if (n == null || n.getSymbol().getTokenIndex() < 0 && n.getSymbol().getStartIndex() < 0) {
            return new Expr.Ident(n == null ? src.base : src.pos(n), "_");
        }
        return new Expr.Ident(src.pos(n), checkedName(src.pos(n), src.text(n)));
    }

    /** The lexer takes any non-ASCII bytes as letters; gc accepts only Unicode letters and digits. */
    private String checkedName(int pos, String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp >= 0x80 && !Character.isLetter(cp) && (i == 0 || !Character.isDigit(cp))) {
                src.error(pos, String.format("invalid character U+%04X '%s' in identifier", cp, Character.toString(cp)));
                break;
            }
            i += Character.charCount(cp);
        }
        return name;
    }

    List<Expr.Ident> identList(IdentifierListContext c) {
        List<Expr.Ident> out = new ArrayList<>();
        if (c != null) {
            for (TerminalNode n : c.IDENT()) {
                out.add(ident(n));
            }
        }
        return out;
    }

    List<Expr> exprList(ExpressionListContext c) {
        List<Expr> out = new ArrayList<>();
        if (c != null) {
            for (ExpressionContext e : c.expression()) {
                out.add(expr(e));
            }
        }
        return out;
    }

    Expr expr(ExpressionContext c) {
        if (c == null) {
            return new Expr.Bad(src.base);
        }
        // walk the left spine of binary operators iteratively
        List<ExpressionContext> spine = null;
        while (c.primaryExpr() == null && c.expression().size() == 2) {
            if (spine == null) {
                spine = new ArrayList<>();
            }
            spine.add(c);
            c = c.expression(0);
        }
        Expr x = unaryOrPrimary(c);
        if (spine != null) {
            for (int i = spine.size() - 1; i >= 0; i--) {
                ExpressionContext b = spine.get(i);
                Expr y = expr(b.expression(1));
                x = new Expr.Binary(x.pos(), x, src.pos(b.op), binaryOp(b.op), y);
            }
        }
        return x;
    }

    private Expr unaryOrPrimary(ExpressionContext c) {
        if (c.primaryExpr() != null) {
            return primary(c.primaryExpr());
        }
        if (c.op == null || c.expression().size() != 1) {
            return new Expr.Bad(src.pos(c));
        }
        int pos = src.pos(c.op);
        Expr x = expr(c.expression(0));
        return switch (c.op.getType()) {
            case GoLexer.MUL -> new Expr.Star(pos, x);
            case GoLexer.ADD -> new Expr.Unary(pos, org.tinygo4j.frontend.ast.Token.ADD, x);
            case GoLexer.SUB -> new Expr.Unary(pos, org.tinygo4j.frontend.ast.Token.SUB, x);
            case GoLexer.NOT -> new Expr.Unary(pos, org.tinygo4j.frontend.ast.Token.NOT, x);
            case GoLexer.XOR -> new Expr.Unary(pos, org.tinygo4j.frontend.ast.Token.XOR, x);
            case GoLexer.AND -> new Expr.Unary(pos, org.tinygo4j.frontend.ast.Token.AND, x);
            case GoLexer.TILDE -> new Expr.Unary(pos, org.tinygo4j.frontend.ast.Token.TILDE, x);
            default -> x instanceof Expr.ChanType ct && ct.dir() == Expr.ChanDir.BOTH
                    // <-chan T is a receive-only channel type, not a receive from chan T
                    ? new Expr.ChanType(pos, Expr.ChanDir.RECV, ct.value())
                    : new Expr.Unary(pos, org.tinygo4j.frontend.ast.Token.ARROW, x);
        };
    }

    static org.tinygo4j.frontend.ast.Token binaryOp(Token op) {
        return switch (op.getType()) {
            case GoLexer.MUL -> org.tinygo4j.frontend.ast.Token.MUL;
            case GoLexer.QUO -> org.tinygo4j.frontend.ast.Token.QUO;
            case GoLexer.REM -> org.tinygo4j.frontend.ast.Token.REM;
            case GoLexer.SHL -> org.tinygo4j.frontend.ast.Token.SHL;
            case GoLexer.SHR -> org.tinygo4j.frontend.ast.Token.SHR;
            case GoLexer.AND -> org.tinygo4j.frontend.ast.Token.AND;
            case GoLexer.AND_NOT -> org.tinygo4j.frontend.ast.Token.AND_NOT;
            case GoLexer.ADD -> org.tinygo4j.frontend.ast.Token.ADD;
            case GoLexer.SUB -> org.tinygo4j.frontend.ast.Token.SUB;
            case GoLexer.OR -> org.tinygo4j.frontend.ast.Token.OR;
            case GoLexer.XOR -> org.tinygo4j.frontend.ast.Token.XOR;
            case GoLexer.EQL -> org.tinygo4j.frontend.ast.Token.EQL;
            case GoLexer.NEQ -> org.tinygo4j.frontend.ast.Token.NEQ;
            case GoLexer.LSS -> org.tinygo4j.frontend.ast.Token.LSS;
            case GoLexer.LEQ -> org.tinygo4j.frontend.ast.Token.LEQ;
            case GoLexer.GTR -> org.tinygo4j.frontend.ast.Token.GTR;
            case GoLexer.GEQ -> org.tinygo4j.frontend.ast.Token.GEQ;
            case GoLexer.LAND -> org.tinygo4j.frontend.ast.Token.LAND;
            default -> org.tinygo4j.frontend.ast.Token.LOR;
        };
    }

    Expr primary(PrimaryExprContext c) {
        List<PrimaryExprContext> spine = null;
        while (c.operand() == null && c.primaryExpr() != null) {
            if (spine == null) {
                spine = new ArrayList<>();
            }
            spine.add(c);
            c = c.primaryExpr();
        }
        Expr x = c.operand() != null ? operand(c.operand()) : new Expr.Bad(src.pos(c));
        if (spine != null) {
            for (int i = spine.size() - 1; i >= 0; i--) {
                x = postfix(spine.get(i), x);
            }
        }
        return x;
    }

    private Expr postfix(PrimaryExprContext c, Expr x) {
        if (c.getChildCount() < 2) {
            return new Expr.Bad(x.pos());
        }
        ParseTree second = c.getChild(1);
        if (second instanceof LiteralValueContext lv) {
            if (x instanceof Expr.Paren) {
                src.syntaxError(src.pos(lv), "cannot parenthesize type in composite literal");
            }
            return literalValue(lv, x, x.pos());
        }
        int kind = ((TerminalNode) second).getSymbol().getType();
        switch (kind) {
            case GoLexer.PERIOD -> {
                if (c.IDENT() != null) {
                    return new Expr.Selector(x.pos(), x, ident(c.IDENT()));
                }
                Expr t = c.TYPE() != null ? null : type(c.type_());
                return new Expr.TypeAssert(x.pos(), x, src.pos(c.LPAREN()), t);
            }
            case GoLexer.LPAREN -> {
                List<Expr> args = exprList(c.expressionList());
                return new Expr.Call(x.pos(), x, src.pos(c.LPAREN()), args, c.ELLIPSIS() != null,
                        src.pos(c.RPAREN()));
            }
            default -> {
                return indexOrSlice(c, x);
            }
        }
    }

    private Expr indexOrSlice(PrimaryExprContext c, Expr x) {
        int lbrack = src.pos(c.LBRACK());
        int colons = c.COLON().size();
        if (colons == 0) {
            List<Expr> idx = new ArrayList<>();
            for (ExpressionContext e : c.expression()) {
                idx.add(expr(e));
            }
            if (idx.isEmpty()) {
                src.syntaxError(src.pos(c.RBRACK()), "expecting operand");
                idx.add(new Expr.Bad(src.pos(c.RBRACK())));
            }
            return new Expr.Index(x.pos(), x, lbrack, idx);
        }
        Expr[] parts = new Expr[3];
        int seg = 0;
        for (int i = 2; i < c.getChildCount(); i++) {
            ParseTree ch = c.getChild(i);
            if (ch instanceof ExpressionContext e) {
                parts[seg] = expr(e);
            } else if (ch instanceof TerminalNode t && t.getSymbol().getType() == GoLexer.COLON) {
                seg++;
            }
        }
        boolean slice3 = colons == 2;
        if (slice3) {
            if (parts[1] == null) {
                src.syntaxError(src.pos(c.COLON(1)), "middle index required in 3-index slice");
            }
            if (parts[2] == null) {
                src.syntaxError(src.pos(c.RBRACK()), "final index required in 3-index slice");
            }
        }
        return new Expr.SliceExpr(x.pos(), x, lbrack, parts[0], parts[1], parts[2], slice3);
    }

    Expr.CompositeLit literalValue(LiteralValueContext c, Expr type, int pos) {
        List<Expr> elts = new ArrayList<>();
        for (ElementContext e : c.element()) {
            List<ElementValueContext> vs = e.elementValue();
            if (vs.isEmpty()) {
                elts.add(new Expr.Bad(src.pos(e)));
                continue;
            }
            Expr k = elementValue(vs.get(0));
            if (e.COLON() != null) {
                Expr v = vs.size() > 1 ? elementValue(vs.get(1)) : new Expr.Bad(src.pos(e.COLON()));
                elts.add(new Expr.KeyValue(k.pos(), k, src.pos(e.COLON()), v));
            } else {
                elts.add(k);
            }
        }
        return new Expr.CompositeLit(pos, type, elts, src.pos(c.RBRACE()));
    }

    private Expr elementValue(ElementValueContext c) {
        if (c.literalValue() != null) {
            return literalValue(c.literalValue(), null, src.pos(c.literalValue()));
        }
        return expr(c.expression());
    }

    private Expr operand(OperandContext c) {
        Token t = c.getStart();
        int pos = src.pos(t);
        switch (t.getType()) {
            case GoLexer.INT -> {
                String v = src.text(t);
                checkInt(pos, v);
                return new Expr.BasicLit(pos, Expr.LitKind.INT, v);
            }
            case GoLexer.FLOAT -> {
                return new Expr.BasicLit(pos, Expr.LitKind.FLOAT, src.text(t));
            }
            case GoLexer.IMAG -> {
                return new Expr.BasicLit(pos, Expr.LitKind.IMAG, src.text(t));
            }
            case GoLexer.RUNE -> {
                String v = src.text(t);
                LiteralChecks.check(src, pos, v, '\'');
                return new Expr.BasicLit(pos, Expr.LitKind.CHAR, v);
            }
            case GoLexer.STRING -> {
                String v = src.text(t);
                if (v.indexOf('\\') >= 0) {
                    LiteralChecks.check(src, pos, v, '"');
                }
                return new Expr.BasicLit(pos, Expr.LitKind.STRING, v);
            }
            case GoLexer.IDENT -> {
                return new Expr.Ident(pos, checkedName(pos, src.text(t)));
            }
            case GoLexer.LPAREN -> {
                return new Expr.Paren(pos, expr(c.expression()));
            }
            case GoLexer.FUNC -> {
                Expr.FuncType ft = signature(pos, null, c.signature());
                if (c.block() == null) {
                    return ft;
                }
                return new Expr.FuncLit(pos, ft, stmts.block(c.block()));
            }
            case GoLexer.LBRACK -> {
                return arrayType(pos, c.ELLIPSIS(), c.expression(), c.type_(0));
            }
            case GoLexer.MAP -> {
                return new Expr.MapType(pos, type(c.type_(0)), type(c.type_(1)));
            }
            default -> {
                if (c.chanType() != null) {
                    return chanType(c.chanType());
                }
                if (c.structType() != null) {
                    return structType(c.structType());
                }
                if (c.interfaceType() != null) {
                    return interfaceType(c.interfaceType());
                }
                return new Expr.Bad(pos);
            }
        }
    }

    /** gc rejects 8 and 9 in legacy octal literals while lexing. */
    private void checkInt(int pos, String v) {
        if (v.length() > 1 && v.charAt(0) == '0' && Character.isDigit(v.charAt(1)) || v.startsWith("0_")) {
            for (int i = 1; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch == '8' || ch == '9') {
                    src.error(pos + i, "invalid digit '" + ch + "' in octal literal");
                    return;
                }
            }
        }
    }

    private Expr arrayType(int pos, TerminalNode ellipsis, ExpressionContext len, Type_Context elem) {
        Expr n = null;
        if (ellipsis != null) {
            n = new Expr.Ellipsis(src.pos(ellipsis), null);
        } else if (len != null) {
            n = expr(len);
        }
        return new Expr.ArrayType(pos, n, type(elem));
    }

    // ---- types ----

    Expr type(Type_Context c) {
        if (c == null || c.getStart() == null) {
            return new Expr.Bad(src.base);
        }
        int pos = src.pos(c);
        if (c.typeName() != null) {
            return typeName(c.typeName(), c.typeArgs());
        }
        switch (c.getStart().getType()) {
            case GoLexer.LPAREN -> {
                return new Expr.Paren(pos, type(c.type_(0)));
            }
            case GoLexer.LBRACK -> {
                return arrayType(pos, c.ELLIPSIS(), c.expression(), c.type_(0));
            }
            case GoLexer.MUL -> {
                return new Expr.Star(pos, type(c.type_(0)));
            }
            case GoLexer.FUNC -> {
                return signature(pos, null, c.signature());
            }
            case GoLexer.MAP -> {
                return new Expr.MapType(pos, type(c.type_(0)), type(c.type_(1)));
            }
            default -> {
                if (c.chanType() != null) {
                    return chanType(c.chanType());
                }
                if (c.structType() != null) {
                    return structType(c.structType());
                }
                if (c.interfaceType() != null) {
                    return interfaceType(c.interfaceType());
                }
                return new Expr.Bad(pos);
            }
        }
    }

    Expr typeName(TypeNameContext n, TypeArgsContext args) {
        List<TerminalNode> ids = n.IDENT();
        if (ids.isEmpty()) {
            return new Expr.Bad(src.pos(n));
        }
        Expr x = ident(ids.get(0));
        if (ids.size() > 1) {
            x = new Expr.Selector(x.pos(), x, ident(ids.get(1)));
        }
        if (args != null) {
            List<Expr> ts = new ArrayList<>();
            for (Type_Context t : args.type_()) {
                ts.add(type(t));
            }
            x = new Expr.Index(x.pos(), x, src.pos(args.LBRACK()), ts);
        }
        return x;
    }

    private Expr chanType(ChanTypeContext c) {
        int pos = src.pos(c);
        Expr.ChanDir dir = Expr.ChanDir.BOTH;
        if (c.ARROW() != null) {
            dir = c.getStart().getType() == GoLexer.ARROW ? Expr.ChanDir.RECV : Expr.ChanDir.SEND;
        }
        if (c.type_() == null && !src.errors.any()) {
            src.syntaxError(pos, "missing channel element type");
        }
        return new Expr.ChanType(pos, dir, type(c.type_()));
    }

    private Expr structType(StructTypeContext c) {
        List<Field> fields = new ArrayList<>();
        for (FieldDeclContext f : c.fieldDecl()) {
            Expr.BasicLit tag = f.STRING() == null ? null
                    : new Expr.BasicLit(src.pos(f.STRING()), Expr.LitKind.STRING, src.text(f.STRING()));
            if (f.identifierList() != null) {
                fields.add(new Field(src.pos(f), identList(f.identifierList()), type(f.type_()), tag));
            } else if (f.typeName() != null) {
                Expr t = typeName(f.typeName(), f.typeArgs());
                if (f.MUL() != null) {
                    t = new Expr.Star(src.pos(f.MUL()), t);
                }
                fields.add(new Field(src.pos(f), List.of(), t, tag));
            }
        }
        return new Expr.StructType(src.pos(c), fields);
    }

    private Expr interfaceType(InterfaceTypeContext c) {
        List<Field> elems = new ArrayList<>();
        for (InterfaceElemContext e : c.interfaceElem()) {
            if (e.IDENT() != null) {
                Expr.Ident name = ident(e.IDENT());
                SignatureContext sig = e.signature();
                elems.add(new Field(name.pos(), List.of(name), signature(src.pos(sig), null, sig), null));
            } else if (e.typeUnion() != null) {
                Expr u = typeUnion(e.typeUnion());
                elems.add(new Field(u.pos(), List.of(), u, null));
            }
        }
        return new Expr.InterfaceType(src.pos(c), elems);
    }

    Expr typeUnion(TypeUnionContext c) {
        if (c == null) {
            return new Expr.Bad(src.base);
        }
        Expr x = null;
        List<TerminalNode> ors = c.OR();
        List<TypeTermContext> terms = c.typeTerm();
        for (int i = 0; i < terms.size(); i++) {
            TypeTermContext t = terms.get(i);
            Expr term = type(t.type_());
            if (t.TILDE() != null) {
                term = new Expr.Unary(src.pos(t.TILDE()), org.tinygo4j.frontend.ast.Token.TILDE, term);
            }
            x = x == null ? term
                    : new Expr.Binary(x.pos(), x, src.pos(ors.get(i - 1)), org.tinygo4j.frontend.ast.Token.OR, term);
        }
        return x == null ? new Expr.Bad(src.pos(c)) : x;
    }

    List<Field> typeParameters(TypeParametersContext c) {
        if (c == null) {
            return List.of();
        }
        List<Field> out = new ArrayList<>();
        for (TypeParamDeclContext d : c.typeParamDecl()) {
            out.add(new Field(src.pos(d), identList(d.identifierList()), typeUnion(d.typeUnion()), null));
        }
        return out;
    }

    Expr.FuncType signature(int pos, TypeParametersContext tparams, SignatureContext c) {
        if (c == null) {
            return new Expr.FuncType(pos, typeParameters(tparams), List.of(), List.of());
        }
        List<Field> params = parameters(c.parameters());
        List<Field> results = List.of();
        ResultContext r = c.result();
        if (r != null) {
            if (r.parameters() != null) {
                results = parameters(r.parameters());
            } else {
                Expr t = type(r.type_());
                results = List.of(new Field(t.pos(), List.of(), t, null));
            }
        }
        return new Expr.FuncType(pos, typeParameters(tparams), params, results);
    }

    /**
     * Groups a parameter list as gc does: "(a, b int, c string)" parses as the
     * declarations [a] [b int] [c string]; when any declaration has a name, the
     * leading bare identifiers are names that share the next declaration's type.
     */
    List<Field> parameters(ParametersContext c) {
        if (c == null) {
            return List.of();
        }
        List<ParameterDeclContext> decls = c.parameterDecl();
        boolean named = false;
        for (ParameterDeclContext d : decls) {
            if (d.IDENT() != null) {
                named = true;
                break;
            }
        }
        List<Field> out = new ArrayList<>(decls.size());
        if (!named) {
            for (ParameterDeclContext d : decls) {
                Expr t = paramType(d);
                out.add(new Field(t.pos(), List.of(), t, null));
            }
            return out;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        for (ParameterDeclContext d : decls) {
            if (d.IDENT() == null) {
                Expr t = paramType(d);
                if (t instanceof Expr.Ident id) {
                    pending.add(id);
                } else {
                    src.syntaxError(t.pos(), "mixed named and unnamed parameters");
                    return out;
                }
                continue;
            }
            pending.add(ident(d.IDENT()));
            out.add(new Field(pending.get(0).pos(), List.copyOf(pending), paramType(d), null));
            pending.clear();
        }
        if (!pending.isEmpty()) {
            src.syntaxError(src.pos(c.RPAREN()), "mixed named and unnamed parameters");
        }
        return out;
    }

    private Expr paramType(ParameterDeclContext d) {
        Expr t = type(d.type_());
        if (d.ELLIPSIS() != null) {
            return new Expr.Ellipsis(src.pos(d.ELLIPSIS()), t);
        }
        return t;
    }
}
