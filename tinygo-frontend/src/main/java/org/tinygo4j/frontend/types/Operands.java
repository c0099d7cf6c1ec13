package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Operand.Mode;

/**
 * Index, slice, composite literal and type assertion expressions (go/types
 * index.go, literals in expr.go): element types, addressability, constant index
 * bounds, struct/array/slice/map literals with elided element types.
 */
final class Operands {
    private final Checker c;

    Operands(Checker c) {
        this.c = c;
    }

    void index(Operand x, Expr.Index e) {
        c.exprs.exprOrType(x, e.x());
        if (x.invalid()) {
            for (Expr i : e.indices()) {
                Operand o = new Operand();
                c.exprs.rawExpr(o, i, null, true);
            }
            x.setInvalid();
            return;
        }
        if (x.mode == Mode.TYPEXPR) {
            Type t = c.typexprs.instantiateType(e);
            if (t == Universe.INVALID) {
                x.setInvalid();
            } else {
                x.set(Mode.TYPEXPR, t);
            }
            return;
        }
        if (x.type instanceof Signature s && !s.typeParams().isEmpty()) {
            List<Type> targs = new java.util.ArrayList<>();
            for (Expr i : e.indices()) {
                targs.add(c.typexprs.typexpr(i));
            }
            if (targs.contains(Universe.INVALID)) {
                x.setInvalid();
                return;
            }
            if (targs.size() > s.typeParams().size()) {
                c.error(e.indices().get(s.typeParams().size()).pos(), "got " + targs.size() + " type arguments but "
                        + ExprString.of(e.x()) + " has " + s.typeParams().size() + " type parameters");
                x.setInvalid();
                return;
            }
            if (targs.size() < s.typeParams().size()) {
                // the rest may follow from the constraints alone (f[byte] with B interface{ []A });
                // otherwise only a call's arguments can tell
                List<Type> all = c.generics.infer(e.pos(), s, targs, List.of(), false, false);
                if (all == null) {
                    c.generics.partial.put(e, targs);
                    x.set(Mode.VALUE, s);
                    return;
                }
                targs = new java.util.ArrayList<>(all);
            }
            List<Expr> given = e.indices();
            c.cycles.record(s.typeParams(), targs, i -> i < given.size() ? given.get(i).pos() : e.pos());
            c.generics.verify(i -> i < given.size() ? given.get(i).pos() : e.pos(), s.typeParams(), targs);
            Signature inst = (Signature) c.generics.subst(s, Generics.bind(s.typeParams(), targs));
            Expr.Ident nameId = e.x() instanceof Expr.Ident id ? id : e.x() instanceof Expr.Selector sel ? sel.sel() : null;
            if (nameId != null) {
                c.info.instances.put(nameId, new Instance(List.copyOf(targs), inst));
            }
            x.set(Mode.VALUE, inst);
            return;
        }
        long length = -1;
        Type elem;
        Mode mode;
        switch (Generics.coreType(x.type)) {
            case Basic b when b.isString() -> {
                if (x.mode == Mode.CONSTANT) {
                    length = ((Constant.StringVal) x.val).bytes().length;
                }
                elem = Universe.BYTE;
                mode = Mode.VALUE;
            }
            case Array a -> {
                length = a.len();
                elem = a.elem();
                mode = x.mode == Mode.VARIABLE ? Mode.VARIABLE : Mode.VALUE;
            }
            case Pointer p when p.elem().underlying() instanceof Array a -> {
                length = a.len();
                elem = a.elem();
                mode = Mode.VARIABLE;
            }
            case Slice s -> {
                elem = s.elem();
                mode = Mode.VARIABLE;
            }
            case MapType m -> {
                if (e.indices().size() != 1) {
                    c.error(e.pos(), "invalid operation: more than one index");
                    x.setInvalid();
                    return;
                }
                Operand k = new Operand();
                c.exprs.exprWithHint(k, e.indices().get(0), m.key());
                c.assign.assignment(k, m.key(), "map index");
                x.set(Mode.MAPINDEX, m.elem());
                return;
            }
            default -> {
                TypeParamIndex tpi = typeParamIndex(x);
                if (tpi == null) {
                    c.error(x.expr.pos(), "invalid operation: cannot index " + c.describe(x));
                    x.setInvalid();
                    return;
                }
                if (tpi.key() != null) {
                    Operand k = new Operand();
                    c.exprs.exprWithHint(k, e.indices().get(0), tpi.key());
                    c.assign.assignment(k, tpi.key(), "map index");
                    x.set(Mode.MAPINDEX, tpi.elem());
                    return;
                }
                length = tpi.length();
                elem = tpi.elem();
                mode = tpi.mode();
            }
        }
        if (e.indices().size() != 1) {
            c.error(e.pos(), "invalid operation: more than one index");
            x.setInvalid();
            return;
        }
        Operand idx = checkIndex(e.indices().get(0), length, false);
        if (x.mode == Mode.CONSTANT && idx != null && idx.mode == Mode.CONSTANT) {
            byte[] bs = ((Constant.StringVal) x.val).bytes();
            int i = ConstantOps.toInt(idx.val).value().intValue();
            x.setConst(Universe.BYTE, Constant.IntVal.of(bs[i] & 0xff));
            x.mode = Mode.VALUE;
            x.val = null;
            x.type = Universe.BYTE;
            return;
        }
        x.set(mode, elem);
    }

    private record TypeParamIndex(Type key, Type elem, long length, Mode mode) {}

    /**
     * Indexing an operand of type-parameter type without a core type: every type of its
     * type set must be indexable with the same element type (all maps with one key type,
     * or strings, arrays, pointers to arrays and slices); a string makes the result a
     * value, and the smallest array length bounds constant indices.
     */
    private TypeParamIndex typeParamIndex(Operand x) {
        if (!(x.type instanceof TypeParam)) {
            return null;
        }
        List<TypeSet.Term> terms = Generics.terms(x.type);
        if (terms.isEmpty()) {
            return null;
        }
        Type key = null;
        Type elem = null;
        long length = -1;
        Mode mode = Mode.VARIABLE;
        boolean maps = false;
        for (int i = 0; i < terms.size(); i++) {
            Type u = terms.get(i).type().underlying();
            Type el;
            if (u instanceof MapType m) {
                if (i > 0 && !maps || key != null && !Types.identical(key, m.key())) {
                    return null;
                }
                maps = true;
                key = m.key();
                el = m.elem();
            } else {
                if (maps) {
                    return null;
                }
                long len = -1;
                switch (u) {
                    case Basic b when b.isString() -> {
                        el = Universe.BYTE;
                        mode = Mode.VALUE;
                    }
                    case Array a -> {
                        el = a.elem();
                        len = a.len();
                        if (x.mode != Mode.VARIABLE) {
                            mode = Mode.VALUE;
                        }
                    }
                    case Pointer p when p.elem().underlying() instanceof Array a -> {
                        el = a.elem();
                        len = a.len();
                    }
                    case Slice sl -> el = sl.elem();
                    default -> {
                        return null;
                    }
                }
                if (len >= 0 && (length < 0 || len < length)) {
                    length = len;
                }
            }
            if (elem != null && !Types.identical(elem, el)) {
                return null;
            }
            elem = el;
        }
        return new TypeParamIndex(key, elem, maps ? -1 : length, maps ? Mode.MAPINDEX : mode);
    }

    /** Checks an index (or slice bound); max < 0 means unknown. Returns null after an error. */
    Operand checkIndex(Expr e, long max, boolean allowMax) {
        Operand x = new Operand();
        c.exprs.expr(x, e);
        if (x.invalid()) {
            return null;
        }
        if (Assignments.isUntyped(x.type)) {
            c.assign.convertUntyped(x, Universe.INT);
            if (x.invalid()) {
                return null;
            }
        }
        if (!Generics.allBasic(x.type, Basic::isInteger)) {
            c.error(e.pos(), "invalid argument: index " + c.describe(x) + " must be integer");
            return null;
        }
        if (x.mode == Mode.CONSTANT) {
            java.math.BigInteger v = ConstantOps.toInt(x.val).value();
            if (v.signum() < 0) {
                c.error(e.pos(), "invalid argument: index " + c.describe(x) + " must not be negative");
                return null;
            }
            if (ConstantOps.representable(x.val, Universe.INT, c.sizes).failure() != ConstantOps.Failure.NONE) {
                c.error(e.pos(), "invalid argument: index " + c.describe(x) + " overflows int");
                return null;
            }
            if (max >= 0 && (allowMax ? v.compareTo(java.math.BigInteger.valueOf(max)) > 0
                    : v.compareTo(java.math.BigInteger.valueOf(max)) >= 0)) {
                c.error(e.pos(), "invalid argument: index " + ExprString.of(e) + " out of bounds [0:"
                        + (allowMax ? max + 1 : max) + "]");
                return null;
            }
        }
        return x;
    }

    void sliceExpr(Operand x, Expr.SliceExpr e) {
        c.exprs.expr(x, e.x());
        if (x.invalid()) {
            for (Expr b : new Expr[] {e.low(), e.high(), e.max()}) {
                if (b != null) {
                    Operand o = new Operand();
                    c.exprs.expr(o, b);
                }
            }
            return;
        }
        long length = -1;
        Type result;
        switch (Generics.coreType(x.type)) {
            case Basic b when b.isString() -> {
                if (e.slice3()) {
                    c.error(e.pos(), "invalid operation: 3-index slice of string");
                    x.setInvalid();
                    return;
                }
                if (x.mode == Mode.CONSTANT) {
                    length = ((Constant.StringVal) x.val).bytes().length;
                }
                result = b.isUntyped() ? Universe.STRING : x.type;
            }
            case Array a -> {
                length = a.len();
                if (x.mode != Mode.VARIABLE) {
                    c.error(x.expr.pos(), "invalid operation: " + c.describe(x) + " (slice of unaddressable value)");
                    x.setInvalid();
                    return;
                }
                result = new Slice(a.elem());
            }
            case Pointer p when p.elem().underlying() instanceof Array a -> {
                length = a.len();
                result = new Slice(a.elem());
            }
            case Slice s -> result = x.type;
            default -> {
                c.error(x.expr.pos(), "cannot slice " + c.describe(x));
                x.setInvalid();
                return;
            }
        }
        long prev = -1;
        for (Expr b : new Expr[] {e.low(), e.high(), e.max()}) {
            if (b == null) {
                continue;
            }
            Operand o = checkIndex(b, length, true);
            if (o != null && o.mode == Mode.CONSTANT) {
                long v = ConstantOps.toInt(o.val).value().longValue();
                if (prev >= 0 && v < prev) {
                    c.error(b.pos(), "invalid slice indices: " + v + " < " + prev);
                }
                prev = v;
            }
        }
        x.set(Mode.VALUE, result);
    }

    void typeAssert(Operand x, Expr.TypeAssert e) {
        c.exprs.expr(x, e.x());
        if (x.invalid()) {
            return;
        }
        if (e.type() == null) {
            c.error(e.pos(), "invalid syntax tree: use of .(type) outside type switch");
            x.setInvalid();
            return;
        }
        if (!(x.type.underlying() instanceof Interface iface)) {
            c.error(x.expr.pos(), "invalid operation: " + c.describe(x) + " is not an interface");
            x.setInvalid();
            return;
        }
        Type t = c.typexprs.typexpr(e.type());
        if (t == Universe.INVALID) {
            x.setInvalid();
            return;
        }
        checkTypeAssertion(e.pos(), e.type(), x, iface, t);
        x.set(Mode.COMMAOK, t);
    }

    void checkTypeAssertion(int pos, Expr at, Operand x, Interface iface, Type t) {
        if (t.underlying() instanceof Interface) {
            return;
        }
        String why = c.lookup.missingMethodReason(t, x.type, iface);
        if (why != null) {
            c.error(pos, "impossible type assertion: " + ExprString.of(x.expr) + ".(" + ExprString.of(at) + ")\n\t" + why);
        }
    }

    void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
        Type typ;
        Type base;
        if (e.type() != null) {
            if (e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
                Type elem = c.typexprs.typexpr(at.elem());
                long n = indexedElts(e.elts(), elem, -1);
                typ = new Array(n, elem);
                c.recordTV(e.type(), TypeAndValue.Mode.TYPEXPR, typ, null);
                x.set(Mode.VALUE, typ);
                return;
            }
            typ = c.typexprs.typexpr(e.type());
            base = typ;
        } else if (hint != null) {
            typ = hint;
            base = Generics.coreType(hint) instanceof Pointer p ? p.elem() : hint;
        } else {
            c.error(e.pos(), "invalid composite literal type: missing type in composite literal");
            x.setInvalid();
            return;
        }
        if (base.underlying() == null) {
            // T{} inside T's own declaration (type T [len(T{})]int): its form is not known yet
            c.error(e.type() != null ? e.type().pos() : e.pos(), "illegal cycle in type declaration");
            x.setInvalid();
            return;
        }
        switch (Generics.coreType(base)) {
            case Struct s -> structLit(e, s, base);
            case Array a -> indexedElts(e.elts(), a.elem(), a.len());
            case Slice sl -> indexedElts(e.elts(), sl.elem(), -1);
            case MapType m -> {
                // the keys seen, bucketed so that each key is compared only with those
                // that may equal it (100,000 keys were compared pairwise: minutes)
                java.util.Map<Object, List<Object[]>> seenKeys = new java.util.HashMap<>();
                for (Expr el : e.elts()) {
                    if (!(el instanceof Expr.KeyValue kv)) {
                        c.error(el.pos(), "missing key in map literal");
                        Operand o = new Operand();
                        c.exprs.exprWithHint(o, el, m.elem());
                        continue;
                    }
                    Operand k = new Operand();
                    c.exprs.exprWithHint(k, kv.key(), m.key());
                    c.assign.assignment(k, m.key(), "map literal");
                    if (!k.invalid() && k.mode == Mode.CONSTANT) {
                        // with an interface key type, equal values of different types are distinct keys
                        boolean iface = m.key().underlying() instanceof Interface;
                        boolean dup = false;
                        List<Object[]> bucket = seenKeys.computeIfAbsent(keyBucket(k.val), b -> new ArrayList<>());
                        for (Object[] prev : bucket) {
                            if ((!iface || Types.identical((Type) prev[1], k.type))
                                    && sameKey((Constant) prev[0], k.val)) {
                                dup = true;
                                break;
                            }
                        }
                        if (dup) {
                            c.error(kv.key().pos(), "duplicate key " + Operand.valueString(k.val) + " in map literal");
                        } else {
                            bucket.add(new Object[] {k.val, k.type});
                        }
                    }
                    Operand v = new Operand();
                    c.exprs.exprWithHint(v, kv.value(), m.elem());
                    c.assign.assignment(v, m.elem(), "map literal");
                }
            }
            default -> {
                if (base != Universe.INVALID) {
                    c.error(e.pos(), "invalid composite literal type " + c.typeString(typ));
                }
                for (Expr el : e.elts()) {
                    Operand o = new Operand();
                    c.exprs.rawExpr(o, el instanceof Expr.KeyValue kv ? kv.value() : el, null, false);
                }
                x.setInvalid();
                return;
            }
        }
        x.set(Mode.VALUE, typ);
    }

    /**
     * A value equal for any two keys that sameKey finds the same: the integer for an
     * integral number of any representation, the nearest double for other real numbers,
     * a string's bytes, the printed value for the rest.
     */
    private static Object keyBucket(Constant v) {
        if (v instanceof Constant.ComplexVal cv && cv.im().num().signum() == 0) {
            v = cv.re();
        }
        return switch (v) {
            case Constant.IntVal i -> i.value();
            case Constant.FloatVal f -> f.num().remainder(f.den()).signum() == 0 ? f.num().divide(f.den())
                    : (Object) new java.math.BigDecimal(f.num()).divide(new java.math.BigDecimal(f.den()),
                            java.math.MathContext.DECIMAL64).doubleValue();
            case Constant.BigFloatVal b -> "big float";
            case Constant.ComplexVal cv -> "complex";
            case Constant.StringVal sv -> new String(sv.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            default -> Operand.valueString(v);
        };
    }

    /** Whether two constant map keys are the same value (numbers compare across representations). */
    private static boolean sameKey(Constant a, Constant b) {
        boolean numA = ConstantOps.rank(a) >= 0;
        boolean numB = ConstantOps.rank(b) >= 0;
        if (numA != numB || !numA && a.getClass() != b.getClass()) {
            return false;
        }
        return ConstantOps.compare(a, Token.EQL, b);
    }

    private void structLit(Expr.CompositeLit e, Struct s, Type typ) {
        if (e.elts().isEmpty()) {
            return;
        }
        if (e.elts().get(0) instanceof Expr.KeyValue) {
            Set<String> seen = new HashSet<>();
            for (Expr el : e.elts()) {
                if (!(el instanceof Expr.KeyValue kv)) {
                    c.error(el.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (!(kv.key() instanceof Expr.Ident key)) {
                    c.error(kv.key().pos(), "invalid field name " + ExprString.of(kv.key()) + " in struct literal");
                    continue;
                }
                Var field = null;
                for (Var f : s.fields()) {
                    if (f.name().equals(key.name())) {
                        field = f;
                    }
                }
                Operand v = new Operand();
                if (field == null) {
                    c.error(key.pos(), "unknown field '" + key.name() + "' in struct literal of type " + c.typeString(typ));
                    c.exprs.expr(v, kv.value());
                    continue;
                }
                c.recordUse(key, field);
                if (!seen.add(key.name())) {
                    c.error(key.pos(), "duplicate field name " + key.name() + " in struct literal");
                }
                c.exprs.expr(v, kv.value());
                c.assign.assignment(v, field.type(), "struct literal");
            }
            return;
        }
        List<Var> fields = s.fields();
        int i = 0;
        for (Expr el : e.elts()) {
            if (el instanceof Expr.KeyValue kv) {
                c.error(el.pos(), "mixture of field:value and value elements in struct literal");
                continue;
            }
            Operand v = new Operand();
            if (i >= fields.size()) {
                c.exprs.expr(v, el);
                c.error(el.pos(), "too many values in " + ExprString.of(e));
                return;
            }
            Var f = fields.get(i++);
            c.exprs.expr(v, el);
            if (!f.exported() && f.pkg() != c.pkg) {
                c.error(el.pos(), "implicit assignment to unexported field " + f.name() + " in struct literal of type "
                        + c.typeString(typ));
            }
            c.assign.assignment(v, f.type(), "struct literal");
        }
        if (i < fields.size()) {
            c.error(e.rbrace(), "too few values in " + ExprString.of(e));
        }
    }

    /** Checks array/slice literal elements; returns the literal's length. */
    private long indexedElts(List<Expr> elts, Type elem, long length) {
        long index = 0;
        long max = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr el : elts) {
            Expr val = el;
            if (el instanceof Expr.KeyValue kv) {
                Operand k = checkIndex(kv.key(), length, false);
                if (k != null && k.mode == Mode.CONSTANT) {
                    index = ConstantOps.toInt(k.val).value().longValue();
                } else if (k != null) {
                    c.error(kv.key().pos(), "index " + ExprString.of(kv.key()) + " must be integer constant");
                }
                val = kv.value();
            } else if (length >= 0 && index >= length) {
                c.error(el.pos(), "index " + index + " is out of bounds (>= " + length + ")");
            }
            if (!seen.add(index)) {
                c.error(el.pos(), "duplicate index " + index + " in array or slice literal");
            }
            Operand v = new Operand();
            c.exprs.exprWithHint(v, val, elem);
            c.assign.assignment(v, elem, "array or slice literal");
            index++;
            max = Math.max(max, index);
        }
        return max;
    }
}
