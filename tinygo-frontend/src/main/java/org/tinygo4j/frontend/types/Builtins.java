package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.types.Operand.Mode;

/**
 * Calls of builtin functions of the universe (len, cap, print, println, panic, new,
 * make, append, copy, delete, min, max, clear, close, recover) and of package unsafe
 * (Sizeof, Alignof, Offsetof, Add, Slice, String, StringData, SliceData). As go/types
 * does, the function expression is recorded with the signature of this particular
 * call, so later phases know the argument types.
 */
final class Builtins {
    private final Checker c;

    Builtins(Checker c) {
        this.c = c;
    }

    void call(Operand x, Expr.Call e, Builtin.Id id) {
        String name = ExprString.of(e.fun());
        List<Expr> a = e.args();
        if (e.hasEllipsis() && id != Builtin.Id.APPEND) {
            c.error(e.pos(), "invalid operation: invalid use of ... with built-in " + name);
            c.calls.args(a);
            x.setInvalid();
            return;
        }
        int[] arity = arity(id);
        // new, make and Offsetof take a type or a selector as their first argument
        boolean typeFirst = id == Builtin.Id.NEW || id == Builtin.Id.MAKE;
        // a lone multi-value call supplies all the arguments (copy(f()), complex(f()))
        List<Operand> unpacked = a.size() == 1 && !typeFirst && id != Builtin.Id.OFFSETOF
                ? c.exprs.multiExpr(a.get(0)) : null;
        int n = unpacked != null ? unpacked.size() : a.size();
        if (n < arity[0] || arity[1] >= 0 && n > arity[1]) {
            boolean few = n < arity[0];
            c.error(few ? e.rparen() : a.get(Math.min(arity[1], a.size() - 1)).pos(), (few ? "not enough" : "too many")
                    + " arguments for " + ExprString.of(e) + " (expected " + arity[0] + ", found " + n + ")");
            if (unpacked == null) {
                c.calls.args(a);
            }
            x.setInvalid();
            return;
        }
        List<Operand> args = new ArrayList<>();
        if (unpacked != null) {
            args.addAll(unpacked);
        } else if (!typeFirst && id != Builtin.Id.OFFSETOF) {
            for (Expr ae : a) {
                Operand o = new Operand();
                c.exprs.expr(o, ae);
                args.add(o);
            }
        }
        for (Operand o : args) {
            if (o.invalid()) {
                x.setInvalid();
                return;
            }
        }
        if ((id == Builtin.Id.ADD || id == Builtin.Id.SLICE) && !c.allowVersion(17)) {
            c.versionError(e.fun().pos(), name, 17);
            x.setInvalid();
            return;
        }
        Type resultType = null;
        List<Type> paramTypes = new ArrayList<>();
        switch (id) {
            case LEN, CAP -> {
                Operand o = args.get(0);
                Type u = Generics.coreType(o.type);
                if (u instanceof Pointer p && p.elem().underlying() instanceof Array) {
                    u = p.elem().underlying();
                }
                boolean ok;
                Constant val = null;
                switch (u) {
                    // an operand whose type is still being declared (type T [len(*new(T))]int): not constant
                    case null -> ok = true;
                    case Basic b when b.isString() && id == Builtin.Id.LEN -> {
                        ok = true;
                        if (o.mode == Mode.CONSTANT) {
                            val = Constant.IntVal.of(((Constant.StringVal) o.val).bytes().length);
                        }
                    }
                    case Array arr -> {
                        ok = true;
                        if (!containsCallOrReceive(a.get(0), c.info)) {
                            val = Constant.IntVal.of(arr.len());
                        }
                    }
                    case Slice s -> ok = true;
                    case Chan ch -> ok = true;
                    case MapType m -> ok = id == Builtin.Id.LEN;
                    default -> ok = false;
                }
                if (!ok) {
                    c.error(o.expr.pos(), "invalid argument: " + c.describe(o) + " for " + name);
                    x.setInvalid();
                    return;
                }
                if (Assignments.isUntyped(o.type)) {
                    c.assign.convertUntyped(o, Universe.STRING);
                }
                paramTypes.add(o.type);
                recordSig(e, paramTypes, Universe.INT, false);
                if (val != null) {
                    x.setConst(Universe.INT, val);
                } else {
                    x.set(Mode.VALUE, Universe.INT);
                }
                return;
            }
            case PRINT, PRINTLN -> {
                for (Operand o : args) {
                    c.assign.assignment(o, null, "argument to built-in " + name);
                    if (o.invalid()) {
                        x.setInvalid();
                        return;
                    }
                    paramTypes.add(o.type);
                }
                recordSig(e, paramTypes, null, false);
                x.set(Mode.NOVALUE, Tuple.EMPTY);
                return;
            }
            case PANIC -> {
                Operand o = args.get(0);
                c.assign.assignment(o, c.universe.any(), "argument to panic");
                if (o.invalid()) {
                    x.setInvalid();
                    return;
                }
                paramTypes.add(c.universe.any());
                recordSig(e, paramTypes, null, false);
                x.set(Mode.NOVALUE, Tuple.EMPTY);
                return;
            }
            case RECOVER -> {
                recordSig(e, paramTypes, c.universe.any(), false);
                x.set(Mode.VALUE, c.universe.any());
                return;
            }
            case NEW -> {
                Type t = c.typexprs.typexpr(a.get(0));
                if (t == Universe.INVALID) {
                    x.setInvalid();
                    return;
                }
                paramTypes.add(t);
                recordSig(e, paramTypes, new Pointer(t), false);
                x.set(Mode.VALUE, new Pointer(t));
                return;
            }
            case MAKE -> {
                Type t = c.typexprs.typexpr(a.get(0));
                if (t == Universe.INVALID) {
                    c.calls.args(a.subList(1, a.size()));
                    x.setInvalid();
                    return;
                }
                int min;
                switch (Generics.coreType(t)) {
                    case Slice s -> min = 2;
                    case MapType m -> min = 1;
                    case Chan ch -> min = 1;
                    default -> {
                        c.error(a.get(0).pos(), "invalid argument: cannot make " + ExprString.of(a.get(0))
                                + "; type must be slice, map, or channel");
                        x.setInvalid();
                        return;
                    }
                }
                if (a.size() < min || a.size() > 3 || a.size() == 3 && min == 1) {
                    c.error(e.pos(), "invalid operation: " + ExprString.of(e) + " expects " + min + " or " + (min + 1)
                            + " arguments; found " + a.size());
                    x.setInvalid();
                    return;
                }
                paramTypes.add(t);
                List<java.math.BigInteger> sizes = new ArrayList<>();
                for (Expr s : a.subList(1, a.size())) {
                    Operand o = c.exprs.ops.checkIndex(s, -1, false);
                    paramTypes.add(o == null ? Universe.INT : o.type);
                    if (o != null && o.mode == Mode.CONSTANT) {
                        sizes.add(ConstantOps.toInt(o.val).value());
                    }
                }
                if (sizes.size() == 2 && sizes.get(0).compareTo(sizes.get(1)) > 0) {
                    c.error(a.get(1).pos(), "invalid argument: length and capacity swapped");
                }
                recordSig(e, paramTypes, t, false);
                x.set(Mode.VALUE, t);
                return;
            }
            case APPEND -> {
                Operand s = args.get(0);
                if (!(Generics.coreType(s.type) instanceof Slice sl)) {
                    if (s.isNil()) {
                        c.error(s.expr.pos(), "first argument to append must be a typed slice; found untyped nil");
                    } else {
                        c.error(s.expr.pos(), "invalid argument: " + c.describe(s) + " (first argument to append must be a slice)");
                    }
                    x.setInvalid();
                    return;
                }
                paramTypes.add(s.type);
                if (e.hasEllipsis()) {
                    if (args.size() != 2) {
                        c.error(e.pos(), "can only use ... with final argument in list");
                        x.setInvalid();
                        return;
                    }
                    Operand rest = args.get(1);
                    if (sl.elem().underlying() instanceof Basic eb && eb.kind() == Basic.Kind.UINT8
                            && (rest.type.underlying() instanceof Basic rb && rb.isString() || bytestring(rest.type))) {
                        if (Assignments.isUntyped(rest.type)) {
                            c.assign.convertUntyped(rest, Universe.STRING);
                        }
                        paramTypes.add(rest.type);
                    } else {
                        c.assign.assignment(rest, new Slice(sl.elem()), "argument to append");
                        paramTypes.add(new Slice(sl.elem()));
                    }
                    recordSig(e, paramTypes, s.type, true);
                } else {
                    for (Operand o : args.subList(1, args.size())) {
                        c.assign.assignment(o, sl.elem(), "argument to append");
                    }
                    paramTypes.add(new Slice(sl.elem()));
                    recordSig(e, paramTypes, s.type, true);
                }
                x.set(Mode.VALUE, s.type);
                return;
            }
            case COPY -> {
                Operand dst = args.get(0);
                Operand src = args.get(1);
                if (!(Generics.coreType(dst.type) instanceof Slice ds)) {
                    c.error(dst.expr.pos(), "invalid argument: copy expects slice arguments; found " + c.describe(dst)
                            + " and " + c.describe(src));
                    x.setInvalid();
                    return;
                }
                boolean ok = src.type.underlying() instanceof Slice ss && Types.identical(ds.elem(), ss.elem())
                        || src.type.underlying() instanceof Basic sb && sb.isString()
                        && ds.elem().underlying() instanceof Basic eb && eb.kind() == Basic.Kind.UINT8;
                if (!ok) {
                    c.error(dst.expr.pos(), "invalid argument: arguments to copy " + c.describe(dst) + " and "
                            + c.describe(src) + " have different element types");
                    x.setInvalid();
                    return;
                }
                if (Assignments.isUntyped(src.type)) {
                    c.assign.convertUntyped(src, Universe.STRING);
                }
                paramTypes.add(dst.type);
                paramTypes.add(src.type);
                recordSig(e, paramTypes, Universe.INT, false);
                x.set(Mode.VALUE, Universe.INT);
                return;
            }
            case DELETE -> {
                Operand m = args.get(0);
                Type mkey = mapKey(m.type);
                if (mkey == null) {
                    c.error(m.expr.pos(), "invalid argument: " + c.describe(m) + " is not a map");
                    x.setInvalid();
                    return;
                }
                c.assign.assignment(args.get(1), mkey, "argument to delete");
                paramTypes.add(m.type);
                paramTypes.add(mkey);
                recordSig(e, paramTypes, null, false);
                x.set(Mode.NOVALUE, Tuple.EMPTY);
                return;
            }
            case CLOSE -> {
                Operand ch = args.get(0);
                // every channel of a type parameter's type set may be closed: no core type needed
                boolean closable = ch.type instanceof TypeParam
                        ? !Generics.terms(ch.type).isEmpty() && Generics.terms(ch.type).stream().allMatch(
                                t -> t.type().underlying() instanceof Chan tc && tc.dir() != Expr.ChanDir.RECV)
                        : ch.type.underlying() instanceof Chan cht && cht.dir() != Expr.ChanDir.RECV;
                if (!closable) {
                    c.error(ch.expr.pos(), "invalid operation: cannot close " + c.describe(ch));
                    x.setInvalid();
                    return;
                }
                paramTypes.add(ch.type);
                recordSig(e, paramTypes, null, false);
                x.set(Mode.NOVALUE, Tuple.EMPTY);
                return;
            }
            case CLEAR -> {
                Operand o = args.get(0);
                if (!(o.type.underlying() instanceof MapType || o.type.underlying() instanceof Slice)) {
                    c.error(o.expr.pos(), "invalid argument: " + c.describe(o) + " must be a map or slice");
                    x.setInvalid();
                    return;
                }
                paramTypes.add(o.type);
                recordSig(e, paramTypes, null, false);
                x.set(Mode.NOVALUE, Tuple.EMPTY);
                return;
            }
            case MIN, MAX -> {
                minMax(x, e, args, id == Builtin.Id.MIN);
                return;
            }
            case COMPLEX -> {
                complex(x, e, args.get(0), args.get(1));
                return;
            }
            case REAL, IMAG -> {
                realImag(x, e, args.get(0), id == Builtin.Id.REAL);
                return;
            }
            default -> {
                unsafeCall(x, e, id, args);
            }
        }
    }

    private void complex(Operand x, Expr.Call e, Operand re, Operand im) {
        boolean ru = Assignments.isUntyped(re.type);
        boolean iu = Assignments.isUntyped(im.type);
        if (ru && !iu) {
            c.assign.convertUntyped(re, im.type);
        } else if (iu && !ru) {
            c.assign.convertUntyped(im, re.type);
        } else if (ru && iu && re.mode == Mode.CONSTANT && im.mode == Mode.CONSTANT) {
            Constant.FloatVal r = ConstantOps.toFloat(re.val);
            Constant.FloatVal i = ConstantOps.toFloat(im.val);
            x.setConst(Universe.UNTYPED_COMPLEX, new Constant.ComplexVal(r, i));
            return;
        }
        if (re.invalid() || im.invalid()) {
            x.setInvalid();
            return;
        }
        if (ru && iu) {
            c.assign.convertUntyped(re, Universe.FLOAT64);
            c.assign.convertUntyped(im, Universe.FLOAT64);
        }
        if (!Types.identical(re.type, im.type)) {
            c.error(re.expr.pos(), "invalid operation: " + ExprString.of(e) + " (mismatched types "
                    + c.typeString(re.type) + " and " + c.typeString(im.type) + ")");
            x.setInvalid();
            return;
        }
        Type rt;
        if (re.type.underlying() instanceof Basic b && b.kind() == Basic.Kind.FLOAT32) {
            rt = Universe.COMPLEX64;
        } else if (re.type.underlying() instanceof Basic b && b.kind() == Basic.Kind.FLOAT64) {
            rt = Universe.COMPLEX128;
        } else {
            c.error(re.expr.pos(), "invalid operation: " + ExprString.of(e) + " (arguments have type "
                    + c.typeString(re.type) + ", expected floating-point)");
            x.setInvalid();
            return;
        }
        recordSig(e, List.of(re.type, im.type), rt, false);
        if (re.mode == Mode.CONSTANT && im.mode == Mode.CONSTANT) {
            x.setConst(rt, new Constant.ComplexVal(ConstantOps.toFloat(re.val), ConstantOps.toFloat(im.val)));
        } else {
            x.set(Mode.VALUE, rt);
        }
    }

    private void realImag(Operand x, Expr.Call e, Operand z, boolean real) {
        if (Assignments.isUntyped(z.type)) {
            if (z.mode == Mode.CONSTANT && z.type instanceof Basic b && b.isNumeric()) {
                Constant.ComplexVal cv = ConstantOps.toComplex(z.val);
                x.setConst(Universe.UNTYPED_FLOAT, real ? cv.re() : cv.im());
                return;
            }
            c.assign.convertUntyped(z, Universe.COMPLEX128);
            if (z.invalid()) {
                x.setInvalid();
                return;
            }
        }
        Type rt;
        if (z.type.underlying() instanceof Basic b && b.kind() == Basic.Kind.COMPLEX64) {
            rt = Universe.FLOAT32;
        } else if (z.type.underlying() instanceof Basic b && b.kind() == Basic.Kind.COMPLEX128) {
            rt = Universe.FLOAT64;
        } else {
            c.error(z.expr.pos(), "invalid argument: " + c.describe(z) + " must be of complex type");
            x.setInvalid();
            return;
        }
        recordSig(e, List.of(z.type), rt, false);
        if (z.mode == Mode.CONSTANT) {
            Constant.ComplexVal cv = ConstantOps.toComplex(z.val);
            x.setConst(rt, real ? cv.re() : cv.im());
        } else {
            x.set(Mode.VALUE, rt);
        }
    }

    private void minMax(Operand x, Expr.Call e, List<Operand> args, boolean isMin) {
        Operand acc = args.get(0);
        for (Operand o : args) {
            if (!Operators.isOrdered(o.type)) {
                c.error(o.expr.pos(), "invalid argument: " + c.describe(o) + " cannot be ordered");
                x.setInvalid();
                return;
            }
        }
        Type t = null;
        for (Operand o : args) {
            if (!Assignments.isUntyped(o.type)) {
                t = o.type;
            }
        }
        for (Operand o : args) {
            if (t != null) {
                c.assign.convertUntyped(o, t);
            }
            if (o.invalid()) {
                x.setInvalid();
                return;
            }
            if (t != null && !Types.identical(o.type, t)) {
                c.error(o.expr.pos(), "invalid argument: mismatched types " + c.typeString(t) + " (previous argument) and "
                        + c.typeString(o.type) + " (type of " + ExprString.of(o.expr) + ")");
                x.setInvalid();
                return;
            }
        }
        boolean allConst = args.stream().allMatch(o -> o.mode == Mode.CONSTANT);
        if (allConst) {
            Constant best = acc.val;
            Type bt = acc.type;
            for (Operand o : args) {
                boolean better = isMin ? ConstantOps.compare(o.val, org.tinygo4j.frontend.ast.Token.LSS, best)
                        : ConstantOps.compare(o.val, org.tinygo4j.frontend.ast.Token.GTR, best);
                if (better) {
                    best = o.val;
                }
                if (t == null && Assignments.isUntyped(o.type)
                        && ((Basic) o.type).kind().ordinal() > ((Basic) bt).kind().ordinal()) {
                    bt = o.type;
                }
            }
            x.setConst(t != null ? t : bt, best);
            return;
        }
        List<Type> ps = new ArrayList<>();
        for (Operand o : args) {
            ps.add(o.type);
        }
        recordSig(e, ps, t, false);
        x.set(Mode.VALUE, t != null ? t : acc.type);
    }

    private void unsafeCall(Operand x, Expr.Call e, Builtin.Id id, List<Operand> args) {
        List<Type> ps = new ArrayList<>();
        switch (id) {
            case SIZEOF, ALIGNOF -> {
                Operand o = args.get(0);
                c.assign.assignment(o, null, "argument to unsafe." + (id == Builtin.Id.SIZEOF ? "Sizeof" : "Alignof"));
                if (o.invalid()) {
                    x.setInvalid();
                    return;
                }
                if (hasTypeParam(o.type)) {
                    // the size of a type parameter's type is known per instance, not here
                    recordSig(e, List.of(o.type), Universe.UINTPTR, false);
                    x.set(Mode.VALUE, Universe.UINTPTR);
                    return;
                }
                long v = id == Builtin.Id.SIZEOF ? c.sizes.sizeof(o.type) : c.sizes.alignof(o.type);
                x.setConst(Universe.UINTPTR, Constant.IntVal.of(v));
            }
            case OFFSETOF -> {
                Expr arg = e.args().get(0);
                while (arg instanceof Expr.Paren p) {
                    arg = p.x();
                }
                if (!(arg instanceof Expr.Selector sel)) {
                    c.error(arg.pos(), "invalid argument: " + ExprString.of(arg) + " is not a selector expression");
                    x.setInvalid();
                    return;
                }
                Operand base = new Operand();
                c.exprs.expr(base, sel.x());
                if (base.invalid()) {
                    x.setInvalid();
                    return;
                }
                Type bt = base.type instanceof Pointer bp ? bp.elem() : base.type;
                Lookup.Result r = c.lookup.lookupFieldOrMethod(bt, false, c.pkg, sel.sel().name());
                if (r == null || !(r.obj() instanceof Var f) || r.indirect()) {
                    c.error(sel.sel().pos(), "invalid argument: " + ExprString.of(arg) + " is not a field selector");
                    x.setInvalid();
                    return;
                }
                c.recordUse(sel.sel(), f);
                c.info.selections.put(sel, new Selection(Selection.Kind.FIELD_VAL, base.type, f, r.index(), false));
                c.recordTV(sel, TypeAndValue.Mode.VARIABLE, f.type(), null);
                if (hasTypeParam(bt)) {
                    // field offsets of a generic struct are known per instance
                    x.set(Mode.VALUE, Universe.UINTPTR);
                    return;
                }
                long off = 0;
                Type t = bt;
                for (int i : r.index()) {
                    Struct s = (Struct) (t instanceof Pointer p ? p.elem() : t).underlying();
                    off += c.sizes.offsetsof(s).get(i);
                    t = s.fields().get(i).type();
                }
                x.setConst(Universe.UINTPTR, Constant.IntVal.of(off));
            }
            case ADD -> {
                c.assign.assignment(args.get(0), Universe.UNSAFE_POINTER, "argument to unsafe.Add");
                Operand n = args.get(1);
                if (Assignments.isUntyped(n.type)) {
                    c.assign.convertUntyped(n, Universe.INT);
                }
                if (!n.invalid() && !(n.type.underlying() instanceof Basic b && b.isInteger())) {
                    c.error(n.expr.pos(), "cannot use " + c.describe(n) + " as int value in argument to unsafe.Add");
                }
                ps.add(Universe.UNSAFE_POINTER);
                ps.add(n.type);
                recordSig(e, ps, Universe.UNSAFE_POINTER, false);
                x.set(Mode.VALUE, Universe.UNSAFE_POINTER);
            }
            case SLICE, STRING -> {
                Operand p = args.get(0);
                Type elem;
                if (!(p.type.underlying() instanceof Pointer pt)) {
                    c.error(p.expr.pos(), "invalid argument: " + c.describe(p) + " is not a pointer");
                    x.setInvalid();
                    return;
                } else {
                    elem = pt.elem();
                }
                if (id == Builtin.Id.STRING && !(elem.underlying() instanceof Basic b && b.kind() == Basic.Kind.UINT8)) {
                    c.assign.assignment(p, new Pointer(Universe.BYTE), "argument to unsafe.String");
                }
                Operand n = args.get(1);
                if (Assignments.isUntyped(n.type)) {
                    c.assign.convertUntyped(n, Universe.INT);
                }
                Type rt = id == Builtin.Id.SLICE ? new Slice(elem) : Universe.STRING;
                ps.add(p.type);
                ps.add(n.type);
                recordSig(e, ps, rt, false);
                x.set(Mode.VALUE, rt);
            }
            case STRINGDATA -> {
                Operand s = args.get(0);
                c.assign.assignment(s, Universe.STRING, "argument to unsafe.StringData");
                ps.add(Universe.STRING);
                recordSig(e, ps, new Pointer(Universe.BYTE), false);
                x.set(Mode.VALUE, new Pointer(Universe.BYTE));
            }
            case SLICEDATA -> {
                Operand s = args.get(0);
                if (!(Generics.coreType(s.type) instanceof Slice sl)) {
                    c.error(s.expr.pos(), "invalid argument: " + c.describe(s) + " is not a slice");
                    x.setInvalid();
                    return;
                }
                ps.add(s.type);
                recordSig(e, ps, new Pointer(sl.elem()), false);
                x.set(Mode.VALUE, new Pointer(sl.elem()));
            }
            default -> {
                c.notSupported(e.pos(), "builtin " + id);
                x.setInvalid();
            }
        }
    }

    private static int[] arity(Builtin.Id id) {
        return switch (id) {
            case APPEND -> new int[] {1, -1};
            case CAP, LEN, CLEAR, CLOSE, IMAG, REAL, NEW, PANIC, ALIGNOF, OFFSETOF, SIZEOF, SLICEDATA, STRINGDATA ->
                    new int[] {1, 1};
            case COMPLEX, COPY, DELETE, ADD, SLICE, STRING -> new int[] {2, 2};
            case MAKE -> new int[] {1, 3};
            case MIN, MAX -> new int[] {1, -1};
            case PRINT, PRINTLN -> new int[] {0, -1};
            case RECOVER -> new int[] {0, 0};
        };
    }

    /** Whether the layout of t depends on a type parameter (then unsafe's answers are not constants). */
    static boolean hasTypeParam(Type t) {
        return hasTypeParam(t, new java.util.HashSet<>());
    }

    private static boolean hasTypeParam(Type t, java.util.Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        return switch (t) {
            case TypeParam tp -> true;
            case Array a -> hasTypeParam(a.elem(), seen);
            case Struct st -> st.fields().stream().anyMatch(f -> hasTypeParam(f.type(), seen));
            case Named n -> n.typeArgs().stream().anyMatch(a -> hasTypeParam(a, seen))
                    || !n.typeParams().isEmpty() && n.typeArgs().isEmpty();
            default -> false; // pointers, slices, maps, ... have a fixed layout
        };
    }

    private void recordSig(Expr.Call e, List<Type> params, Type result, boolean variadic) {
        List<Var> ps = new ArrayList<>();
        for (Type t : params) {
            ps.add(Var.param(e.pos(), null, "", t));
        }
        Tuple res = result == null ? Tuple.EMPTY : new Tuple(List.of(Var.param(e.pos(), null, "", result)));
        Signature sig = new Signature(null, List.of(), new Tuple(List.copyOf(ps)), res, variadic);
        Expr f = e.fun();
        while (true) {
            c.recordTV(f, TypeAndValue.Mode.BUILTIN, sig, null);
            if (f instanceof Expr.Paren p) {
                f = p.x();
            } else {
                break;
            }
        }
    }

    /** Whether e contains a receive or a non-constant function call (conversions do not count). */
    private static boolean containsCallOrReceive(Expr e, Info info) {
        return switch (e) {
            case Expr.Call call -> {
                TypeAndValue ft = info.types.get(call.fun());
                TypeAndValue ct = info.types.get(call);
                if (ft != null && ft.mode() == TypeAndValue.Mode.TYPEXPR || ct != null && ct.isConstant()) {
                    yield call.args().stream().anyMatch(a -> containsCallOrReceive(a, info));
                }
                yield true;
            }
            case Expr.Unary u -> u.op() == org.tinygo4j.frontend.ast.Token.ARROW || containsCallOrReceive(u.x(), info);
            case Expr.Paren p -> containsCallOrReceive(p.x(), info);
            case Expr.Selector s -> containsCallOrReceive(s.x(), info);
            case Expr.Index i -> containsCallOrReceive(i.x(), info)
                    || i.indices().stream().anyMatch(x -> containsCallOrReceive(x, info));
            case Expr.Star s -> containsCallOrReceive(s.x(), info);
            case Expr.Binary b -> containsCallOrReceive(b.x(), info) || containsCallOrReceive(b.y(), info);
            case Expr.CompositeLit cl -> cl.elts().stream().anyMatch(x -> containsCallOrReceive(x, info));
            case Expr.KeyValue kv -> containsCallOrReceive(kv.value(), info);
            default -> false;
        };
    }

    /** The key type of a map, or of every map in a type parameter's type set (delete needs no core type); else null. */
    private static Type mapKey(Type t) {
        if (!(t instanceof TypeParam)) {
            return t.underlying() instanceof MapType mt ? mt.key() : null;
        }
        Type key = null;
        List<TypeSet.Term> terms = Generics.terms(t);
        for (TypeSet.Term term : terms) {
            if (!(term.type().underlying() instanceof MapType mt) || key != null && !Types.identical(key, mt.key())) {
                return null;
            }
            key = mt.key();
        }
        return key;
    }

    /** A type parameter whose type set holds only strings and byte slices (append(b, s...) accepts it). */
    private static boolean bytestring(Type t) {
        List<TypeSet.Term> terms = t instanceof TypeParam ? Generics.terms(t) : List.of();
        return !terms.isEmpty() && terms.stream().allMatch(term -> switch (term.type().underlying()) {
            case Basic b -> b.isString();
            case Slice sl -> sl.elem().underlying() instanceof Basic eb && eb.kind() == Basic.Kind.UINT8;
            default -> false;
        });
    }
}
