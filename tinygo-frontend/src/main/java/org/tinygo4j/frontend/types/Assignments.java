package org.tinygo4j.frontend.types;

import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.types.Operand.Mode;

/**
 * Assignability and the implicit conversion of untyped values (go/types
 * assignments.go, operand.assignableTo, implicitTypeAndValue), comparability, and
 * the checking of constant and variable declarations and of assignments to a
 * left-hand side.
 */
final class Assignments {
    private final Checker c;

    Assignments(Checker c) {
        this.c = c;
    }

    static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.isUntyped();
    }

    /** Named in the spec's sense: defined types, predeclared types and type parameters. */
    static boolean isNamed(Type t) {
        return t instanceof Named || t instanceof Basic || t instanceof TypeParam;
    }

    static boolean hasNil(Type t) {
        return switch (t.underlying()) {
            case Pointer p -> true;
            case Slice s -> true;
            case MapType m -> true;
            case Chan ch -> true;
            case Signature s -> true;
            case Interface i -> true;
            case Basic b -> b.kind() == Basic.Kind.UNSAFE_POINTER;
            default -> false;
        };
    }

    boolean comparable(Type t) {
        if (t.underlying() == null) {
            return true;
        }
        return switch (t.underlying()) {
            case Basic b -> b.kind() != Basic.Kind.UNTYPED_NIL;
            case Pointer p -> true;
            case Chan ch -> true;
            case Interface i -> true;
            case Struct s -> s.fields().stream().allMatch(f -> comparable(f.type()));
            case Array a -> comparable(a.elem());
            case TypeParam tp -> true;
            default -> false;
        };
    }

    private record Implicit(Type type, Constant val, ConstantOps.Failure failure) {}

    /** go/types implicitTypeAndValue: the type x takes in a context of type target. */
    private Implicit implicitTypeAndValue(Operand x, Type target) {
        if (x.invalid() || !isUntyped(x.type) || target == Universe.INVALID) {
            return new Implicit(x.type, null, ConstantOps.Failure.NONE);
        }
        Basic xb = (Basic) x.type;
        if (isUntyped(target)) {
            Basic tb = (Basic) target;
            if (xb.isNumeric() && tb.isNumeric()) {
                Basic larger = rank(xb) >= rank(tb) ? xb : tb;
                Constant v = x.val == null ? null : ConstantOps.toKind(x.val, larger.kind());
                return new Implicit(larger, v, ConstantOps.Failure.NONE);
            }
            if (xb.kind() != tb.kind()) {
                return new Implicit(null, null, ConstantOps.Failure.MISMATCH);
            }
            return new Implicit(target, null, ConstantOps.Failure.NONE);
        }
        if (target instanceof TypeParam) {
            List<TypeSet.Term> terms = Generics.terms(target);
            if (x.isNil()) {
                // nil suits a type parameter whose every type has nil (~map[K]V, ~*T)
                boolean ok = !terms.isEmpty() && terms.stream().allMatch(t -> hasNil(t.type()));
                return ok ? new Implicit(target, null, ConstantOps.Failure.NONE)
                        : new Implicit(null, null, ConstantOps.Failure.MISMATCH);
            }
            if (terms.isEmpty()) {
                return new Implicit(null, null, ConstantOps.Failure.MISMATCH);
            }
            for (TypeSet.Term term : terms) {
                Operand probe = new Operand();
                probe.copyFrom(x);
                Implicit r = implicitTypeAndValue(probe, term.type());
                if (r.type() == null) {
                    return r;
                }
            }
            return new Implicit(target, null, ConstantOps.Failure.NONE);
        }
        switch (target.underlying()) {
            case Basic tb -> {
                if (x.mode == Mode.CONSTANT) {
                    ConstantOps.Rep r = ConstantOps.representable(x.val, tb, c.sizes);
                    if (r.failure() != ConstantOps.Failure.NONE) {
                        return new Implicit(null, null, r.failure());
                    }
                    return new Implicit(target, r.value(), ConstantOps.Failure.NONE);
                }
                boolean ok = switch (xb.kind()) {
                    case UNTYPED_BOOL -> tb.isBoolean();
                    case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> tb.isNumeric();
                    case UNTYPED_STRING -> tb.isString();
                    case UNTYPED_NIL -> tb.kind() == Basic.Kind.UNSAFE_POINTER;
                    default -> false;
                };
                if (!ok) {
                    return new Implicit(null, null, ConstantOps.Failure.MISMATCH);
                }
                return new Implicit(xb.kind() == Basic.Kind.UNTYPED_NIL ? Universe.UNTYPED_NIL : target, null,
                        ConstantOps.Failure.NONE);
            }
            case Interface i -> {
                if (x.isNil()) {
                    return new Implicit(Universe.UNTYPED_NIL, null, ConstantOps.Failure.NONE);
                }
                if (!i.allMethods().isEmpty()) {
                    return new Implicit(null, null, ConstantOps.Failure.MISMATCH);
                }
                return new Implicit(Universe.defaultType(x.type), null, ConstantOps.Failure.NONE);
            }
            case Pointer p -> {
                return nilOnly(x);
            }
            case Signature s -> {
                return nilOnly(x);
            }
            case Slice s -> {
                return nilOnly(x);
            }
            case MapType m -> {
                return nilOnly(x);
            }
            case Chan ch -> {
                return nilOnly(x);
            }
            default -> {
                return new Implicit(null, null, ConstantOps.Failure.MISMATCH);
            }
        }
    }

    private static Implicit nilOnly(Operand x) {
        return x.isNil() ? new Implicit(Universe.UNTYPED_NIL, null, ConstantOps.Failure.NONE)
                : new Implicit(null, null, ConstantOps.Failure.MISMATCH);
    }

    private static int rank(Basic b) {
        return switch (b.kind()) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            case UNTYPED_COMPLEX -> 4;
            default -> 0;
        };
    }

    /** Converts an untyped operand to target (or reports "cannot convert" / "truncated" / "overflows"). */
    void convertUntyped(Operand x, Type target) {
        Implicit r = implicitTypeAndValue(x, target);
        if (r.type() == null) {
            String how = switch (r.failure()) {
                case TRUNCATED -> c.describe(x) + " truncated to " + c.typeString(target);
                case OVERFLOWS -> c.describe(x) + " overflows " + c.typeString(target);
                default -> "cannot convert " + c.describe(x) + " to type " + c.typeString(target);
            };
            c.error(x.expr.pos(), how);
            x.setInvalid();
            return;
        }
        apply(x, r);
    }

    private void apply(Operand x, Implicit r) {
        if (r.val() != null) {
            x.val = r.val();
            Checker.Untyped u = c.untyped.get(x.expr);
            if (u != null) {
                c.untyped.put(x.expr, new Checker.Untyped(u.isLhs(), u.shift(), u.mode(), u.type(), r.val()));
            }
        }
        if (r.type() != x.type) {
            x.type = r.type();
            c.exprs.updateExprType(x.expr, r.type(), false);
        }
    }

    /** Checks that x can be assigned to a variable of type t (t null: x takes its default type). */
    void assignment(Operand x, Type t, String context) {
        if (x.invalid()) {
            return;
        }
        switch (x.mode) {
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK -> {
            }
            default -> {
                c.error(x.expr.pos(), "cannot assign " + c.describe(x) + " to " + c.typeString(t) + " in " + context);
                x.setInvalid();
                return;
            }
        }
        if (isUntyped(x.type)) {
            Type target = t;
            if (t == null || t.underlying() instanceof Interface && !(t instanceof TypeParam)) {
                if (t == null && x.isNil()) {
                    c.error(x.expr.pos(), "use of untyped nil in " + context);
                    x.setInvalid();
                    return;
                }
                target = Universe.defaultType(x.type);
            }
            Implicit r = implicitTypeAndValue(x, target);
            if (r.type() == null) {
                String msg = "cannot use " + c.describe(x) + " as " + c.typeString(target) + " value in " + context;
                if (r.failure() == ConstantOps.Failure.TRUNCATED) {
                    msg += " (truncated)";
                } else if (r.failure() == ConstantOps.Failure.OVERFLOWS) {
                    msg += " (overflows)";
                }
                c.error(x.expr.pos(), msg);
                x.setInvalid();
                return;
            }
            apply(x, r);
        }
        if (t == null || t == Universe.INVALID || x.type == Universe.INVALID) {
            return;
        }
        String[] reason = new String[1];
        if (!assignableTo(x, t, reason)) {
            String msg = "cannot use " + c.describe(x) + " as type " + c.typeString(t) + " in " + context;
            if (reason[0] != null) {
                msg += ":\n\t" + reason[0];
            }
            c.error(x.expr.pos(), msg);
            x.setInvalid();
        }
    }

    boolean assignableTo(Operand x, Type t) {
        return assignableTo(x, t, new String[1]);
    }

    /** Go's assignability of a value x to type t; reason[0] may explain a failure. */
    boolean assignableTo(Operand x, Type t, String[] reason) {
        Type v = x.type;
        if (Types.identical(v, t)) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (isUntyped(vu) && t instanceof TypeParam) {
            return implicitTypeAndValue(x, t).type() != null;
        }
        if (isUntyped(vu)) {
            Basic vb = (Basic) vu;
            if (tu instanceof Basic tb) {
                if (x.isNil()) {
                    return tb.kind() == Basic.Kind.UNSAFE_POINTER;
                }
                if (x.mode == Mode.CONSTANT) {
                    return ConstantOps.representable(x.val, tb, c.sizes).failure() == ConstantOps.Failure.NONE;
                }
                if (vb.isBoolean()) {
                    return tb.isBoolean();
                }
                return vb.isNumeric() && tb.isNumeric() || vb.isString() && tb.isString();
            }
            if (tu instanceof Interface i) {
                return x.isNil() || i.allMethods().isEmpty();
            }
            if (tu instanceof Pointer || tu instanceof Signature || tu instanceof Slice || tu instanceof MapType
                    || tu instanceof Chan) {
                return x.isNil();
            }
            return false;
        }
        if (Types.identical(vu, tu) && (!isNamed(v) || !isNamed(t))) {
            return true;
        }
        // a type parameter and a type that is not named: every type of the type set must do
        if (v instanceof TypeParam && !isNamed(t) && !(tu instanceof Interface && !(t instanceof TypeParam))) {
            List<TypeSet.Term> terms = Generics.terms(v);
            if (!terms.isEmpty()) {
                Operand y = new Operand();
                y.expr = x.expr;
                boolean all = true;
                for (TypeSet.Term term : terms) {
                    y.set(Mode.VALUE, term.type());
                    all &= assignableTo(y, t, new String[1]);
                }
                return all;
            }
        }
        if (t instanceof TypeParam && !isNamed(v)) {
            List<TypeSet.Term> terms = Generics.terms(t);
            if (!terms.isEmpty()) {
                boolean all = true;
                for (TypeSet.Term term : terms) {
                    all &= assignableTo(x, term.type(), new String[1]);
                }
                return all;
            }
        }
        if (tu instanceof Interface ti && !(t instanceof TypeParam)) {
            String why = c.lookup.missingMethodReason(v, t, ti);
            if (why == null) {
                return true;
            }
            reason[0] = why;
            return false;
        }
        if (vu instanceof Interface && !(v instanceof TypeParam) && !(tu instanceof Interface)) {
            if (c.lookup.missingMethodReason(t, v, (Interface) vu) == null) {
                reason[0] = "need type assertion";
            }
            return false;
        }
        if (vu instanceof Chan vc && vc.dir() == Expr.ChanDir.BOTH && tu instanceof Chan tc
                && Types.identical(vc.elem(), tc.elem())) {
            return !isNamed(v) || !isNamed(t);
        }
        return false;
    }

    // ---- declarations ----

    void constDecl(NamedConst obj, Expr typeExpr, Expr init, boolean inherited) {
        Type t = null;
        if (typeExpr != null) {
            t = c.typexprs.typexpr(typeExpr);
            if (!(t.underlying() instanceof Basic b) || b.kind() == Basic.Kind.UNSAFE_POINTER || b == Universe.INVALID) {
                if (t != Universe.INVALID) {
                    c.error(typeExpr.pos(), "invalid constant type " + c.typeString(t));
                }
                obj.setType(Universe.INVALID);
                return;
            }
        }
        if (init == null) {
            obj.setType(Universe.INVALID);
            return;
        }
        Operand x = new Operand();
        c.exprs.expr(x, init);
        if (x.invalid()) {
            obj.setType(Universe.INVALID);
            return;
        }
        if (x.mode != Mode.CONSTANT) {
            c.error(init.pos(), c.describe(x) + " is not constant");
            obj.setType(Universe.INVALID);
            return;
        }
        if (t != null) {
            assignment(x, t, "constant declaration");
            if (x.invalid()) {
                obj.setType(Universe.INVALID);
                return;
            }
        }
        obj.setType(x.type);
        obj.setValue(x.val);
    }

    void varDecl(List<Var> lhs, Expr typeExpr, Expr init) {
        Type t = typeExpr != null ? c.typexprs.typexpr(typeExpr) : null;
        if (t != null) {
            for (Var v : lhs) {
                v.setType(t);
            }
        }
        if (init == null) {
            if (t == null) {
                for (Var v : lhs) {
                    v.setType(Universe.INVALID);
                }
            }
            return;
        }
        if (lhs.size() == 1) {
            Operand x = new Operand();
            c.exprs.exprWithHint(x, init, t);
            initVar(lhs.get(0), x, "variable declaration");
            return;
        }
        List<Operand> xs = c.exprs.multiExpr(init);
        if (xs.size() == 1 && xs.get(0).commaOkAble() && lhs.size() == 2) {
            initVar(lhs.get(0), xs.get(0), "variable declaration");
            Operand ok = new Operand();
            ok.expr = init;
            ok.set(Mode.VALUE, Universe.UNTYPED_BOOL);
            initVar(lhs.get(1), ok, "variable declaration");
            commaOk(init, xs.get(0).type);
            return;
        }
        if (xs.size() != lhs.size()) {
            if (!(xs.size() == 1 && xs.get(0).invalid())) {
                c.error(init.pos(), mismatch(lhs.size(), xs.size(), init));
            }
            for (Var v : lhs) {
                if (v.type() == null) {
                    v.setType(Universe.INVALID);
                }
                v.markUsed();
            }
            return;
        }
        for (int i = 0; i < lhs.size(); i++) {
            initVar(lhs.get(i), xs.get(i), "variable declaration");
        }
    }

    /** Records the tuple type (T, bool) of a comma-ok expression, as go/types does. */
    void commaOk(Expr e, Type t) {
        TypeAndValue tv = c.info.types.get(e);
        if (tv != null) {
            Tuple tu = new Tuple(List.of(Var.param(e.pos(), c.pkg, "", t), Var.param(e.pos(), c.pkg, "", Universe.BOOL)));
            c.recordTV(e, TypeAndValue.Mode.COMMAOK, tu, null);
        }
    }

    static String mismatch(int nl, int nr, Expr rhs) {
        String vars = nl + " variable" + (nl != 1 ? "s" : "");
        if (rhs instanceof Expr.Call call) {
            return "assignment mismatch: " + vars + " but " + ExprString.of(call) + " returns " + nr + " value"
                    + (nr != 1 ? "s" : "");
        }
        return "assignment mismatch: " + vars + " but " + nr + " value" + (nr != 1 ? "s" : "");
    }

    void initVar(Var v, Operand x, String context) {
        if (x.invalid()) {
            if (v.type() == null) {
                v.setType(Universe.INVALID);
            }
            v.markUsed(); // avoid a follow-on "declared but not used"
            return;
        }
        if (v.type() == null) {
            Type t = x.type;
            if (isUntyped(t)) {
                if (x.isNil()) {
                    c.error(x.expr.pos(), "use of untyped nil in " + context);
                    v.setType(Universe.INVALID);
                    v.markUsed();
                    return;
                }
                t = Universe.defaultType(t);
            }
            v.setType(t);
        }
        assignment(x, v.type(), context);
        if (x.invalid()) {
            v.markUsed();
        }
    }

    /** Assigns x to the left-hand side expression lhs; returns the lhs type or null. */
    Type assignVar(Expr lhs, Operand x) {
        if (x.invalid()) {
            evalLhsOnly(lhs);
            useLhs(lhs);
            return null;
        }
        Expr un = lhs;
        while (un instanceof Expr.Paren p) {
            un = p.x();
        }
        if (un instanceof Expr.Ident id && id.isBlank()) {
            c.recordDef(id, null);
            assignment(x, null, "assignment to _ identifier");
            return x.invalid() ? null : x.type;
        }
        Operand z = lhsOperand(lhs);
        if (z.invalid()) {
            return null;
        }
        if (z.mode != Mode.VARIABLE && z.mode != Mode.MAPINDEX) {
            if (un instanceof Expr.Selector sel) {
                Operand op = new Operand();
                c.exprs.expr(op, sel.x());
                if (op.mode == Mode.MAPINDEX) {
                    c.error(lhs.pos(), "cannot assign to struct field " + ExprString.of(lhs) + " in map");
                    return null;
                }
            }
            c.error(lhs.pos(), "cannot assign to " + c.describe(z));
            return null;
        }
        assignment(x, z.type, "assignment");
        if (x.invalid()) {
            useLhs(lhs);
        }
        return z.type;
    }

    /** After an erroneous assignment the target counts as used (no follow-on error). */
    private void useLhs(Expr lhs) {
        while (lhs instanceof Expr.Paren p) {
            lhs = p.x();
        }
        if (lhs instanceof Expr.Ident id && c.scope.lookupParent(id.name()) instanceof Var v) {
            v.markUsed();
        }
    }

    /** Evaluates a left-hand side without counting a plain variable as used. */
    Operand lhsOperand(Expr lhs) {
        Expr un = lhs;
        while (un instanceof Expr.Paren p) {
            un = p.x();
        }
        Var v = null;
        boolean wasUsed = false;
        if (un instanceof Expr.Ident id) {
            Obj o = c.scope.lookupParent(id.name());
            if (o instanceof Var vv && vv.pkg() == c.pkg) {
                v = vv;
                wasUsed = vv.used();
            }
        }
        Operand z = new Operand();
        c.exprs.expr(z, lhs);
        if (v != null && !wasUsed && c.objMap.get(v) == null) {
            v.resetUsed();
        }
        return z;
    }

    private void evalLhsOnly(Expr lhs) {
        Expr un = lhs;
        while (un instanceof Expr.Paren p) {
            un = p.x();
        }
        if (un instanceof Expr.Ident id && id.isBlank()) {
            c.recordDef(id, null);
            return;
        }
        lhsOperand(lhs);
    }
}
