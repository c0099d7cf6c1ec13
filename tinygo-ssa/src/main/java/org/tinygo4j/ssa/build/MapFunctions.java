package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tinygo4j.frontend.ast.Node;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Chan;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Param;
import org.tinygo4j.ssa.ir.Value;

/**
 * The functions the builder synthesises for maps, once per program and type: how a
 * key type is hashed and compared, and the comma-ok lookup of a value type.
 *
 * <p>A key type that is compared bytewise (integers, booleans, pointers, channels, and
 * arrays and structs of those without padding or blank fields) or a string is handled
 * by the runtime on its own. Any other comparable key gets a generated hash function,
 * {@code func(key unsafe.Pointer, h uint32) uint32}, and equality function,
 * {@code func(a, b unsafe.Pointer) bool}, that walk the type: floats compare with ==
 * (so +0 == -0 and NaN equals nothing) and hash through runtime.hashmapHashFloat (-0
 * as +0, each NaN differently); complex numbers are pairs of floats; strings and bytewise parts go to the
 * runtime's helpers; interfaces (keys of interface type, or parts of keys) hash through
 * runtime.hashmapHashInterface, whose body the lowering writes (by dynamic type), and
 * compare with interface ==. They are passed to the runtime as function values, so they take
 * a (nil) closure context last.
 */
final class MapFunctions {
    /** How the runtime hashes and compares a key type (runtime.hashmapKeyBytes, ...). */
    static final int KEY_BYTES = 0;
    static final int KEY_STRING = 1;
    static final int KEY_CUSTOM = 2;

    /** The key handling of one key type: its kind and, for KEY_CUSTOM, the generated functions. */
    record KeyOps(int kind, Function hash, Function equal) {}

    private record Entry<T>(Type type, T value) {}

    private final ProgramBuilder pb;
    private final TypeSizes sizes;
    private final List<Entry<KeyOps>> keyOps = new ArrayList<>();
    private final List<Entry<Function>> commaOks = new ArrayList<>();
    private final java.util.Map<Function, List<Entry<Instr.Alloc>>> temps = new java.util.IdentityHashMap<>();

    MapFunctions(ProgramBuilder pb) {
        this.pb = pb;
        this.sizes = pb.program().sizes();
    }

    /** The handling of key type k. */
    KeyOps keyOps(Type k, int pos) {
        for (Entry<KeyOps> e : keyOps) {
            if (Types.identical(e.type(), k)) {
                return e.value();
            }
        }
        if (holdsInterface(k)) {
            // the lowering's body of hashmapHashInterface calls these by name
            for (RuntimeAbi f : new RuntimeAbi[] {RuntimeAbi.HASHMAP_HASH_BYTES, RuntimeAbi.HASHMAP_HASH_STRING,
                    RuntimeAbi.PANIC_UNHASHABLE}) {
                pb.runtimeFunction(f);
            }
        }
        KeyOps ops;
        if (bytewise(k)) {
            ops = new KeyOps(KEY_BYTES, null, null);
        } else if (k.underlying() instanceof Basic b && b.isString()) {
            ops = new KeyOps(KEY_STRING, null, null);
        } else {
            ops = new KeyOps(KEY_CUSTOM, hashFunction(k), equalFunction(k));
        }
        keyOps.add(new Entry<>(k, ops));
        return ops;
    }

    /** func(m *hashmap, key unsafe.Pointer) (V, bool): the comma-ok form of m[key]. */
    Function commaOk(Type elem, Type mapParam) {
        for (Entry<Function> e : commaOks) {
            if (Types.identical(e.type(), elem)) {
                return e.value();
            }
        }
        Tuple results = new Tuple(List.of(Var.param(Node.NO_POS, null, "", elem),
                Var.param(Node.NO_POS, null, "", Universe.BOOL)));
        Signature sig = new Signature(null, List.of(), params(mapParam, Universe.UNSAFE_POINTER), results, false);
        Function fn = synthesised("runtime.hashmapLookup2." + elem, sig, false);
        FunctionBuilder b = builder(fn);
        Instr.Alloc value = b.alloc(elem, "value", Node.NO_POS, false);
        Value ok = call(b, RuntimeAbi.HASHMAP_LOOKUP, fn.params().get(0), fn.params().get(1), unsafePointer(b, value),
                new Const(Universe.UINTPTR, Constant.IntVal.of(sizes.sizeof(elem))));
        b.emit(new Instr.Return(List.of(b.load(value, Node.NO_POS), ok), Node.NO_POS));
        commaOks.add(new Entry<>(elem, fn));
        return fn;
    }

    /**
     * A temporary of type t for one role ("key", "value") in fn's entry block, shared by
     * all of fn's map operations: each fills it right before the runtime call that reads
     * it, so one stack slot per type serves them all (LLVM does not merge allocas that
     * have no lifetime markers, and AVR has 2 KiB of RAM).
     */
    Instr.Alloc temp(Function fn, Type t, String role) {
        List<Entry<Instr.Alloc>> list = temps.computeIfAbsent(fn, k -> new ArrayList<>());
        for (Entry<Instr.Alloc> e : list) {
            if (Types.identical(e.type(), t) && e.value().comment().equals(role)) {
                return e.value();
            }
        }
        Instr.Alloc a = fn.blocks().get(0).addFirst(new Instr.Alloc(t, role, false, Node.NO_POS));
        list.add(new Entry<>(t, a));
        return a;
    }

    // ---- key classification ----

    /** Whether values of t are equal exactly when their bytes are (and so hash by their bytes). */
    boolean bytewise(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return b.isInteger() || b.isBoolean() || b.kind() == Basic.Kind.UNSAFE_POINTER;
        }
        if (u instanceof Pointer || u instanceof Chan) {
            return true;
        }
        if (u instanceof Array a) {
            return bytewise(a.elem());
        }
        if (u instanceof Struct s) {
            List<Long> offsets = sizes.offsetsof(s);
            long end = 0;
            for (int i = 0; i < s.fields().size(); i++) {
                Var f = s.fields().get(i);
                if (f.name().equals("_") || offsets.get(i) != end || !bytewise(f.type())) {
                    return false; // blank fields do not take part in ==, padding bytes are undefined
                }
                end += sizes.sizeof(f.type());
            }
            return end == sizes.sizeof(s);
        }
        return false;
    }

    private static boolean holdsInterface(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Interface i -> true;
            case Array a -> holdsInterface(a.elem());
            case Struct s -> s.fields().stream().anyMatch(f -> holdsInterface(f.type()));
            default -> false;
        };
    }

    // ---- generated hash and equality ----

    private Function hashFunction(Type k) {
        Signature sig = new Signature(null, List.of(), params(Universe.UNSAFE_POINTER, Universe.UINT32),
                results(Universe.UINT32), false);
        Function fn = synthesised("runtime.hash." + k, sig, true);
        FunctionBuilder b = builder(fn);
        Instr.Alloc h = b.alloc(Universe.UINT32, "h", Node.NO_POS, false);
        b.store(h, fn.params().get(1), Node.NO_POS);
        hashInto(b, typed(b, fn.params().get(0), k), k, h);
        b.emit(new Instr.Return(List.of(b.load(h, Node.NO_POS)), Node.NO_POS));
        return fn;
    }

    /** Continues the hash in h over the value at addr (of type *t). */
    private void hashInto(FunctionBuilder b, Value addr, Type t, Instr.Alloc h) {
        int pos = Node.NO_POS;
        Type u = t.underlying();
        if (bytewise(t)) {
            hashBytes(b, addr, t, h);
        } else if (u instanceof Basic bt && bt.isString()) {
            b.store(h, call(b, RuntimeAbi.HASHMAP_HASH_STRING, unsafePointer(b, addr), b.load(h, pos)), pos);
        } else if (u instanceof Basic bt && bt.isFloat()) {
            // -0 as +0, and every NaN differently (see runtime.hashmapHashFloat)
            Value n = new Const(Universe.UINTPTR, Constant.IntVal.of(sizes.sizeof(t)));
            b.store(h, call(b, RuntimeAbi.HASHMAP_HASH_FLOAT, unsafePointer(b, addr), n, b.load(h, pos)), pos);
        } else if (u instanceof Basic bt && bt.isComplex()) {
            hashInto(b, complexParts(b, addr, bt), complexPartsType(bt), h);
        } else if (u instanceof Interface) {
            b.store(h, call(b, RuntimeAbi.HASHMAP_HASH_INTERFACE, unsafePointer(b, addr), b.load(h, pos)), pos);
        } else if (u instanceof Array a) {
            forEachIndex(b, a.len(), i -> hashInto(b, elemAddr(b, addr, a, i), a.elem(), h));
        } else if (u instanceof Struct s) {
            for (int i = 0; i < s.fields().size(); i++) {
                Var f = s.fields().get(i);
                if (!f.name().equals("_")) {
                    hashInto(b, b.emit(new Instr.FieldAddr(new Pointer(f.type()), addr, i, pos)), f.type(), h);
                }
            }
        } else {
            throw new IllegalStateException("hash of " + t);
        }
    }

    private void hashBytes(FunctionBuilder b, Value addr, Type t, Instr.Alloc h) {
        int pos = Node.NO_POS;
        Value n = new Const(Universe.UINTPTR, Constant.IntVal.of(sizes.sizeof(t)));
        b.store(h, call(b, RuntimeAbi.HASHMAP_HASH_BYTES, unsafePointer(b, addr), n, b.load(h, pos)), pos);
    }

    private Function equalFunction(Type k) {
        Signature sig = new Signature(null, List.of(), params(Universe.UNSAFE_POINTER, Universe.UNSAFE_POINTER),
                results(Universe.BOOL), false);
        Function fn = synthesised("runtime.equal." + k, sig, true);
        FunctionBuilder b = builder(fn);
        BasicBlock differ = b.newBlock("differ");
        equalInto(b, typed(b, fn.params().get(0), k), typed(b, fn.params().get(1), k), k, differ);
        b.emit(new Instr.Return(List.of(boolConst(true)), Node.NO_POS));
        b.setCurrent(differ);
        b.emit(new Instr.Return(List.of(boolConst(false)), Node.NO_POS));
        return fn;
    }

    /** Goes on in a new block when the values at x and y (of type *t) are equal, else to differ. */
    private void equalInto(FunctionBuilder b, Value x, Value y, Type t, BasicBlock differ) {
        int pos = Node.NO_POS;
        Type u = t.underlying();
        Value same;
        if (bytewise(t)) {
            Value n = new Const(Universe.UINTPTR, Constant.IntVal.of(sizes.sizeof(t)));
            same = call(b, RuntimeAbi.HASHMAP_MEMEQUAL, unsafePointer(b, x), unsafePointer(b, y), n);
        } else if (u instanceof Basic bt && bt.isString()) {
            same = call(b, RuntimeAbi.HASHMAP_STRING_EQUAL, unsafePointer(b, x), unsafePointer(b, y));
        } else if (u instanceof Basic bt && bt.isFloat() || u instanceof Interface) {
            // interfaces: same dynamic type and equal values; uncomparable dynamic types panic
            same = b.exprs.binop(Universe.BOOL, Token.EQL, b.load(x, pos), b.load(y, pos), pos);
        } else if (u instanceof Basic bt && bt.isComplex()) {
            equalInto(b, complexParts(b, x, bt), complexParts(b, y, bt), complexPartsType(bt), differ);
            return;
        } else if (u instanceof Array a) {
            forEachIndex(b, a.len(), i -> equalInto(b, elemAddr(b, x, a, i), elemAddr(b, y, a, i), a.elem(), differ));
            return;
        } else if (u instanceof Struct s) {
            for (int i = 0; i < s.fields().size(); i++) {
                Var f = s.fields().get(i);
                if (!f.name().equals("_")) {
                    Pointer pt = new Pointer(f.type());
                    equalInto(b, b.emit(new Instr.FieldAddr(pt, x, i, pos)), b.emit(new Instr.FieldAddr(pt, y, i, pos)),
                            f.type(), differ);
                }
            }
            return;
        } else {
            throw new IllegalStateException("equality of " + t);
        }
        BasicBlock next = b.newBlock("same");
        b.emit(new Instr.If(same, next, differ, pos));
        b.setCurrent(next);
    }

    /** Runs body for each index of an array: unrolled when short, else as a loop. */
    private void forEachIndex(FunctionBuilder b, long len, Consumer<Value> body) {
        int pos = Node.NO_POS;
        if (len <= 4) {
            for (long i = 0; i < len; i++) {
                body.accept(new Const(Universe.INT, Constant.IntVal.of(i)));
            }
            return;
        }
        b.countedLoop(len, "elem", pos, body);
    }

    private static Value elemAddr(FunctionBuilder b, Value arrayAddr, Array a, Value i) {
        return b.emit(new Instr.IndexAddr(new Pointer(a.elem()), arrayAddr, i, Node.NO_POS));
    }

    /** A complex number seen as an array of its two float parts (real first, as laid out). */
    private static Value complexParts(FunctionBuilder b, Value addr, Basic complex) {
        return b.emit(new Instr.Convert(new Pointer(complexPartsType(complex)), addr, Node.NO_POS));
    }

    private static Array complexPartsType(Basic complex) {
        return new Array(2, complex.kind() == Basic.Kind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64);
    }

    // ---- helpers ----

    private Function synthesised(String name, Signature sig, boolean closureContext) {
        // Type strings may hold spaces and braces (struct{a int}); symbols had better not.
        Function fn = new Function(pb.uniqueName(name.replaceAll("[^A-Za-z0-9_.*()\\[\\]]", "_") + "$"), sig, null);
        int index = 0;
        for (Var v : sig.params().vars()) {
            fn.params().add(new Param(v.type(), "p" + index, index));
            index++;
        }
        if (closureContext) {
            Param ctx = new Param(Universe.UNSAFE_POINTER, "context", index);
            fn.params().add(ctx);
            fn.setContext(ctx);
        }
        pb.program().functions().add(fn);
        return fn;
    }

    private FunctionBuilder builder(Function fn) {
        FunctionBuilder b = new FunctionBuilder(pb, fn);
        b.setCurrent(fn.newBlock("entry"));
        return b;
    }

    private Value call(FunctionBuilder b, RuntimeAbi entry, Value... args) {
        Function f = pb.runtimeFunction(entry);
        if (f == null) {
            throw new Unsupported(Node.NO_POS, "maps (this runtime has no " + entry.goName() + ")");
        }
        return b.exprs.callFunction(f, f.signature(), List.of(args), Node.NO_POS);
    }

    private static Value typed(FunctionBuilder b, Value p, Type t) {
        return b.emit(new Instr.Convert(new Pointer(t), p, Node.NO_POS));
    }

    static Value unsafePointer(FunctionBuilder b, Value p) {
        return b.emit(new Instr.Convert(Universe.UNSAFE_POINTER, p, Node.NO_POS));
    }

    private static Const boolConst(boolean v) {
        return new Const(Universe.BOOL, new Constant.BoolVal(v));
    }

    private static Tuple params(Type... types) {
        List<Var> vs = new ArrayList<>();
        for (Type t : types) {
            vs.add(Var.param(Node.NO_POS, null, "", t));
        }
        return new Tuple(vs);
    }

    private static Tuple results(Type t) {
        return params(t);
    }
}
