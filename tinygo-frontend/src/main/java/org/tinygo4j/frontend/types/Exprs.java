package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.types.Operand.Mode;

/**
 * Expressions: identifiers, literals, selectors, function literals and indirections,
 * and the propagation of the final type of untyped expressions once their context is
 * known (updateExprType). Unary and binary operators (comparisons and shifts too) live
 * in Operators; index, slice, composite literal and type assertion expressions in
 * Operands; calls in Calls.
 */
final class Exprs {
    private final Checker c;
    final Operands ops;
    private final Operators operators;

    Exprs(Checker c) {
        this.c = c;
        this.ops = new Operands(c);
        this.operators = new Operators(c, this);
    }

    /** A single value (not a type, not void, not a tuple). */
    void expr(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        singleValue(x);
        exclude(x);
    }

    void exprWithHint(Operand x, Expr e, Type hint) {
        rawExpr(x, e, hint, false);
        singleValue(x);
        exclude(x);
    }

    /** A value or a type. */
    void exprOrType(Operand x, Expr e) {
        rawExpr(x, e, null, true);
        singleValue(x);
        if (x.mode == Mode.NOVALUE) {
            c.error(e.pos(), ExprString.of(e) + " (no value) used as value");
            x.setInvalid();
        }
    }

    /** One or more values (a call may yield a tuple). */
    List<Operand> multiExpr(Expr e) {
        Operand x = new Operand();
        rawExpr(x, e, null, false);
        exclude(x);
        List<Operand> out = new ArrayList<>();
        if (!x.invalid() && x.type instanceof Tuple t) {
            for (Var v : t.vars()) {
                Operand o = new Operand();
                o.expr = e;
                o.set(Mode.VALUE, v.type());
                out.add(o);
            }
            return out;
        }
        out.add(x);
        return out;
    }

    private void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Tuple t) {
            c.error(x.expr.pos(), "multiple-value " + ExprString.of(x.expr) + " (value of type "
                    + c.typeString(t) + ") in single-value context");
            x.setInvalid();
        }
    }

    void exclude(Operand x) {
        switch (x.mode) {
            case TYPEXPR -> {
                c.error(x.expr.pos(), ExprString.of(x.expr) + " (type) is not an expression");
                x.setInvalid();
            }
            case BUILTIN -> {
                c.error(x.expr.pos(), ExprString.of(x.expr) + " (built-in) must be called");
                x.setInvalid();
            }
            case NOVALUE -> {
                c.error(x.expr.pos(), ExprString.of(x.expr) + " (no value) used as value");
                x.setInvalid();
            }
            default -> {
            }
        }
    }

    /** Checks e and records the result; x.expr is set to e. */
    void rawExpr(Operand x, Expr e, Type hint, boolean allowType) {
        x.val = null;
        x.builtin = null;
        exprInternal(x, e, hint);
        x.expr = e;
        c.record(x);
    }

    private void exprInternal(Operand x, Expr e, Type hint) {
        x.mode = Mode.INVALID;
        x.type = Universe.INVALID;
        switch (e) {
            case Expr.Bad b -> {
            }
            case Expr.Ident id -> ident(x, id, false);
            case Expr.BasicLit lit -> basicLit(x, lit);
            case Expr.FuncLit fl -> {
                Scope[] fs = new Scope[1];
                Signature sig = c.typexprs.funcType(null, fl.type(), fs);
                c.stmts.funcLit(sig, fl.body(), fs[0]);
                x.set(Mode.VALUE, sig);
            }
            case Expr.CompositeLit cl -> ops.compositeLit(x, cl, hint);
            case Expr.Paren p -> {
                rawExpr(x, p.x(), hint, true);
            }
            case Expr.Selector s -> selector(x, s, false);
            case Expr.Index ix -> ops.index(x, ix);
            case Expr.SliceExpr se -> ops.sliceExpr(x, se);
            case Expr.TypeAssert ta -> ops.typeAssert(x, ta);
            case Expr.Call call -> c.calls.call(x, call);
            case Expr.Star st -> {
                rawExpr(x, st.x(), null, true);
                if (x.invalid()) {
                    return;
                }
                if (x.mode == Mode.TYPEXPR) {
                    x.set(Mode.TYPEXPR, new Pointer(x.type));
                    return;
                }
                singleValue(x);
                if (x.invalid()) {
                    return;
                }
                if (x.isNil()) {
                    c.error(e.pos(), "invalid operation: cannot indirect nil");
                    x.setInvalid();
                } else if (Generics.coreType(x.type) instanceof Pointer p) {
                    x.set(Mode.VARIABLE, p.elem());
                } else {
                    c.error(e.pos(), "invalid operation: cannot indirect " + c.describe(x));
                    x.setInvalid();
                }
            }
            case Expr.Unary u -> operators.unary(x, u);
            case Expr.Binary b -> {
                if (b.op().isShift()) {
                    operators.shift(x, b);
                } else {
                    operators.binary(x, b);
                }
            }
            case Expr.KeyValue kv -> c.error(e.pos(), "unexpected key:value expression");
            case Expr.Ellipsis el -> c.error(e.pos(), "invalid use of ...");
            case Expr.ArrayType t -> x.set(Mode.TYPEXPR, c.typexprs.typexpr(e));
            case Expr.StructType t -> x.set(Mode.TYPEXPR, c.typexprs.typexpr(e));
            case Expr.FuncType t -> x.set(Mode.TYPEXPR, c.typexprs.typexpr(e));
            case Expr.InterfaceType t -> x.set(Mode.TYPEXPR, c.typexprs.typexpr(e));
            case Expr.MapType t -> x.set(Mode.TYPEXPR, c.typexprs.typexpr(e));
            case Expr.ChanType t -> x.set(Mode.TYPEXPR, c.typexprs.typexpr(e));
        }
        if (x.mode == Mode.TYPEXPR && x.type == Universe.INVALID) {
            x.setInvalid();
        }
    }

    /** gc's limit on a number literal's characters (types2's basic literals). */
    private static final int MAX_NUMBER_LENGTH = 10_000;

    private void basicLit(Operand x, Expr.BasicLit lit) {
        if (lit.kind() != Expr.LitKind.CHAR && lit.kind() != Expr.LitKind.STRING && !c.allowVersion(13)) {
            numberSyntaxVersion(lit);
        }
        // as gc: a number of more characters than any meaningful constant has is refused before
        // its conversion (which takes time and memory in proportion to its length)
        if (lit.kind() != Expr.LitKind.CHAR && lit.kind() != Expr.LitKind.STRING && lit.value().length() > MAX_NUMBER_LENGTH) {
            c.error(lit.pos(), "excessively long constant: " + lit.value().substring(0, 10) + "... (" + lit.value().length()
                    + " chars)");
            return;
        }
        Constant v = ConstantOps.fromLiteral(lit.kind(), lit.value());
        if (v == null) {
            c.error(lit.pos(), "malformed constant: " + lit.value());
            return;
        }
        Basic t = switch (lit.kind()) {
            case INT -> Universe.UNTYPED_INT;
            case FLOAT -> Universe.UNTYPED_FLOAT;
            case IMAG -> Universe.UNTYPED_COMPLEX;
            case CHAR -> Universe.UNTYPED_RUNE;
            case STRING -> Universe.UNTYPED_STRING;
        };
        x.setConst(t, v);
    }

    /** gc's errors for number syntax that came with go1.13 (separators, 0b, 0o, hexadecimal floats). */
    private void numberSyntaxVersion(Expr.BasicLit lit) {
        String s = lit.value();
        if (s.length() <= 2) {
            return;
        }
        char radix = Character.toLowerCase(s.charAt(1));
        String what = s.contains("_") ? "underscores in numeric literals"
                : s.charAt(0) != '0' ? null
                : radix == 'b' ? "binary literals"
                : radix == 'o' ? "0o/0O-style octal literals"
                : radix == 'x' && lit.kind() != Expr.LitKind.INT ? "hexadecimal floating-point literals" : null;
        if (what != null) {
            c.versionError(lit.pos(), what, 13);
        }
    }

    /** Looks up and classifies an identifier (lhs-of-assignment callers avoid marking vars used). */
    void ident(Operand x, Expr.Ident id, boolean wantType) {
        x.expr = id;
        if (id.isBlank()) {
            c.error(id.pos(), "cannot use _ as value");
            x.setInvalid();
            return;
        }
        Obj obj = c.scope.lookupParent(id.name());
        if (obj == null) {
            c.error(id.pos(), "undefined: " + id.name());
            x.setInvalid();
            return;
        }
        c.recordUse(id, obj);
        if (obj.pkg() != c.pkg && obj.pkg() != null && !c.dotImports.isEmpty()) {
            for (Scope s = c.scope; s != null; s = s.parent()) {
                if (s.lookup(id.name()) == obj) {
                    Map<Obj, PkgName> dots = c.dotImports.get(s);
                    if (dots != null && dots.get(obj) != null) {
                        dots.get(obj).markUsed();
                    }
                    break;
                }
            }
        }
        objOperand(x, obj, id);
    }

    /** Sets x from the object an identifier (or qualified identifier) denotes. */
    void objOperand(Operand x, Obj obj, Expr.Ident at) {
        if (obj.pkg() == c.pkg) {
            c.resolver.objDecl(obj);
            c.dependOn(obj);
        }
        switch (obj) {
            case PkgName pn -> {
                // gc does not count this as a use: "imported and not used" follows
                c.error(at.pos(), "use of package " + pn.name() + " not in selector");
                x.setInvalid();
            }
            case NamedConst k -> {
                if (k.pkg() == null && k.name().equals("iota")) {
                    if (c.iota == null) {
                        c.error(at.pos(), "cannot use iota outside constant declaration");
                        x.setInvalid();
                        return;
                    }
                    x.setConst(Universe.UNTYPED_INT, c.iota);
                    return;
                }
                if (k.type() == null || k.type() == Universe.INVALID || k.value() == null) {
                    x.setInvalid();
                    return;
                }
                x.setConst(k.type(), k.value());
            }
            case TypeName tn -> {
                if (tn.type() == null || tn.type() == Universe.INVALID) {
                    if (tn.type() == null) {
                        c.error(tn.pos() >= 0 ? tn.pos() : at.pos(), "invalid recursive type " + tn.name());
                        tn.setType(Universe.INVALID);
                    }
                    x.setInvalid();
                    return;
                }
                x.set(Mode.TYPEXPR, tn.type());
            }
            case Var v -> {
                if (v.pkg() == c.pkg) {
                    v.markUsed();
                }
                if (v.type() == null || v.type() == Universe.INVALID) {
                    x.setInvalid();
                    return;
                }
                x.set(Mode.VARIABLE, v.type());
            }
            case Func f -> {
                if (f.type() == null) {
                    x.setInvalid();
                    return;
                }
                x.set(Mode.VALUE, f.type());
            }
            case Builtin b -> {
                x.set(Mode.BUILTIN, Universe.INVALID);
                x.builtin = b.id();
            }
            case Nil n -> x.set(Mode.VALUE, Universe.UNTYPED_NIL);
            case Label l -> x.setInvalid();
        }
    }

    void selector(Operand x, Expr.Selector s, boolean wantType) {
        String sel = s.sel().name();
        if (s.x() instanceof Expr.Ident id) {
            Obj o = c.scope.lookupParent(id.name());
            if (o instanceof PkgName pn) {
                c.recordUse(id, pn);
                boolean broken = !pn.imported().path().equals("unsafe") && !c.pkg.imports().contains(pn.imported());
                pn.markUsed();
                Obj exp = pn.imported().scope().lookup(sel);
                if (exp == null || !exp.exported()) {
                    if (!broken) {
                        c.error(s.sel().pos(), exp == null ? "undefined: " + id.name() + "." + sel
                                : "name " + sel + " not exported by package " + pn.imported().name());
                    }
                    x.setInvalid();
                    return;
                }
                c.recordUse(s.sel(), exp);
                objOperand(x, exp, s.sel());
                return;
            }
        }
        rawExpr(x, s.x(), null, true);
        if (x.invalid()) {
            return;
        }
        if (x.mode == Mode.TYPEXPR) {
            methodExpr(x, s);
            return;
        }
        singleValue(x);
        if (x.invalid()) {
            return;
        }
        if (x.mode == Mode.BUILTIN || x.mode == Mode.NOVALUE) {
            exclude(x);
            return;
        }
        Lookup.Result r = c.lookup.lookupFieldOrMethod(x.type, x.mode == Mode.VARIABLE, c.pkg, sel);
        if (r == null || r.obj() == null) {
            if (r != null && r.pointerRecvRequired()) {
                c.error(s.sel().pos(), "cannot call pointer method " + sel + " on " + c.typeString(x.type));
            } else if (x.isNil()) {
                c.error(s.sel().pos(), "invalid operation: nil." + sel + " undefined");
            } else {
                String why = c.typeString(x.type) + " has no field or method " + sel;
                if (r != null && r.ambiguous()) {
                    why = "ambiguous selector " + ExprString.of(s);
                    c.error(s.sel().pos(), why);
                    x.setInvalid();
                    return;
                }
                c.error(s.sel().pos(), ExprString.of(s) + " undefined (type " + why + ")");
            }
            x.setInvalid();
            return;
        }
        c.recordUse(s.sel(), r.obj());
        if (r.obj() instanceof Var f) {
            c.info.selections.put(s, new Selection(Selection.Kind.FIELD_VAL, x.type, f, r.index(), r.indirect()));
            x.set(x.mode == Mode.VARIABLE || r.indirect() ? Mode.VARIABLE : Mode.VALUE, f.type());
            return;
        }
        Func m = (Func) r.obj();
        c.dependOn(m); // a method's body counts for initialization order, as a function's does
        c.info.selections.put(s, new Selection(Selection.Kind.METHOD_VAL, x.type, m, r.index(), r.indirect()));
        Signature sig = m.signature();
        x.set(Mode.VALUE, new Signature(null, List.of(), sig.params(), sig.results(), sig.variadic()));
    }

    private void methodExpr(Operand x, Expr.Selector s) {
        Type t = x.type;
        Lookup.Result r = c.lookup.lookupFieldOrMethod(t, false, c.pkg, s.sel().name());
        if (r == null || !(r.obj() instanceof Func m)) {
            c.error(s.sel().pos(), ExprString.of(s) + " undefined (type " + c.typeString(t) + " has no method "
                    + s.sel().name() + ")");
            x.setInvalid();
            return;
        }
        if (Lookup.ptrRecv(m) && !r.indirect() && !(t instanceof Pointer) && !(t.underlying() instanceof Interface)) {
            c.error(s.sel().pos(), "invalid method expression " + ExprString.of(s) + " (needs pointer receiver (*"
                    + c.typeString(t) + ")." + m.name() + ")");
            x.setInvalid();
            return;
        }
        c.recordUse(s.sel(), m);
        c.dependOn(m);
        c.info.selections.put(s, new Selection(Selection.Kind.METHOD_EXPR, t, m, r.index(), r.indirect()));
        Signature sig = m.signature();
        List<Var> params = new ArrayList<>();
        params.add(Var.param(s.pos(), c.pkg, "_", t));
        params.addAll(sig.params().vars());
        x.set(Mode.VALUE, new Signature(null, List.of(), new Tuple(List.copyOf(params)), sig.results(), sig.variadic()));
    }

    /**
     * Propagates the final type of an untyped expression into its untyped operands
     * (go/types updateExprType); final records it, otherwise the new type is still untyped.
     */
    void updateExprType(Expr e, Type t, boolean fin) {
        Checker.Untyped old = c.untyped.get(e);
        if (old == null) {
            return;
        }
        switch (e) {
            case Expr.Paren p -> updateExprType(p.x(), t, fin);
            case Expr.Unary u -> {
                if (old.val() == null) {
                    updateExprType(u.x(), t, fin);
                }
            }
            case Expr.Binary b -> {
                if (old.val() == null) {
                    if (b.op().isComparison()) {
                        break;
                    } else if (b.op().isShift()) {
                        updateExprType(b.x(), t, fin);
                    } else {
                        updateExprType(b.x(), t, fin);
                        updateExprType(b.y(), t, fin);
                    }
                }
            }
            default -> {
            }
        }
        if (!fin && t instanceof Basic bt && bt.isUntyped()) {
            c.untyped.put(e, new Checker.Untyped(old.isLhs(), old.shift(), old.mode(), bt, old.val()));
            return;
        }
        c.untyped.remove(e);
        if (old.isLhs() && !(t.underlying() instanceof Basic bt && bt.isInteger())) {
            c.error(old.shift().pos(), "invalid operation: " + ExprString.of(old.shift()) + " (shift of type "
                    + c.typeString(t) + ")");
            return;
        }
        Constant v = old.val();
        if (v != null && t.underlying() instanceof Basic bt && !bt.isUntyped()) {
            ConstantOps.Rep r = ConstantOps.representable(v, bt, c.sizes);
            if (r.value() != null) {
                v = r.value();
            }
        }
        TypeAndValue.Mode m = old.mode() == Mode.CONSTANT ? TypeAndValue.Mode.CONSTANT : TypeAndValue.Mode.VALUE;
        c.recordTV(e, m, t, v);
    }
}
