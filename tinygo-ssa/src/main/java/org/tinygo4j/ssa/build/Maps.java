package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Builtin;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeAndValue;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Map operations, built as calls of the runtime's hashmap (runtime/hashmap.go): a map
 * value is a *hashmap, keys and values travel by address. make and map literals call
 * hashmapMake with the key and value sizes and the key's handling
 * ({@link MapFunctions}); m[k] has hashmapLookup copy the value (or the zero value)
 * out; m[k] = v asks hashmapAssign for the address of k's value and stores there;
 * range loops call hashmapNext with an iterator on the stack.
 *
 * <p>Keys are SSA values until the call that needs them: only then are they stored in
 * the function's shared key temporary ({@link MapFunctions#temp}), so no other map
 * operation can come in between. In an assignment the address of m[k] is only asked
 * for after every right-hand side is evaluated, since those may insert into the same
 * map and move its table (memo[n] = fib(n-1) + fib(n-2)).
 */
final class Maps {
    private final FunctionBuilder fb;
    private final ExprBuilder exprs;

    Maps(FunctionBuilder fb) {
        this.fb = fb;
        this.exprs = fb.exprs;
    }

    static boolean isMap(Type t) {
        return t != null && t.underlying() instanceof MapType;
    }

    /** Whether e is an index expression on a map (in fb's function, so in a generic instance, after substitution). */
    static boolean isMapIndex(Expr e, FunctionBuilder fb) {
        return ExprBuilder.unparen(e) instanceof Expr.Index ix && fb.info.typeOf(ix.x()) != null
                && isMap(fb.subst(fb.info.typeOf(ix.x())));
    }

    /** The map type of e, with the type arguments of a generic instance substituted. */
    private MapType mapType(Expr e) {
        return (MapType) fb.subst(fb.info.typeOf(e)).underlying();
    }

    /** make(map[K]V) and make(map[K]V, hint). */
    Value make(Type t, Value hint, int pos) {
        MapType mt = (MapType) t.underlying();
        MapFunctions.KeyOps ops = fb.pb.mapFunctions().keyOps(mt.key(), pos);
        Function make = runtime(RuntimeAbi.HASHMAP_MAKE);
        List<Type> ps = paramTypes(make);
        List<Value> args = new ArrayList<>();
        args.add(uintptr(fb.pb.program().sizes().sizeof(mt.key())));
        args.add(uintptr(fb.pb.program().sizes().sizeof(mt.elem())));
        args.add(hint == null ? new Const(Universe.INT, Constant.IntVal.of(0)) : exprs.convert(hint, Universe.INT, pos));
        args.add(new Const(Universe.UINT8, Constant.IntVal.of(ops.kind())));
        args.add(functionValue(ops.hash(), ps.get(4), pos));
        args.add(functionValue(ops.equal(), ps.get(5), pos));
        Value m = exprs.callFunction(make, make.signature(), args, pos);
        return fb.emit(new Instr.Convert(t, m, pos));
    }

    /**
     * A map composite literal: a map made for its elements, then each key assigned in
     * order; in a large literal, the entries that are link-time constants first, from
     * static data ({@link #entriesForCode}), and then the others.
     */
    Value literal(Expr.CompositeLit cl, Type t) {
        MapType mt = (MapType) t.underlying();
        Value m = make(t, new Const(Universe.INT, Constant.IntVal.of(cl.elts().size())), cl.pos());
        List<Expr> code = entriesForCode(m, cl, mt);
        exprs.lits.inParts(code, m, cl.pos(), (b, map, k) -> {
            Expr.KeyValue kv = (Expr.KeyValue) code.get(k);
            Maps maps = b == fb ? this : new Maps(b);
            Value key = maps.key(kv.key(), mt.key());
            b.exprs.lits.storeElement(maps.slot(map, key, mt, kv.pos()), mt.elem(), kv.value());
        });
        return m;
    }

    /**
     * The entries of the literal cl that code must assign: all of them, or in a large
     * literal that qualifies ({@link #staticEntries}) those left once the static ones
     * are assigned from static data ({@link #fillFromStatic}).
     */
    private List<Expr> entriesForCode(Value m, Expr.CompositeLit cl, MapType mt) {
        if (cl.elts().size() <= CompositeLits.STATIC_FILL_MIN) {
            return cl.elts();
        }
        StaticEntries st = staticEntries(cl, mt);
        if (st == null) {
            return cl.elts();
        }
        fillFromStatic(m, mt, st, cl.pos());
        return st.rest();
    }

    /**
     * The entries of a map literal split for {@link #fillFromStatic}: the constant keys
     * and static values of those assigned from static data, in order, and the entries
     * left to code. fresh: the values are slices of constants, each a static array of its
     * own that is copied per evaluation ({@link #freshSlice}).
     */
    private record StaticEntries(List<Const> keys, List<Const> values, List<Expr> rest, boolean fresh) {
    }

    /**
     * How a large literal splits, when its keys are all constants that every evaluation
     * may share ({@link CompositeLits#shareable}) and its values are, for at least half
     * the entries, link-time constants ({@link CompositeLits#staticElement}: also
     * interface values of constants, addresses of package-level variables, declared
     * functions) or slices of constants; null when it does not qualify. The entries left
     * to code have constant keys distinct from the others, so assigning them after the
     * static ones gives the same map.
     */
    private StaticEntries staticEntries(Expr.CompositeLit cl, MapType mt) {
        boolean fresh = mt.elem().underlying() instanceof org.tinygo4j.frontend.types.Slice st
                && CompositeLits.shareable(st.elem());
        if (!CompositeLits.shareable(mt.key()) || !fresh && !CompositeLits.mayBeStatic(mt.elem())) {
            return null;
        }
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (Expr el : cl.elts()) {
            Expr.KeyValue kv = (Expr.KeyValue) el;
            Const k = exprs.lits.constantElement(mt.key(), kv.key());
            if (k == null) {
                return null;
            }
            Const v = fresh ? freshSlice(mt.elem(), kv.value()) : exprs.lits.staticElement(mt.elem(), kv.value());
            if (v == null) {
                rest.add(el); // (also a value of size 0 that needs code: a call is still made)
                if (2 * rest.size() > cl.elts().size()) {
                    return null;
                }
                continue;
            }
            keys.add(k);
            values.add(v);
        }
        return new StaticEntries(keys, values, rest, fresh);
    }

    /**
     * Assigns the static entries of st to m as gc does: two static arrays, keys and
     * values, and a loop assigning keys[i] the value values[i] (a map of 100,000 entries
     * was otherwise one function of 100,000 assignments that LLVM's code generation took
     * minutes over). The arrays are only read, so they are read-only data (flash on
     * microcontrollers).
     */
    private void fillFromStatic(Value m, MapType mt, StaticEntries st, int pos) {
        boolean values = fb.pb.program().sizes().sizeof(mt.elem()) > 0;
        Value keyArray = staticArray(mt.key(), st.keys());
        Value valueArray = values ? staticArray(mt.elem(), st.values()) : null;
        long mask = st.fresh() ? lengthMask(st.values()) : 0;
        fb.countedLoop(st.keys().size(), "maplit", pos, i -> {
            Value key = fb.load(fb.emit(new Instr.IndexAddr(new Pointer(mt.key()), keyArray, i, pos)), pos);
            Value slot = slot(m, key, mt, pos);
            if (st.fresh()) {
                Value s = fb.load(fb.emit(new Instr.IndexAddr(new Pointer(mt.elem()), valueArray, i, pos)), pos);
                fb.store(slot, freshCopy(mt.elem(), s, mask, pos), pos);
            } else if (values) {
                Value value = fb.emit(new Instr.IndexAddr(new Pointer(mt.elem()), valueArray, i, pos));
                fb.store(slot, fb.load(value, pos), pos); // (a large value: one memmove)
            }
        });
    }

    /**
     * All ones above the longest slice's length: len & mask is the length, and tells
     * LLVM it is small, so make's range check (and its panic message) folds away.
     */
    private static long lengthMask(List<Const> slices) {
        long longest = 0;
        for (Const v : slices) {
            longest = Math.max(longest, v.sliceLen());
        }
        return Long.highestOneBit(Math.max(1, longest)) * 2 - 1;
    }

    /** A new slice of type t holding a copy of the static slice s (its length under mask). */
    private Value freshCopy(Type t, Value s, long mask, int pos) {
        Value len = exprs.binop(Universe.INT, Token.AND,
                fb.emit(new Instr.BuiltinCall(Universe.INT, Builtin.Id.LEN, List.of(s), pos)),
                new Const(Universe.INT, Constant.IntVal.of(mask)), pos);
        fb.pb.requireRuntime(RuntimeAbi.PANIC_MAKE_SLICE, pos);
        Value copy = fb.emit(new Instr.MakeSlice(t, len, len, pos));
        new Builtins(fb).copy(copy, s, pos);
        return copy;
    }

    /**
     * A map value []T{...} of constants (T shareable, at least one element) as a slice
     * constant over a static array of its own, which the literal's loop copies into a new
     * array (each evaluation a new slice, as gc's copy of a static array); null for
     * anything else (nil stays nil, built by code with the rest).
     */
    private Const freshSlice(Type t, Expr value) {
        Expr v = ExprBuilder.unparen(value);
        if (!(v instanceof Expr.CompositeLit)) {
            return null;
        }
        Const c = exprs.lits.constantElement(t, v);
        return c != null && c.target() != null && c.sliceLen() > 0 ? c : null;
    }

    /** A new static array of the constants cs, of element type t, as its address. */
    private Value staticArray(Type t, List<Const> cs) {
        org.tinygo4j.frontend.types.Array at = new org.tinygo4j.frontend.types.Array(cs.size(), t);
        org.tinygo4j.ssa.ir.Global g = fb.pb.staticData(at);
        g.setInitializer(new Const(at, cs));
        return g;
    }

    /** m[k] as a value, or as (value, ok) where the checker recorded the comma-ok form. */
    Value index(Expr.Index ix) {
        MapType mt = mapType(ix.x());
        Value m = exprs.expr(ix.x());
        Value key = key(ix.indices().get(0), mt.key());
        TypeAndValue tv = fb.info.types.get(ix);
        if (tv != null && tv.type() instanceof Tuple) {
            Function lookup2 = fb.pb.mapFunctions().commaOk(mt.elem(),
                    paramTypes(runtime(RuntimeAbi.HASHMAP_LOOKUP)).get(0));
            return exprs.callFunction(lookup2, lookup2.signature(),
                    List.of(hashmap(m, ix.pos()), keyAddr(key, mt.key())), ix.pos());
        }
        return lookup(m, key, mt, ix.pos());
    }

    /** The address of m[k]'s value, k inserted if absent: for a single store that follows at once. */
    Value slotNow(Expr.Index ix) {
        return deferredSlot(ix).get();
    }

    /** Evaluates the map and key of m[k] now; the supplier inserts k and yields its value's address later. */
    Supplier<Value> deferredSlot(Expr.Index ix) {
        MapType mt = mapType(ix.x());
        Value m = exprs.expr(ix.x());
        Value key = key(ix.indices().get(0), mt.key());
        return () -> slot(m, key, mt, ix.pos());
    }

    /**
     * m[k] op= y and m[k]++ (y null): the old value read, y evaluated, then the new value
     * stored. When y cannot touch the map (no y, a constant or a variable) and the
     * operation cannot panic (not a division or a shift by a variable), one hashmapAssign
     * gives the element's address for both the read and the store, as the result is the
     * same: a missing key reads as the zero value either way. Otherwise gc's order is
     * kept, which also keeps a key out of the map when the operation panics.
     */
    void opAssign(Expr.Index ix, Token op, Expr rhs, int pos) {
        MapType mt = mapType(ix.x());
        Type t = mt.elem();
        Value m = exprs.expr(ix.x());
        Value key = key(ix.indices().get(0), mt.key());
        if (inPlace(op, rhs)) {
            Value y = rhs == null ? new Const(t, Constant.IntVal.of(1)) : exprs.expr(rhs);
            if (!op.isShift()) {
                y = exprs.convert(y, t, pos);
            }
            Value addr = slot(m, key, mt, pos);
            fb.store(addr, exprs.binop(t, op, fb.load(addr, pos), y, pos), pos);
            return;
        }
        Value x = lookup(m, key, mt, pos);
        Value y = rhs == null ? new Const(t, Constant.IntVal.of(1)) : exprs.expr(rhs);
        if (!op.isShift()) {
            y = exprs.convert(y, t, pos);
        }
        Value result = exprs.binop(t, op, x, y, pos);
        fb.store(slot(m, key, mt, pos), result, pos);
    }

    private boolean inPlace(Token op, Expr rhs) {
        if (rhs == null) {
            return true;
        }
        TypeAndValue tv = fb.info.types.get(rhs);
        if (tv != null && tv.isConstant()) {
            return true;
        }
        return op != Token.QUO && op != Token.REM && !op.isShift()
                && ExprBuilder.unparen(rhs) instanceof Expr.Ident id && fb.info.objectOf(id) instanceof Var;
    }

    /** len(m). */
    Value len(Value m, int pos) {
        Function f = runtime(RuntimeAbi.HASHMAP_LEN);
        return exprs.callFunction(f, f.signature(), List.of(hashmap(m, pos)), pos);
    }

    /** delete(m, k). */
    void delete(Expr mapExpr, Expr keyExpr, int pos) {
        MapType mt = mapType(mapExpr);
        Value m = exprs.expr(mapExpr);
        delete(m, key(keyExpr, mt.key()), pos);
    }

    /** delete(m, key) of evaluated operands (delete(f()) of a call with two results). */
    void delete(Value m, Value key, int pos) {
        MapType mt = (MapType) m.type().underlying();
        key = exprs.convert(key, mt.key(), pos);
        Function f = runtime(RuntimeAbi.HASHMAP_DELETE);
        exprs.callFunction(f, f.signature(), List.of(hashmap(m, pos), keyAddr(key, mt.key())), pos);
    }

    /** Whether a deferred call of a builtin is a map's delete or clear (handled here). */
    static boolean deferrable(Builtin.Id id, Expr.Call call, FunctionBuilder fb) {
        return (id == Builtin.Id.DELETE || id == Builtin.Id.CLEAR) && !call.args().isEmpty()
                && fb.info.typeOf(call.args().get(0)) != null && isMap(fb.subst(fb.info.typeOf(call.args().get(0))));
    }

    /** The arguments of defer delete(m, k) or defer clear(m), evaluated at the defer statement. */
    List<Value> deferredArgs(Builtin.Id id, Expr.Call call) {
        Expr mapExpr = call.args().get(0);
        List<Value> out = new ArrayList<>();
        out.add(exprs.expr(mapExpr));
        if (id == Builtin.Id.DELETE) {
            out.add(key(call.args().get(1), mapType(mapExpr).key()));
        }
        return out;
    }

    /** The deferred delete or clear itself, with the values deferredArgs gave. */
    void deferredCall(Builtin.Id id, List<Value> args, int pos) {
        Value m = args.get(0);
        if (id == Builtin.Id.CLEAR) {
            clear(m, pos);
            return;
        }
        MapType mt = (MapType) m.type().underlying();
        Function f = runtime(RuntimeAbi.HASHMAP_DELETE);
        exprs.callFunction(f, f.signature(), List.of(hashmap(m, pos), keyAddr(args.get(1), mt.key())), pos);
    }

    /** clear(m). */
    void clear(Value m, int pos) {
        Function f = runtime(RuntimeAbi.HASHMAP_CLEAR);
        exprs.callFunction(f, f.signature(), List.of(hashmap(m, pos)), pos);
    }

    /**
     * for k, v := range m: hashmapNext fills temporaries with the next entry until it
     * reports none; break leaves, continue asks for the next entry.
     */
    void range(Stmt.Range r, String label) {
        MapType mt = mapType(r.x());
        Value m = hashmap(exprs.expr(r.x()), r.pos());
        Function next = runtime(RuntimeAbi.HASHMAP_NEXT);
        Type iterType = ((Pointer) paramTypes(next).get(1)).elem();
        Instr.Alloc it = fb.alloc(iterType, "range.iter", r.pos(), false);
        boolean wantKey = !blank(r.key());
        boolean wantValue = !blank(r.value());
        Instr.Alloc k = wantKey ? fb.alloc(mt.key(), "range.key", r.pos(), false) : null;
        Instr.Alloc v = wantValue ? fb.alloc(mt.elem(), "range.value", r.pos(), false) : null;
        Value nil = Const.zero(Universe.UNSAFE_POINTER);
        Value kp = k == null ? nil : MapFunctions.unsafePointer(fb, k);
        Value vp = v == null ? nil : MapFunctions.unsafePointer(fb, v);
        BasicBlock cond = fb.newBlock("range.next");
        BasicBlock body = fb.newBlock("range.body");
        BasicBlock done = fb.newBlock("range.done");
        fb.jump(cond);
        fb.setCurrent(cond);
        Value ok = exprs.callFunction(next, next.signature(), List.of(m, it, kp, vp), r.pos());
        fb.emit(new Instr.If(ok, body, done, r.pos()));
        fb.setCurrent(body);
        if (wantKey) {
            fb.stmts.rangeAssign(r, r.key(), fb.load(k, r.pos()));
        }
        if (wantValue) {
            fb.stmts.rangeAssign(r, r.value(), fb.load(v, r.pos()));
        }
        fb.stmts.loopBody(r.body().list(), label, done, cond);
        fb.jump(cond);
        fb.setCurrent(done);
    }

    // ---- helpers ----

    /** The key's value, of the map's key type. */
    private Value key(Expr keyExpr, Type keyType) {
        return exprs.convert(exprs.expr(keyExpr), keyType, keyExpr.pos());
    }

    /** The key stored in the function's key temporary, whose address (an unsafe.Pointer) this is. */
    private Value keyAddr(Value key, Type keyType) {
        Instr.Alloc a = fb.pb.mapFunctions().temp(fb.fn, keyType, "map.key");
        fb.store(a, key, org.tinygo4j.frontend.ast.Node.NO_POS);
        return MapFunctions.unsafePointer(fb, a);
    }

    /** m[key]: the value, or the zero value. */
    private Value lookup(Value m, Value key, MapType mt, int pos) {
        Instr.Alloc value = fb.pb.mapFunctions().temp(fb.fn, mt.elem(), "map.value");
        Function f = runtime(RuntimeAbi.HASHMAP_LOOKUP);
        exprs.callFunction(f, f.signature(),
                List.of(hashmap(m, pos), keyAddr(key, mt.key()), MapFunctions.unsafePointer(fb, value),
                        uintptr(fb.pb.program().sizes().sizeof(mt.elem()))), pos);
        return fb.load(value, pos);
    }

    private Value slot(Value m, Value key, MapType mt, int pos) {
        Function f = runtime(RuntimeAbi.HASHMAP_ASSIGN);
        Value p = exprs.callFunction(f, f.signature(), List.of(hashmap(m, pos), keyAddr(key, mt.key())), pos);
        return fb.emit(new Instr.Convert(new Pointer(mt.elem()), p, pos));
    }

    /** A map value as the runtime's *hashmap (the same pointer). */
    private Value hashmap(Value m, int pos) {
        Type want = paramTypes(runtime(RuntimeAbi.HASHMAP_LEN)).get(0);
        if (m instanceof Const c && c.isZero()) {
            return Const.zero(want);
        }
        return fb.emit(new Instr.Convert(want, m, pos));
    }

    private Value functionValue(Function f, Type type, int pos) {
        if (f == null) {
            return Const.zero(type);
        }
        return fb.emit(new Instr.MakeClosure(type, f, List.of(), pos));
    }

    private static boolean blank(Expr e) {
        return e == null || (ExprBuilder.unparen(e) instanceof Expr.Ident id && id.isBlank());
    }

    private Function runtime(RuntimeAbi entry) {
        Function f = fb.pb.runtimeFunction(entry);
        if (f == null) {
            throw new Unsupported(org.tinygo4j.frontend.ast.Node.NO_POS,
                    "maps (this runtime has no " + entry.goName() + ")");
        }
        return f;
    }

    private static List<Type> paramTypes(Function f) {
        Signature sig = f.signature();
        List<Type> out = new ArrayList<>();
        for (int i = 0; i < sig.params().size(); i++) {
            out.add(sig.params().at(i));
        }
        return out;
    }

    private static Const uintptr(long v) {
        return new Const(Universe.UINTPTR, Constant.IntVal.of(v));
    }
}
