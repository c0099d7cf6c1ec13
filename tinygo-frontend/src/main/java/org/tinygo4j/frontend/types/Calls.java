package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.types.Operand.Mode;

/**
 * Calls and conversions (go/types call.go, conversions.go): argument lists with
 * multi-value spreading and variadic parameters, gc's have/want messages for wrong
 * argument counts, and the conversion rules including constant conversions and
 * unsafe.Pointer.
 */
final class Calls {
    private final Checker c;

    Calls(Checker c) {
        this.c = c;
    }

    void call(Operand x, Expr.Call e) {
        c.exprs.rawExpr(x, e.fun(), null, true);
        if (x.invalid()) {
            for (Expr a : e.args()) {
                Operand o = new Operand();
                c.exprs.rawExpr(o, a, null, true);
            }
            x.setInvalid();
            x.expr = e;
            return;
        }
        switch (x.mode) {
            case TYPEXPR -> {
                Type t = x.type;
                x.setInvalid();
                if (e.args().size() != 1 || e.hasEllipsis()) {
                    if (e.args().isEmpty()) {
                        c.error(e.rparen(), "missing argument in conversion to " + c.typeString(t));
                    } else {
                        c.error(e.args().get(e.args().size() > 1 ? 1 : 0).pos(), "too many arguments in conversion to "
                                + c.typeString(t));
                    }
                    return;
                }
                c.exprs.expr(x, e.args().get(0));
                if (x.invalid()) {
                    return;
                }
                conversion(x, t, e);
                return;
            }
            case BUILTIN -> {
                c.builtins.call(x, e, x.builtin);
                x.expr = e;
                return;
            }
            default -> {
            }
        }
        if (x.type instanceof Tuple) {
            c.exprs.expr(x, e.fun());
        }
        if (!(Generics.coreType(x.type) instanceof Signature sig)) {
            c.error(x.expr.pos(), "invalid operation: cannot call non-function " + c.describe(x));
            args(e.args());
            x.setInvalid();
            x.expr = e;
            return;
        }
        List<Operand> args = args(e.args());
        if (!sig.typeParams().isEmpty()) {
            for (Operand a : args) {
                if (a.invalid()) {
                    x.setInvalid();
                    x.expr = e;
                    return;
                }
            }
            List<Type> explicit = c.generics.partial.getOrDefault(e.fun(), List.of());
            List<Type> targs = c.generics.infer(e.rparen(), sig, explicit, args, e.hasEllipsis());
            Expr fn = e.fun();
            while (fn instanceof Expr.Paren p) {
                fn = p.x();
            }
            List<Expr> explicitExprs = fn instanceof Expr.Index ix ? ix.indices() : List.of();
            if (targs == null || !c.generics.verify(i -> i < explicitExprs.size() ? explicitExprs.get(i).pos() : e.lparen(),
                    sig.typeParams(), targs)) {
                x.setInvalid();
                x.expr = e;
                return;
            }
            c.cycles.record(sig.typeParams(), targs, i -> i < explicitExprs.size() ? explicitExprs.get(i).pos() : e.lparen());
            sig = (Signature) c.generics.subst(sig, Generics.bind(sig.typeParams(), targs));
            Expr f = e.fun();
            while (f instanceof Expr.Paren p) {
                f = p.x();
            }
            if (f instanceof Expr.Index ix) {
                f = ix.x();
            }
            Expr.Ident nameId = f instanceof Expr.Ident id ? id : f instanceof Expr.Selector s ? s.sel() : null;
            if (nameId != null) {
                c.info.instances.put(nameId, new Instance(List.copyOf(targs), sig));
            }
            c.recordTV(e.fun(), TypeAndValue.Mode.VALUE, sig, null);
        }
        arguments(e, sig, args);
        Tuple res = sig.results();
        if (res.size() == 0) {
            x.set(Mode.NOVALUE, Tuple.EMPTY);
        } else if (res.size() == 1) {
            x.set(Mode.VALUE, res.at(0));
        } else {
            x.set(Mode.VALUE, res);
        }
        x.expr = e;
    }

    /** Evaluates call arguments; a single multi-value call is spread. */
    List<Operand> args(List<Expr> es) {
        if (es.size() == 1) {
            return c.exprs.multiExpr(es.get(0));
        }
        List<Operand> out = new ArrayList<>();
        for (Expr a : es) {
            Operand o = new Operand();
            c.exprs.expr(o, a);
            out.add(o);
        }
        return out;
    }

    private void arguments(Expr.Call e, Signature sig, List<Operand> args) {
        for (Operand a : args) {
            if (a.invalid()) {
                return;
            }
        }
        int npars = sig.params().size();
        int nargs = args.size();
        String fname = ExprString.of(e.fun());
        String context = "argument to " + fname;
        if (e.hasEllipsis()) {
            if (!sig.variadic()) {
                c.error(e.args().get(e.args().size() - 1).pos(), "have (" + have(args) + ")\n\twant ("
                        + want(sig) + ")\n\tcannot use ... in call to non-variadic " + fname);
                return;
            }
            if (nargs != npars) {
                countError(e, sig, args, nargs < npars);
                return;
            }
            for (int i = 0; i < nargs; i++) {
                c.assign.assignment(args.get(i), sig.params().at(i), context);
            }
            return;
        }
        if (sig.variadic()) {
            if (nargs < npars - 1) {
                countError(e, sig, args, true);
                return;
            }
            for (int i = 0; i < nargs; i++) {
                Type t = i < npars - 1 ? sig.params().at(i) : ((Slice) sig.params().at(npars - 1)).elem();
                c.assign.assignment(args.get(i), t, context);
            }
            return;
        }
        if (nargs != npars) {
            countError(e, sig, args, nargs < npars);
            return;
        }
        for (int i = 0; i < nargs; i++) {
            c.assign.assignment(args.get(i), sig.params().at(i), context);
        }
    }

    private void countError(Expr.Call e, Signature sig, List<Operand> args, boolean tooFew) {
        String fname = ExprString.of(e.fun());
        String msg = (tooFew ? "not enough arguments in call to " : "too many arguments in call to ") + fname
                + "\n\thave (" + have(args) + ")\n\twant (" + want(sig) + ")";
        int pos;
        if (tooFew) {
            pos = e.args().isEmpty() ? e.rparen() : e.args().get(e.args().size() - 1).pos();
        } else {
            int npars = sig.params().size();
            pos = e.args().size() == 1 ? e.args().get(0).pos() : e.args().get(Math.min(npars, e.args().size() - 1)).pos();
        }
        c.error(pos, msg);
    }

    /** gc's "have" list: untyped numbers print as "number". */
    String have(List<Operand> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Type t = args.get(i).type;
            if (t instanceof Basic b && b.isUntyped()) {
                sb.append(b.isNumeric() ? "number" : b.name().replace("untyped ", ""));
            } else {
                sb.append(c.typeString(t));
            }
        }
        return sb.toString();
    }

    String want(Signature sig) {
        StringBuilder sb = new StringBuilder();
        List<Var> ps = sig.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (sig.variadic() && i == ps.size() - 1) {
                sb.append("...").append(c.typeString(((Slice) ps.get(i).type()).elem()));
            } else {
                sb.append(c.typeString(ps.get(i).type()));
            }
        }
        return sb.toString();
    }

    static boolean isConstType(Type t) {
        return t.underlying() instanceof Basic b && b.kind() != Basic.Kind.UNSAFE_POINTER && b != Universe.INVALID
                && !(t instanceof TypeParam);
    }

    /** x converted to type t (x is a checked single value). */
    void conversion(Operand x, Type t, Expr.Call call) {
        boolean constArg = x.mode == Mode.CONSTANT;
        boolean ok;
        Constant val = null;
        ConstantOps.Failure fail = ConstantOps.Failure.NONE;
        if (constArg && isConstType(t)) {
            Basic tb = (Basic) t.underlying();
            ConstantOps.Rep r = ConstantOps.representable(x.val, tb, c.sizes);
            if (r.failure() == ConstantOps.Failure.NONE) {
                ok = true;
                val = r.value();
            } else if (tb.isString() && x.type.underlying() instanceof Basic xb && xb.isInteger()) {
                ok = true;
                Constant.IntVal iv = ConstantOps.toInt(x.val);
                long cp = iv.value().bitLength() > 31 ? 0xFFFD : iv.value().longValue();
                if (cp < 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                val = Constant.StringVal.of(new String(Character.toChars((int) cp)));
            } else {
                ok = false;
                fail = r.failure();
                if (r.failure() == ConstantOps.Failure.MISMATCH && convertibleTo(x, t)) {
                    ok = true;
                }
            }
        } else {
            ok = convertibleTo(x, t);
        }
        if (!ok) {
            String msg = "cannot convert " + c.describe(x) + " to type " + c.typeString(t);
            if (x.type.underlying() instanceof Slice s && t.underlying() instanceof Array a
                    && Types.identical(s.elem(), a.elem())) {
                msg += ": conversion of slices to arrays requires go1.20 or later";
            }
            c.error(x.expr.pos(), msg);
            x.setInvalid();
            return;
        }
        if (Assignments.isUntyped(x.type)) {
            Type fin = t;
            if (t.underlying() instanceof Interface || constArg && !isConstType(t) || x.isNil()) {
                fin = Universe.defaultType(x.type);
            } else if (!constArg && !isConstType(t)) {
                fin = Universe.defaultType(x.type);
            }
            c.exprs.updateExprType(x.expr, fin, true);
        }
        if (constArg && isConstType(t)) {
            x.setConst(t, val);
        } else {
            x.set(Mode.VALUE, t);
        }
    }

    boolean convertibleTo(Operand x, Type t) {
        if (c.assign.assignableTo(x, t)) {
            return true;
        }
        Type v = x.type;
        if (v instanceof TypeParam || t instanceof TypeParam) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) {
            return true;
        }
        if (vu instanceof Pointer vp && tu instanceof Pointer tp && !(v instanceof Named) && !(t instanceof Named)
                && identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        if (vu instanceof Basic vb && tu instanceof Basic tb) {
            if ((vb.isInteger() || vb.isFloat()) && (tb.isInteger() || tb.isFloat())) {
                return true;
            }
            if (vb.isComplex() && tb.isComplex()) {
                return true;
            }
            if (vb.isInteger() && tb.isString()) {
                return true;
            }
        }
        if (tu instanceof Basic tb && tb.isString() && vu instanceof Slice s && isByteOrRune(s.elem())) {
            return true;
        }
        if (vu instanceof Basic vb && vb.isString() && tu instanceof Slice s && isByteOrRune(s.elem())) {
            return true;
        }
        boolean vUnsafe = vu instanceof Basic vb && vb.kind() == Basic.Kind.UNSAFE_POINTER;
        boolean tUnsafe = tu instanceof Basic tb && tb.kind() == Basic.Kind.UNSAFE_POINTER;
        if ((vUnsafe || vu instanceof Basic vb2 && vb2.kind() == Basic.Kind.UINTPTR) && tUnsafe) {
            return true;
        }
        if (vUnsafe && (tu instanceof Pointer || tu instanceof Basic tb2 && tb2.kind() == Basic.Kind.UINTPTR)) {
            return true;
        }
        if (vu instanceof Pointer && tUnsafe) {
            return true;
        }
        if (vu instanceof Slice s && tu instanceof Pointer p && p.elem().underlying() instanceof Array a
                && Types.identical(s.elem(), a.elem())) {
            return true;
        }
        // go1.20: a slice converts to an array of its element type
        return vu instanceof Slice s && tu instanceof Array a && Types.identical(s.elem(), a.elem())
                && c.allowVersion(20);
    }

    private static boolean isByteOrRune(Type t) {
        return t.underlying() instanceof Basic b && (b.kind() == Basic.Kind.UINT8 || b.kind() == Basic.Kind.INT32);
    }

    static boolean identicalIgnoreTags(Type a, Type b) {
        return Types.identical(stripTags(a), stripTags(b));
    }

    /** The type with all struct tags removed (conversions ignore tags, at every depth). */
    private static Tuple stripTags(Tuple t) {
        return (Tuple) stripTags((Type) t);
    }

    private static Type stripTags(Type t) {
        return switch (t) {
            case Struct s -> {
                List<Var> fs = new java.util.ArrayList<>();
                for (Var f : s.fields()) {
                    fs.add(new Var(f.pos(), f.pkg(), f.name(), stripTags(f.type()), true, f.embedded()));
                }
                yield new Struct(List.copyOf(fs), List.of());
            }
            case Pointer p -> new Pointer(stripTags(p.elem()));
            case Array a -> new Array(a.len(), stripTags(a.elem()));
            case Slice s -> new Slice(stripTags(s.elem()));
            case MapType m -> new MapType(stripTags(m.key()), stripTags(m.elem()));
            case Chan ch -> new Chan(ch.dir(), stripTags(ch.elem()));
            case Signature s -> new Signature(null, s.typeParams(), stripTags(s.params()), stripTags(s.results()),
                    s.variadic());
            case Tuple tu -> {
                List<Var> vs = new java.util.ArrayList<>();
                for (Var v : tu.vars()) {
                    vs.add(Var.param(v.pos(), v.pkg(), v.name(), stripTags(v.type())));
                }
                yield new Tuple(List.copyOf(vs));
            }
            default -> t;
        };
    }
}
