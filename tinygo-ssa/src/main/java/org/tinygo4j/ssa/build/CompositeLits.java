package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Nil;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeAndValue;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Composite literals: arrays, structs, slices and map literals built in memory (on
 * the heap when their address escapes), and the constant aggregates that literals of
 * constants become, so that package-level ones are static data rather than init code.
 */
final class CompositeLits {
    private final ExprBuilder eb;

    CompositeLits(ExprBuilder eb) {
        this.eb = eb;
    }

    /** []T{...}: a heap array holding the elements, sliced whole. */
    Value sliceLiteral(Expr.CompositeLit cl, org.tinygo4j.frontend.types.Slice st) {
        return sliceLiteral(cl, eb.typeOf(cl), st);
    }

    /**
     * As above, of type t: the literal's own, except for the {...} that stands for &S{...}
     * in a literal of *S elements, whose recorded type is the pointer.
     */
    private Value sliceLiteral(Expr.CompositeLit cl, Type t, org.tinygo4j.frontend.types.Slice st) {
        long n = 0;
        long idx = 0;
        for (Expr el : cl.elts()) {
            if (el instanceof Expr.KeyValue kv) {
                idx = ((Constant.IntVal) eb.info.types.get(kv.key()).value()).value().longValueExact();
            }
            n = Math.max(n, ++idx);
        }
        Array arr = new Array(n, st.elem());
        Instr.Alloc a = eb.fb.alloc(arr, "slicelit", cl.pos(), true);
        fillComposite(a, arr, cl);
        return eb.fb.emit(new Instr.Slice(t, a, null, null, null, cl.pos()));
    }

    /** A slice over a new array holding the values of elems (the variadic part of append). */
    Value sliceOf(Type elem, List<Expr> elems, boolean heap, int pos) {
        return sliceOfValues(elem, elems.stream().map(eb::expr).toList(), heap, pos);
    }

    /** As sliceOf, of values already evaluated. */
    Value sliceOfValues(Type elem, List<Value> elems, boolean heap, int pos) {
        Array arr = new Array(elems.size(), elem);
        Instr.Alloc a = eb.fb.alloc(arr, "args", pos, heap);
        storeElements(a, elem, elems, pos);
        return eb.fb.emit(new Instr.Slice(new org.tinygo4j.frontend.types.Slice(elem), a, null, null, null, pos));
    }

    /** Stores values, converted to elem, into the first elements of the array at addr. */
    void storeElements(Value addr, Type elem, List<Value> values, int pos) {
        for (int i = 0; i < values.size(); i++) {
            Value ea = eb.fb.emit(new Instr.IndexAddr(new Pointer(elem), addr,
                    new org.tinygo4j.ssa.ir.Const(Universe.INT, Constant.IntVal.of(i)), pos));
            eb.fb.store(ea, eb.convert(values.get(i), elem, pos), pos);
        }
    }

    /** Allocates a composite literal (on the heap when its address escapes) and stores its elements. */
    Value compositeLit(Expr.CompositeLit cl, boolean heap) {
        Type t = eb.typeOf(cl);
        if (eb.fb.pb.program().sizes().sizeof(t) > 1 << 16) {
            // A temporary this large goes to the heap, as gc moves large variables: on
            // the stack LLVM's optimiser walks it byte by byte (24 GB of memory for
            // test/fixedbugs/issue18636.go's 1 MiB struct), and no goroutine's stack
            // of ours holds it.
            heap = true;
        }
        Instr.Alloc a = eb.fb.alloc(t, "complit", cl.pos(), heap);
        fillComposite(a, t, cl);
        return a;
    }

    void fillComposite(Value addr, Type t, Expr.CompositeLit cl) {
        Type u = t.underlying();
        if (u instanceof Struct st) {
            for (int i = 0; i < cl.elts().size(); i++) {
                Expr el = cl.elts().get(i);
                int field = i;
                Expr valueExpr = el;
                if (el instanceof Expr.KeyValue kv) {
                    String name = ((Expr.Ident) kv.key()).name();
                    field = fieldIndex(st, name);
                    valueExpr = kv.value();
                }
                Type ft = st.fields().get(field).type();
                if (st.fields().get(field).name().equals("_")) {
                    eb.expr(valueExpr); // a blank field stays zero; its value is only evaluated
                    continue;
                }
                Value fa = eb.fb.emit(new Instr.FieldAddr(new Pointer(ft), addr, field, el.pos()));
                storeElement(fa, ft, valueExpr);
            }
        } else if (u instanceof Array arr) {
            Image image = staticImage(arr, cl);
            if (image != null) {
                // one copy from a static array, where a store per element made a function
                // that LLVM's code generation took minutes over (100,000 elements)
                org.tinygo4j.ssa.ir.Global g = eb.fb.pb.staticData(arr);
                g.setInitializer(image.value());
                eb.fb.store(addr, eb.fb.load(g, cl.pos()), cl.pos());
            }
            List<Expr> entries = new ArrayList<>();
            List<Long> indices = new ArrayList<>();
            long idx = 0;
            for (int k = 0; k < cl.elts().size(); k++) {
                Expr el = cl.elts().get(k);
                if (el instanceof Expr.KeyValue kv) {
                    idx = ((Constant.IntVal) eb.info.types.get(kv.key()).value()).value().longValueExact();
                }
                if (image == null || image.rest().get(k)) {
                    entries.add(el);
                    indices.add(idx);
                }
                idx++;
            }
            inParts(entries, addr, cl.pos(), (b, a, k) -> {
                Expr el = entries.get(k);
                Expr valueExpr = el instanceof Expr.KeyValue kv ? kv.value() : el;
                Value ia = b.emit(new Instr.IndexAddr(new Pointer(arr.elem()), a,
                        new org.tinygo4j.ssa.ir.Const(Universe.INT, Constant.IntVal.of(indices.get(k))), el.pos()));
                b.exprs.lits.storeElement(ia, arr.elem(), valueExpr);
            });
        } else if (Maps.isMap(t)) {
            eb.fb.store(addr, new Maps(eb.fb).literal(cl, t), cl.pos());
        } else if (u instanceof org.tinygo4j.frontend.types.Slice st) {
            eb.fb.store(addr, sliceLiteral(cl, t, st), cl.pos()); // &S{...} of a slice type S
        } else {
            throw new Unsupported(cl.pos(), "composite literal of type " + t);
        }
    }

    /**
     * Literals with more elements than this fill memory from static data when their
     * elements allow it: an array literal by one copy of a static array, a map literal by
     * a loop over static arrays of keys and values (gc's threshold for maps); smaller
     * ones keep a store or an assignment per element, which is as small in code.
     */
    static final int STATIC_FILL_MIN = 25;

    /**
     * The static part of an array literal: the constant elements, the others zero, and
     * which entries of the literal are left to code (set bits).
     */
    private record Image(org.tinygo4j.ssa.ir.Const value, BitSet rest) {}

    /**
     * The static part of an array literal of more than {@link #STATIC_FILL_MIN} elements,
     * larger than 64 bytes (so that the copy is a memmove, see the lowering of Store),
     * listing at least half its elements (a static image of a mostly zero array would
     * cost more data than the stores it saves) and at least half of them link-time
     * constants that may be shared by every evaluation of the literal
     * ({@link #staticElement}): as gc splits a literal, the
     * constants are copied from a static array and only the other entries are stored
     * by code, after the copy and in order. Null when the literal is not such.
     */
    private Image staticImage(Array arr, Expr.CompositeLit cl) {
        if (cl.elts().size() <= STATIC_FILL_MIN || arr.len() > 2L * cl.elts().size() || !mayBeStatic(arr.elem())
                || eb.fb.pb.program().sizes().sizeof(arr) <= 64) {
            return null;
        }
        org.tinygo4j.ssa.ir.Const zero = org.tinygo4j.ssa.ir.Const.zero(arr.elem());
        List<org.tinygo4j.ssa.ir.Const> elems = new ArrayList<>();
        BitSet rest = new BitSet();
        long idx = 0;
        for (int k = 0; k < cl.elts().size(); k++) {
            Expr el = cl.elts().get(k);
            if (el instanceof Expr.KeyValue kv) {
                idx = ((Constant.IntVal) eb.info.types.get(kv.key()).value()).value().longValueExact();
                el = kv.value();
            }
            org.tinygo4j.ssa.ir.Const c = staticElement(arr.elem(), el);
            if (c == null) {
                rest.set(k);
                if (2 * rest.cardinality() > cl.elts().size()) {
                    return null;
                }
                c = zero;
            }
            while (elems.size() <= idx) {
                elems.add(zero);
            }
            elems.set((int) idx++, c);
        }
        return new Image(new org.tinygo4j.ssa.ir.Const(arr, elems), rest);
    }

    /** What one entry of a literal emits: entry k of those given to inParts, into target, with b. */
    interface EntryCode {
        void emit(FunctionBuilder b, Value target, int k);
    }

    /**
     * Literals whose entries weigh more than this ({@link #weight}) are built in parts of
     * at most this weight (or one entry), each a function of its own.
     */
    static final int PART_WEIGHT = 128;

    /**
     * Emits the code of each entry in order: in this function when they weigh at most
     * {@link #PART_WEIGHT} together (as every literal was built before), else in parts of
     * at most that weight, each a function of its own ({@link FunctionBuilder#callPart})
     * called here with target. A literal of 100,000 entries that are not constants was
     * one block of 100,000 stores or runtime calls, whose instruction selection and
     * scheduling in LLVM took minutes; parts of bounded size take time in proportion.
     */
    void inParts(List<Expr> entries, Value target, int pos, EntryCode code) {
        int[] weights = new int[entries.size()];
        long total = 0;
        for (int k = 0; k < entries.size(); k++) {
            weights[k] = weight(entries.get(k), PART_WEIGHT);
            total += weights[k];
        }
        // recover() must stay in the function that a panic calls as its deferred call
        if (total <= PART_WEIGHT || AddressTaken.hasRecover(entries, eb.fb.info)) {
            for (int k = 0; k < entries.size(); k++) {
                code.emit(eb.fb, target, k);
            }
            return;
        }
        int start = 0;
        while (start < entries.size()) {
            int end = start;
            long w = 0;
            do {
                w += weights[end++];
            } while (end < entries.size() && w + weights[end] <= PART_WEIGHT);
            int from = start;
            int to = end;
            eb.fb.callPart(target, pos, (b, t) -> {
                for (int k = from; k < to; k++) {
                    code.emit(b, t, k);
                }
            });
            start = end;
        }
    }

    /**
     * The weight of a literal's entry, at most cap: 1, plus the weights of the elements
     * of the composite literal it is (or of the key and value of a keyed one), so that a
     * part of nested literals holds as much code as one of plain values.
     */
    private static int weight(Expr e, int cap) {
        e = ExprBuilder.unparen(e);
        if (e instanceof Expr.KeyValue kv) {
            return Math.min(cap, weight(kv.key(), cap) + weight(kv.value(), cap) - 1);
        }
        if (e instanceof Expr.Unary u && u.op() == org.tinygo4j.frontend.ast.Token.AND) {
            e = ExprBuilder.unparen(u.x());
        }
        if (e instanceof Expr.CompositeLit c) {
            int w = 1;
            for (Expr x : c.elts()) {
                w += weight(x, cap);
                if (w >= cap) {
                    return cap;
                }
            }
            return w;
        }
        return 1;
    }

    /**
     * Whether a constant of type t may be shared by every evaluation of a literal: it
     * holds no pointer but to immutable data (strings), so a copy of it is as new as
     * one built element by element. A slice or pointer constant would point to a
     * static array or object shared by all of them.
     */
    static boolean shareable(Type t) {
        Type u = t.underlying();
        if (u instanceof org.tinygo4j.frontend.types.Basic b) {
            return b.kind() != org.tinygo4j.frontend.types.Basic.Kind.UNTYPED_NIL;
        }
        if (u instanceof Array a) {
            return shareable(a.elem());
        }
        if (u instanceof Struct st) {
            for (Var f : st.fields()) {
                if (!shareable(f.type())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether entries of type t may be link-time constants that every evaluation of a
     * literal shares ({@link #staticElement}): shareable types, pointers (to
     * package-level variables), interfaces (holding constants) and functions (declared
     * ones).
     */
    static boolean mayBeStatic(Type t) {
        Type u = t.underlying();
        return shareable(t) || u instanceof Pointer || u instanceof org.tinygo4j.frontend.types.Interface
                || u instanceof org.tinygo4j.frontend.types.Signature;
    }

    /**
     * The entry el of a literal's element (or map value) type t as a link-time constant
     * that every evaluation of the literal may share, as gc puts them in static data: a
     * constant of a shareable type; nil; {@code &g} of a package-level variable g (its
     * address, the same in every evaluation); an interface value of a constant of a
     * basic type (or one defined on it), which is its type's descriptor and a constant
     * box as a MakeInterface of the constant makes it; a declared function's value (its
     * wrapper with no context, as the MakeClosure of the function's name). Null when el
     * needs code.
     */
    org.tinygo4j.ssa.ir.Const staticElement(Type t, Expr el) {
        el = ExprBuilder.unparen(el);
        if (shareable(t)) {
            return constantElement(t, el);
        }
        if (el instanceof Expr.Ident nid && eb.info.objectOf(nid) instanceof Nil) {
            return org.tinygo4j.ssa.ir.Const.zero(t);
        }
        Type u = t.underlying();
        if (u instanceof Pointer) {
            if (el instanceof Expr.Unary un && un.op() == org.tinygo4j.frontend.ast.Token.AND
                    && ExprBuilder.unparen(un.x()) instanceof Expr.Ident id && eb.info.objectOf(id) instanceof Var v
                    && eb.fb.pb.isGlobal(v)) {
                return org.tinygo4j.ssa.ir.Const.addressOf(t, eb.fb.pb.global(v));
            }
            return null;
        }
        if (u instanceof org.tinygo4j.frontend.types.Interface) {
            TypeAndValue tv = eb.info.types.get(el);
            if (tv == null || !tv.isConstant()) {
                return null;
            }
            org.tinygo4j.ssa.ir.Const x = (org.tinygo4j.ssa.ir.Const) eb.expr(el); // (a constant emits nothing)
            if (!(x.type().underlying() instanceof org.tinygo4j.frontend.types.Basic b) || b.isUntyped()
                    || b.kind() == org.tinygo4j.frontend.types.Basic.Kind.UNSAFE_POINTER) {
                return null;
            }
            eb.fb.pb.interfaces().register(x.type());
            return org.tinygo4j.ssa.ir.Const.iface(t, x);
        }
        if (u instanceof org.tinygo4j.frontend.types.Signature
                && el instanceof Expr.Ident id && eb.info.objectOf(id) instanceof org.tinygo4j.frontend.types.Func f
                && f.signature().recv() == null && !ExprBuilder.isGeneric(f)) {
            return org.tinygo4j.ssa.ir.Const.func(t, eb.fb.pb.valueWrapper(f, id.pos()));
        }
        return null;
    }

    /**
     * The composite literal as an aggregate constant if every element is a constant
     * (recursively), else null. Missing elements are zero.
     */
    org.tinygo4j.ssa.ir.Const constantComposite(Expr.CompositeLit cl) {
        Type t = eb.typeOf(cl);
        return constantComposite(t, cl);
    }

    private org.tinygo4j.ssa.ir.Const constantComposite(Type t, Expr.CompositeLit cl) {
        Type u = t.underlying();
        List<org.tinygo4j.ssa.ir.Const> elems = new ArrayList<>();
        if (u instanceof Struct st) {
            for (Var f : st.fields()) {
                elems.add(org.tinygo4j.ssa.ir.Const.zero(f.type()));
            }
            for (int i = 0; i < cl.elts().size(); i++) {
                Expr el = cl.elts().get(i);
                int field = i;
                if (el instanceof Expr.KeyValue kv) {
                    field = fieldIndex(st, ((Expr.Ident) kv.key()).name());
                    el = kv.value();
                }
                org.tinygo4j.ssa.ir.Const c = constantElement(st.fields().get(field).type(), el);
                if (c == null) {
                    return null;
                }
                if (!st.fields().get(field).name().equals("_")) { // a blank field stays zero
                    elems.set(field, c);
                }
            }
        } else if (u instanceof Array arr) {
            // Only the elements up to the last one written are kept: the rest are zero
            // (a [100<<20]byte{42} must not become a hundred million constants, nor may
            // {1 << 30: 1}; a literal that lists its elements may have as many).
            long idx = 0;
            for (Expr el : cl.elts()) {
                if (el instanceof Expr.KeyValue kv) {
                    idx = ((Constant.IntVal) eb.info.types.get(kv.key()).value()).value().longValueExact();
                    el = kv.value();
                }
                if (tooSparse(idx + 1, cl)) {
                    return null;
                }
                org.tinygo4j.ssa.ir.Const c = constantElement(arr.elem(), el);
                if (c == null) {
                    return null;
                }
                while (elems.size() <= idx) {
                    elems.add(org.tinygo4j.ssa.ir.Const.zero(arr.elem()));
                }
                elems.set((int) idx++, c);
            }
        } else {
            return null;
        }
        return new org.tinygo4j.ssa.ir.Const(t, elems);
    }

    /**
     * A package-level initialiser as a constant: a composite literal (also of slice
     * type), or {@code &T{...}}; null when some part needs code.
     */
    org.tinygo4j.ssa.ir.Const constantInitializer(Type t, Expr rhs) {
        evaluating = true;
        try {
            if (rhs instanceof Expr.CompositeLit cl && !(t.underlying() instanceof org.tinygo4j.frontend.types.Slice)) {
                return constantComposite(eb.typeOf(cl), cl);
            }
            return constantElement(t, rhs);
        } finally {
            evaluating = false;
        }
    }

    /**
     * Whether a package-level initialiser is being made a constant, whose elements may
     * then be evaluated at compile time ({@link StaticInits}): not those of literals in
     * functions and of map literals, which keep what constants alone give.
     */
    private boolean evaluating;

    /** The element el of type t as a constant, or null where it needs code. */
    org.tinygo4j.ssa.ir.Const constantElement(Type t, Expr el) {
        el = ExprBuilder.unparen(el);
        if (el instanceof Expr.CompositeLit inner && t.underlying() instanceof org.tinygo4j.frontend.types.Slice st) {
            return constantSlice(t, st, inner);
        }
        if (el instanceof Expr.CompositeLit inner && t.underlying() instanceof Pointer pt && inner.type() == null) {
            return constantPointer(t, pt.elem(), inner); // {...} for &T{...} in a []*T literal
        }
        if (el instanceof Expr.Unary u && u.op() == org.tinygo4j.frontend.ast.Token.AND
                && ExprBuilder.unparen(u.x()) instanceof Expr.CompositeLit inner && t.underlying() instanceof Pointer pt
                && org.tinygo4j.frontend.types.Types.identical(eb.typeOf(u), t)) {
            return constantPointer(t, pt.elem(), inner);
        }
        if (el instanceof Expr.CompositeLit inner && !(t.underlying() instanceof Pointer)) {
            return constantComposite(t, inner);
        }
        TypeAndValue tv = eb.info.types.get(el);
        if (tv != null && tv.isConstant()) {
            if (Interfaces.isInterface(t)) {
                return null; // boxed by code: a MakeInterface
            }
            return new org.tinygo4j.ssa.ir.Const(t, tv.value());
        }
        if (el instanceof Expr.Ident id && eb.info.objectOf(id) instanceof Nil) {
            return org.tinygo4j.ssa.ir.Const.zero(t);
        }
        return evaluating ? eb.fb.pb.staticInits().eval(t, el) : null;
    }

    /** &T{...} as the address of a new global holding the constant T{...}. */
    private org.tinygo4j.ssa.ir.Const constantPointer(Type t, Type elem, Expr.CompositeLit cl) {
        if (elem.underlying() instanceof org.tinygo4j.frontend.types.Slice) {
            return null;
        }
        org.tinygo4j.ssa.ir.Const value = constantComposite(elem, cl);
        if (value == null) {
            return null;
        }
        org.tinygo4j.ssa.ir.Global g = eb.fb.pb.staticData(elem);
        g.setInitializer(value);
        return org.tinygo4j.ssa.ir.Const.addressOf(t, g);
    }

    /** []T{...} as a slice over a new global array holding the constant elements. */
    private org.tinygo4j.ssa.ir.Const constantSlice(Type t, org.tinygo4j.frontend.types.Slice st,
                                                   Expr.CompositeLit cl) {
        long n = 0;
        long idx = 0;
        for (Expr el : cl.elts()) {
            if (el instanceof Expr.KeyValue kv) {
                idx = ((Constant.IntVal) eb.info.types.get(kv.key()).value()).value().longValueExact();
            }
            n = Math.max(n, ++idx);
        }
        if (n == 0 || tooSparse(n, cl)) {
            return null; // (an empty literal is a non-nil slice of no array)
        }
        Array arr = new Array(n, st.elem());
        org.tinygo4j.ssa.ir.Const value = constantComposite(arr, cl);
        if (value == null) {
            return null;
        }
        org.tinygo4j.ssa.ir.Global g = eb.fb.pb.staticData(arr);
        g.setInitializer(value);
        return org.tinygo4j.ssa.ir.Const.sliceOf(t, g, n);
    }

    /**
     * Whether n elements, up to the last one the literal sets, are too many constants for
     * what it lists: more than 2^20 and more than twice its elements, so a literal with
     * 2.5 million listed elements is still static data, {1 << 30: 1} is not.
     */
    private static boolean tooSparse(long n, Expr.CompositeLit cl) {
        return n > 1 << 20 && n > 2L * cl.elts().size();
    }

    void storeElement(Value addr, Type t, Expr valueExpr) {
        if (valueExpr instanceof Expr.CompositeLit inner && inner.type() == null && !(t.underlying() instanceof Pointer)) {
            fillComposite(addr, t, inner);
            return;
        }
        eb.fb.store(addr, eb.convert(eb.expr(valueExpr), t, valueExpr.pos()), valueExpr.pos());
    }

    private static int fieldIndex(Struct st, String name) {
        for (int i = 0; i < st.fields().size(); i++) {
            if (st.fields().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no field " + name);
    }
}
