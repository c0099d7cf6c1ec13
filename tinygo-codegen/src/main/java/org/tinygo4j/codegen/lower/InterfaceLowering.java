package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Chan;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.InterfaceTypes;

/**
 * Interface values {typecode, value} in LLVM. The typecode is the address of a
 * constant descriptor (TypeDescriptors) that exists only for types the program converts
 * to interfaces (SSA's InterfaceTypes), and with full type information for their parts. Pointer-shaped values (pointers, unsafe.Pointer,
 * maps, channels) are the value word itself; all others are boxed: a heap copy, or a
 * constant global when the value is a constant.
 *
 * <p>Dispatch is by compiler-generated functions that compare the typecode with each
 * candidate descriptor, as TinyGo does: one "invoke" function per method key called
 * through an interface, one "implements" (and, for panic messages, "missing") function
 * per interface type asserted to, and one equality function. They hold a comparison
 * and a direct call per type that has the method, which is smaller in flash than
 * method tables for the few types a small program converts, and lets LLVM inline.
 */
final class InterfaceLowering {
    private final ModuleLowering m;
    private final LlvmTypes types;
    private final InterfaceTypes table;
    private final Map<String, LLVMValueRef> generated = new HashMap<>();
    private TypeDescriptors descriptors;

    InterfaceLowering(ModuleLowering m) {
        this.m = m;
        this.types = m.types;
        this.table = m.program.interfaceTypes();
    }

    static boolean pointerShaped(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer || u instanceof MapType || u instanceof Chan
                || u instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER;
    }

    /** The descriptor of t (see TypeDescriptors for its layouts). */
    LLVMValueRef descriptor(Type t) {
        if (descriptors == null) {
            descriptors = new TypeDescriptors(m, namesNeeded());
        }
        return descriptors.of(t);
    }

    /** reflect.typeTable(kind): the descriptors of the unnamed types of a kind and their number. */
    LLVMValueRef typeTable(org.bytedeco.llvm.LLVM.LLVMBuilderRef b, int kind) {
        if (descriptors == null) {
            descriptors = new TypeDescriptors(m, namesNeeded());
        }
        return descriptors.typeTable(b, kind);
    }

    /** Emits reflect's type table, once every descriptor exists. */
    void finishTypeTable() {
        if (descriptors != null) {
            descriptors.finishTypeTable();
        }
    }

    /**
     * Whether some type converted to an interface is of kind k (TypeNames.kind) or holds
     * one in its elements, keys or fields (what a value walk can reach).
     */
    boolean kindPossible(int k) {
        java.util.Set<Type> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (InterfaceTypes.Entry e : table.entries()) {
            if (holdsKind(e.type(), k, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsKind(Type t, int k, java.util.Set<Type> seen) {
        if (!seen.add(t)) {
            return false;
        }
        if (TypeNames.kind(t) == k) {
            return true;
        }
        return switch (t.underlying()) {
            case Pointer p -> holdsKind(p.elem(), k, seen);
            case org.tinygo4j.frontend.types.Slice s -> holdsKind(s.elem(), k, seen);
            case org.tinygo4j.frontend.types.Array a -> holdsKind(a.elem(), k, seen);
            case MapType mt -> holdsKind(mt.key(), k, seen) || holdsKind(mt.elem(), k, seen);
            case org.tinygo4j.frontend.types.Struct s -> s.fields().stream().anyMatch(f -> holdsKind(f.type(), k, seen));
            default -> false;
        };
    }

    /** Whether a runtime function that reads descriptors' names is in the program. */
    private boolean namesNeeded() {
        boolean needed = false;
        for (RuntimeAbi f : List.of(RuntimeAbi.PANIC_TYPE_ASSERT, RuntimeAbi.PANIC_ASSERT_IFACE,
                RuntimeAbi.PANIC_UNCOMPARABLE, RuntimeAbi.PRINT_PANIC_ANY)) {
            needed |= m.program.function(f.linkName()) != null;
        }
        return needed;
    }

    // ---- instructions ----

    LLVMValueRef makeInterface(FunctionLowering fl, Instr.MakeInterface mi) {
        Type t = mi.x().type();
        LLVMValueRef value;
        if (pointerShaped(t)) {
            value = fl.operand(mi.x());
        } else if (mi.x() instanceof Const c) {
            value = box(m.constant(c));
        } else {
            value = fl.call(m.allocFunction(t), LLVMConstInt(types.uintptr, Math.max(1, m.sizeOf(t)), 0));
            LLVMBuildStore(fl.b, fl.operand(mi.x()), value);
        }
        return pair(fl.b, descriptor(t), value);
    }

    /** A private constant global holding init: the box of a constant in an interface. */
    private LLVMValueRef box(LLVMValueRef init) {
        LLVMValueRef value = LLVMAddGlobal(m.module, LLVMTypeOf(init), "box");
        LLVMSetInitializer(value, init);
        LLVMSetLinkage(value, LLVMPrivateLinkage);
        LLVMSetGlobalConstant(value, 1);
        LLVMSetAlignment(value, (int) LLVMABIAlignmentOfType(m.targetData, LLVMTypeOf(init)));
        return value;
    }

    /** The boxes of interface constants in static data, by their (uniqued) LLVM constant. */
    private final Map<LLVMValueRef, LLVMValueRef> staticBoxes = new HashMap<>();

    /**
     * The interface value holding constant x, as a constant (in static data): the same
     * {descriptor, box} as makeInterface builds from a constant, on every target. Equal
     * constants share a box: an interface's value is never written through it.
     */
    LLVMValueRef constantInterface(Const x) {
        Type t = x.type();
        if (pointerShaped(t)) {
            throw new IllegalStateException("a pointer-shaped interface constant of " + t);
        }
        LLVMValueRef init = m.constant(x);
        LLVMValueRef value = staticBoxes.computeIfAbsent(init, this::box);
        return LLVMConstStructInContext(m.ctx, refs(descriptor(t), value), 2, 0);
    }

    private LLVMValueRef pair(LLVMBuilderRef b, LLVMValueRef tc, LLVMValueRef value) {
        LLVMValueRef v = LLVMGetUndef(types.of(new Interface(List.of(), List.of())));
        v = LLVMBuildInsertValue(b, v, tc, 0, "");
        return LLVMBuildInsertValue(b, v, value, 1, "");
    }

    LLVMValueRef typeAssert(FunctionLowering fl, Instr.TypeAssert ta) {
        LLVMBuilderRef b = fl.b;
        LLVMValueRef x = fl.operand(ta.x());
        LLVMValueRef tc = LLVMBuildExtractValue(b, x, 0, "");
        LLVMValueRef val = LLVMBuildExtractValue(b, x, 1, "");
        Type t = ta.asserted();
        boolean toIface = t.underlying() instanceof Interface;
        LLVMValueRef ok = toIface ? callGenerated(b, implementsFn((Interface) t.underlying()), tc)
                : LLVMBuildICmp(b, LLVMIntEQ, tc, descriptor(t), "");
        LLVMTypeRef lt = types.of(t);
        if (!ta.commaOk()) {
            fl.checkPanic(LLVMBuildNot(b, ok, ""), () -> {
                LLVMValueRef want = m.string(bytes(TypeNames.of(t)));
                if (toIface) {
                    LLVMValueRef missing = callGenerated(b, missingFn((Interface) t.underlying()), tc);
                    fl.call(m.runtimeFunction(RuntimeAbi.PANIC_ASSERT_IFACE), tc, want, missing);
                } else {
                    fl.call(m.runtimeFunction(RuntimeAbi.PANIC_TYPE_ASSERT),
                            m.string(bytes(TypeNames.of(ta.x().type()))), tc,
                            assertedName(b, t, tc));
                }
            });
            return toIface ? x : unbox(b, t, val);
        }
        LLVMValueRef phi = onlyIf(b, ok, () -> toIface ? x : unbox(b, t, val), LLVMConstNull(lt), "assert");
        LLVMValueRef r = LLVMGetUndef(types.struct(lt, types.i1));
        r = LLVMBuildInsertValue(b, r, phi, 0, "");
        return LLVMBuildInsertValue(b, r, ok, 1, "");
    }

    /**
     * The name of concrete type t for the panic of a failed x.(t) whose dynamic type is tc.
     * The runtime knows only names: when they are equal it adds Go's "(types from
     * different packages)". Go says "(types from different scopes)" instead when the
     * package paths are equal too (local types of two functions, a local and a
     * package-level one): if the program converts such a namesake of t, the name passed
     * carries that remark when tc is one of them, and other programs pay nothing.
     */
    private LLVMValueRef assertedName(LLVMBuilderRef b, Type t, LLVMValueRef tc) {
        String name = TypeNames.of(t);
        LLVMValueRef plain = m.string(bytes(name));
        LLVMValueRef sameScope = null;
        for (InterfaceTypes.Entry e : table.entries()) {
            Type u = e.type();
            if (!Types.identical(u, t) && TypeNames.of(u).equals(name) && packagePath(u).equals(packagePath(t))) {
                LLVMValueRef is = LLVMBuildICmp(b, LLVMIntEQ, tc, descriptor(u), "");
                sameScope = sameScope == null ? is : LLVMBuildOr(b, sameScope, is, "");
            }
        }
        if (sameScope == null) {
            return plain;
        }
        return LLVMBuildSelect(b, sameScope, m.string(bytes(name + " (types from different scopes)")), plain, "");
    }

    /** The package path Go's runtime gives a type: its package's for a defined type, else none. */
    private static String packagePath(Type t) {
        return t instanceof Named n && n.obj().pkg() != null ? n.obj().pkg().path() : "";
    }

    private LLVMValueRef unbox(LLVMBuilderRef b, Type t, LLVMValueRef val) {
        return pointerShaped(t) ? val : LLVMBuildLoad2(b, types.of(t), val, "");
    }

    LLVMValueRef invoke(FunctionLowering fl, Instr.Invoke iv) {
        LLVMValueRef x = fl.operand(iv.x());
        List<LLVMValueRef> args = new ArrayList<>();
        args.add(LLVMBuildExtractValue(fl.b, x, 0, ""));
        args.add(LLVMBuildExtractValue(fl.b, x, 1, ""));
        for (var a : iv.args()) {
            args.add(fl.operand(a));
        }
        if (m.blocking != null && m.blocking.isAsyncInvoke(iv.method())) {
            LLVMValueRef fn = invokeFn(iv.method(), true, iv.deferred());
            return fl.asyncCall(invokeType(iv.method()), fn, args.toArray(new LLVMValueRef[0]));
        }
        LLVMValueRef r = callGenerated(fl.b, invokeFn(iv.method(), false, iv.deferred()),
                args.toArray(new LLVMValueRef[0]));
        return iv.type() == null ? null : r;
    }

    /** Whether a comparison is lowered here: == and != of interfaces, structs and arrays. */
    static boolean compares(Instr.BinOp op) {
        Type u = op.x().type().underlying();
        return (op.op() == Token.EQL || op.op() == Token.NEQ)
                && (u instanceof Interface || u instanceof org.tinygo4j.frontend.types.Struct
                || u instanceof org.tinygo4j.frontend.types.Array);
    }

    LLVMValueRef compare(FunctionLowering fl, Instr.BinOp op) {
        LLVMValueRef eq;
        if (op.x().type().underlying() instanceof Interface
                && (isNilConst(op.x()) || isNilConst(op.y()))) {
            LLVMValueRef v = fl.operand(isNilConst(op.x()) ? op.y() : op.x());
            eq = LLVMBuildIsNull(fl.b, LLVMBuildExtractValue(fl.b, v, 0, ""), "");
        } else {
            eq = equal(fl.b, op.x().type(), fl.operand(op.x()), fl.operand(op.y()));
        }
        return op.op() == Token.EQL ? eq : LLVMBuildNot(fl.b, eq, "");
    }

    private static boolean isNilConst(org.tinygo4j.ssa.ir.Value v) {
        return v instanceof Const c && c.isZero();
    }

    /** println of an interface: (typecode,value) as gc prints it. */
    void print(FunctionLowering fl, LLVMValueRef v) {
        fl.call(m.runtimeFunction(RuntimeAbi.PRINTSTRING), m.string(bytes("(")));
        fl.call(m.runtimeFunction(RuntimeAbi.PRINTPTR), LLVMBuildPtrToInt(fl.b, LLVMBuildExtractValue(fl.b, v, 0, ""),
                types.uintptr, ""));
        fl.call(m.runtimeFunction(RuntimeAbi.PRINTSTRING), m.string(bytes(",")));
        fl.call(m.runtimeFunction(RuntimeAbi.PRINTPTR), LLVMBuildPtrToInt(fl.b, LLVMBuildExtractValue(fl.b, v, 1, ""),
                types.uintptr, ""));
        fl.call(m.runtimeFunction(RuntimeAbi.PRINTSTRING), m.string(bytes(")")));
    }

    // ---- equality ----

    /** a == b for values of comparable type t (the dynamic check for interfaces may panic). */
    LLVMValueRef equal(LLVMBuilderRef b, Type t, LLVMValueRef x, LLVMValueRef y) {
        Type u = t.underlying();
        switch (u) {
            case Interface i -> {
                return callGenerated(b, equalFn(), LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, x, 1, ""),
                        LLVMBuildExtractValue(b, y, 0, ""), LLVMBuildExtractValue(b, y, 1, ""));
            }
            case org.tinygo4j.frontend.types.Struct s -> {
                List<Integer> fields = new ArrayList<>();
                List<Type> fieldTypes = new ArrayList<>();
                for (int i = 0; i < s.fields().size(); i++) {
                    if (!s.fields().get(i).name().equals("_")) {
                        fields.add(i);
                        fieldTypes.add(s.fields().get(i).type());
                    }
                }
                return equalElements(b, fieldTypes, fields, x, y);
            }
            case org.tinygo4j.frontend.types.Array a -> {
                if (a.len() > 64) {
                    return equalLongArray(b, a, x, y);
                }
                List<Integer> indices = new ArrayList<>();
                for (int i = 0; i < a.len(); i++) {
                    indices.add(i);
                }
                return equalElements(b, java.util.Collections.nCopies(indices.size(), a.elem()), indices, x, y);
            }
            case Basic bt when bt.isString() -> {
                LLVMValueRef f = m.runtimeFunction(RuntimeAbi.STRING_EQUAL);
                return LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f, refs(x, y), 2, "");
            }
            case Basic bt when bt.isFloat() -> {
                return floatEqual(b, x, y);
            }
            case Basic bt when bt.isComplex() -> {
                LLVMValueRef re = floatEqual(b, LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, y, 0, ""));
                LLVMValueRef im = floatEqual(b, LLVMBuildExtractValue(b, x, 1, ""), LLVMBuildExtractValue(b, y, 1, ""));
                return LLVMBuildAnd(b, re, im, "");
            }
            default -> {
                return LLVMBuildICmp(b, LLVMIntEQ, x, y, "");
            }
        }
    }

    /**
     * The elements (fields or array elements, of types ts at indices) of x and y all
     * equal, in gc's order, which a program can observe: the elements are compared in
     * order and the comparison stops at the first difference, except that between
     * two elements whose comparison may panic (those holding interfaces), the cheap
     * comparisons (numbers, pointers, string lengths) come first and the string bodies
     * after them. So a difference in any cheap element keeps string bodies unread
     * (Go's fixedbugs/issue8606b.go compares strings whose bytes are unreadable).
     */
    private LLVMValueRef equalElements(LLVMBuilderRef b, List<Type> ts, List<Integer> indices, LLVMValueRef x,
            LLVMValueRef y) {
        LLVMValueRef r = LLVMConstInt(types.i1, 1, 0);
        List<Integer> bodies = new ArrayList<>(); // the strings whose lengths were compared
        for (int k = 0; k < indices.size(); k++) {
            Type t = ts.get(k);
            int i = indices.get(k);
            LLVMValueRef xi = LLVMBuildExtractValue(b, x, i, "");
            LLVMValueRef yi = LLVMBuildExtractValue(b, y, i, "");
            if (holdsInterface(t)) {
                r = stringBodies(b, r, bodies, x, y);
                r = and(b, r, t, () -> equal(b, t, xi, yi));
            } else if (t.underlying() instanceof Basic bt && bt.isString()) {
                r = and(b, r, t, () -> LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildExtractValue(b, xi, 1, ""),
                        LLVMBuildExtractValue(b, yi, 1, ""), ""));
                bodies.add(i);
            } else {
                r = and(b, r, t, () -> equal(b, t, xi, yi));
            }
        }
        return stringBodies(b, r, bodies, x, y);
    }

    /** r && the strings at indices of x and y (of equal lengths) are equal, each compared only if those before were. */
    private LLVMValueRef stringBodies(LLVMBuilderRef b, LLVMValueRef r, List<Integer> indices, LLVMValueRef x,
            LLVMValueRef y) {
        LLVMValueRef f = m.runtimeFunction(RuntimeAbi.STRING_EQUAL);
        for (int i : indices) {
            java.util.function.Supplier<LLVMValueRef> body = () -> LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f,
                    refs(LLVMBuildExtractValue(b, x, i, ""), LLVMBuildExtractValue(b, y, i, "")), 2, "");
            if (LLVMIsAConstantInt(r) != null && !LLVMIsAConstantInt(r).isNull()) {
                r = LLVMConstIntGetZExtValue(r) != 0 ? body.get() : r;
            } else {
                r = onlyIf(b, r, body, LLVMConstInt(types.i1, 0, 0), "streq");
            }
        }
        indices.clear();
        return r;
    }

    /**
     * r && (the next element, of type t, is equal). Go compares the elements of structs
     * and arrays in order and stops at the first difference: an element whose
     * comparison may panic (it holds an interface) is compared only when the ones
     * before it were equal.
     */
    private LLVMValueRef and(LLVMBuilderRef b, LLVMValueRef r, Type t, java.util.function.Supplier<LLVMValueRef> next) {
        if (LLVMIsAConstantInt(r) != null && !LLVMIsAConstantInt(r).isNull()) {
            // known already: all equal so far (the first element), or a difference
            return LLVMConstIntGetZExtValue(r) != 0 ? next.get() : r;
        }
        if (!holdsInterface(t)) {
            return LLVMBuildAnd(b, r, next.get(), "");
        }
        return onlyIf(b, r, next, LLVMConstInt(types.i1, 0, 0), "eq");
    }

    /**
     * cond ? value : otherwise, where value is computed (its code emitted) only on the
     * path where cond holds: a branch and a phi.
     */
    private LLVMValueRef onlyIf(LLVMBuilderRef b, LLVMValueRef cond, java.util.function.Supplier<LLVMValueRef> value,
            LLVMValueRef otherwise, String name) {
        LLVMBasicBlockRef before = LLVMGetInsertBlock(b);
        LLVMValueRef fn = LLVMGetBasicBlockParent(before);
        LLVMBasicBlockRef then = LLVMAppendBasicBlockInContext(m.ctx, fn, name + ".then");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(m.ctx, fn, name + ".done");
        LLVMBuildCondBr(b, cond, then, done);
        LLVMPositionBuilderAtEnd(b, then);
        LLVMValueRef v = value.get();
        LLVMBasicBlockRef thenEnd = LLVMGetInsertBlock(b);
        LLVMBuildBr(b, done);
        LLVMPositionBuilderAtEnd(b, done);
        LLVMValueRef phi = LLVMBuildPhi(b, LLVMTypeOf(otherwise), "");
        LLVMAddIncoming(phi, refs(otherwise, v), refs(before, thenEnd), 2);
        return phi;
    }

    private static boolean holdsInterface(Type t) {
        return switch (t.underlying()) {
            case Interface i -> true;
            case org.tinygo4j.frontend.types.Struct s -> s.fields().stream().anyMatch(f -> holdsInterface(f.type()));
            case org.tinygo4j.frontend.types.Array a -> a.len() > 0 && holdsInterface(a.elem());
            default -> false;
        };
    }

    /**
     * == of long arrays: a loop over the elements in memory (unrolled compares would
     * grow with the length); both values go to entry-block allocas first.
     */
    private LLVMValueRef equalLongArray(LLVMBuilderRef b, org.tinygo4j.frontend.types.Array a, LLVMValueRef x,
            LLVMValueRef y) {
        LLVMTypeRef at = types.of(a);
        LLVMTypeRef et = types.of(a.elem());
        LLVMBasicBlockRef start = LLVMGetInsertBlock(b);
        LLVMValueRef fn = LLVMGetBasicBlockParent(start);
        LLVMValueRef px;
        LLVMValueRef py;
        long size = m.sizeOf(a);
        if (size > m.config.maxStackObject()) {
            // too large for the stack: both copies come from the heap
            LLVMValueRef alloc = m.allocFunction(a);
            LLVMValueRef n = LLVMConstInt(types.uintptr, size, 0);
            px = LLVMBuildCall2(b, LLVMGlobalGetValueType(alloc), alloc, refs(n), 1, "");
            py = LLVMBuildCall2(b, LLVMGlobalGetValueType(alloc), alloc, refs(n), 1, "");
        } else {
            LLVMBuilderRef eb = LLVMCreateBuilderInContext(m.ctx);
            try {
                LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
                LLVMValueRef first = LLVMGetFirstInstruction(entry);
                if (first != null && !first.isNull()) {
                    LLVMPositionBuilderBefore(eb, first);
                } else {
                    LLVMPositionBuilderAtEnd(eb, entry);
                }
                px = LLVMBuildAlloca(eb, at, "");
                py = LLVMBuildAlloca(eb, at, "");
            } finally {
                LLVMDisposeBuilder(eb);
            }
        }
        LLVMBuildStore(b, x, px);
        LLVMBuildStore(b, y, py);
        LLVMBasicBlockRef head = LLVMAppendBasicBlockInContext(m.ctx, fn, "arrayeq.head");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(m.ctx, fn, "arrayeq.body");
        LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(m.ctx, fn, "arrayeq.next");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(m.ctx, fn, "arrayeq.done");
        LLVMBuildBr(b, head);
        LLVMPositionBuilderAtEnd(b, head);
        LLVMValueRef i = LLVMBuildPhi(b, types.uintptr, "");
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, i, LLVMConstInt(types.uintptr, a.len(), 0), ""), body, done);
        LLVMPositionBuilderAtEnd(b, body);
        LLVMValueRef[] idx = {LLVMConstInt(types.uintptr, 0, 0), i};
        LLVMValueRef ex = LLVMBuildLoad2(b, et, LLVMBuildInBoundsGEP2(b, at, px, refs(idx), 2, ""), "");
        LLVMValueRef ey = LLVMBuildLoad2(b, et, LLVMBuildInBoundsGEP2(b, at, py, refs(idx), 2, ""), "");
        LLVMValueRef same = equal(b, a.elem(), ex, ey);
        LLVMBasicBlockRef bodyEnd = LLVMGetInsertBlock(b);
        LLVMBuildCondBr(b, same, next, done);
        LLVMPositionBuilderAtEnd(b, next);
        LLVMValueRef i1 = LLVMBuildAdd(b, i, LLVMConstInt(types.uintptr, 1, 0), "");
        LLVMBuildBr(b, head);
        LLVMAddIncoming(i, refs(LLVMConstInt(types.uintptr, 0, 0), i1), refs(start, next), 2);
        LLVMPositionBuilderAtEnd(b, done);
        LLVMValueRef r = LLVMBuildPhi(b, types.i1, "");
        LLVMAddIncoming(r, refs(LLVMConstInt(types.i1, 1, 0), LLVMConstInt(types.i1, 0, 0)), refs(head, bodyEnd), 2);
        return r;
    }

    /**
     * IEEE equality. On chips without an FPU, fcmp would be a call of a soft-float
     * routine, so there it is done inline on the bits: equal bits that are not a NaN, or
     * two zeros.
     */
    private LLVMValueRef floatEqual(LLVMBuilderRef b, LLVMValueRef x, LLVMValueRef y) {
        if (m.config.hasHardwareFloat()) {
            return LLVMBuildFCmp(b, LLVMRealOEQ, x, y, "");
        }
        boolean dbl = LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMDoubleTypeKind;
        LLVMTypeRef it = types.intN(dbl ? 64 : 32);
        long abs = dbl ? 0x7fffffffffffffffL : 0x7fffffffL;
        long inf = dbl ? 0x7ff0000000000000L : 0x7f800000L;
        LLVMValueRef a = LLVMBuildBitCast(b, x, it, "");
        LLVMValueRef c = LLVMBuildBitCast(b, y, it, "");
        LLVMValueRef notNan = LLVMBuildICmp(b, LLVMIntULE, LLVMBuildAnd(b, a, LLVMConstInt(it, abs, 0), ""),
                LLVMConstInt(it, inf, 0), "");
        LLVMValueRef same = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, a, c, ""), notNan, "");
        LLVMValueRef zeros = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildAnd(b, LLVMBuildOr(b, a, c, ""),
                LLVMConstInt(it, abs, 0), ""), LLVMConstInt(it, 0, 0), "");
        return LLVMBuildOr(b, same, zeros, "");
    }

    private static boolean comparable(Type t) {
        return switch (t.underlying()) {
            case org.tinygo4j.frontend.types.Slice s -> false;
            case MapType mt -> false;
            case Signature s -> false;
            case org.tinygo4j.frontend.types.Struct s -> s.fields().stream().allMatch(f -> comparable(f.type()));
            case org.tinygo4j.frontend.types.Array a -> comparable(a.elem());
            default -> true;
        };
    }

    // ---- generated dispatch functions ----

    private LLVMValueRef callGenerated(LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef... args) {
        return LLVMBuildCall2(b, LLVMGlobalGetValueType(fn), fn, refs(args), args.length, "");
    }

    private LLVMValueRef newFunction(String name, LLVMTypeRef ret, LLVMTypeRef... params) {
        LLVMValueRef fn = LLVMAddFunction(m.module, name, LLVMFunctionType(ret, refs(params), params.length, 0));
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        m.addEnumAttr(fn, "nounwind");
        if (!m.config.isWasm()) {
            LLVMSetSection(fn, ".text." + name);
        }
        generated.put(name, fn);
        return fn;
    }

    /** The types of the table implementing interface i. */
    private List<InterfaceTypes.Entry> implementers(Interface i) {
        List<InterfaceTypes.Entry> out = new ArrayList<>();
        for (InterfaceTypes.Entry e : table.entries()) {
            if (missing(e, i) == null) {
                out.add(e);
            }
        }
        return out;
    }

    private static String missing(InterfaceTypes.Entry e, Interface i) {
        if (e.type().underlying() instanceof Interface) {
            return "";
        }
        for (Func f : i.allMethods()) {
            if (!e.methodKeys().contains(InterfaceTypes.methodKey(f))) {
                return f.name();
            }
        }
        return null;
    }

    private static String ifaceKey(Interface i) {
        StringBuilder sb = new StringBuilder();
        for (Func f : i.allMethods()) {
            sb.append(InterfaceTypes.methodKey(f)).append(';');
        }
        return sb.toString();
    }

    /** implements:I(typecode) bool. */
    LLVMValueRef implementsFn(Interface iface) {
        String name = "interface.implements:" + ifaceKey(iface);
        LLVMValueRef fn = generated.get(name);
        if (fn != null) {
            return fn;
        }
        fn = newFunction(name, types.i1, types.ptr);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.ctx, fn, "entry"));
            LLVMValueRef tc = LLVMGetParam(fn, 0);
            LLVMValueRef r = LLVMConstInt(types.i1, 0, 0);
            for (InterfaceTypes.Entry e : implementers(iface)) {
                r = LLVMBuildOr(b, r, LLVMBuildICmp(b, LLVMIntEQ, tc, descriptor(e.type()), ""), "");
            }
            LLVMBuildRet(b, r);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    /** missing:I(typecode) string: the first method of I that the type lacks (for the panic message). */
    private LLVMValueRef missingFn(Interface iface) {
        String name = "interface.missing:" + ifaceKey(iface);
        LLVMValueRef fn = generated.get(name);
        if (fn != null) {
            return fn;
        }
        fn = newFunction(name, types.string, types.ptr);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.ctx, fn, "entry"));
            LLVMValueRef tc = LLVMGetParam(fn, 0);
            LLVMValueRef r = m.string(new byte[0]);
            for (InterfaceTypes.Entry e : table.entries()) {
                String miss = missing(e, iface);
                if (miss != null && !miss.isEmpty()) {
                    r = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, tc, descriptor(e.type()), ""), m.string(bytes(miss)),
                            r, "");
                }
            }
            LLVMBuildRet(b, r);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    /** The type of invoke:KEY without the coroutine convention: (typecode, value, args...) results. */
    private LLVMTypeRef invokeType(Func method) {
        Signature sig = method.signature();
        LLVMTypeRef ft = types.function(new Signature(null, List.of(), sig.params(), sig.results(), sig.variadic()));
        int n = LLVMCountParamTypes(ft);
        LLVMTypeRef[] ps = new LLVMTypeRef[n + 2];
        ps[0] = types.ptr;
        ps[1] = types.ptr;
        for (int i = 0; i < n; i++) {
            ps[i + 2] = types.of(sig.params().at(i));
        }
        return LLVMFunctionType(LLVMGetReturnType(ft), refs(ps), ps.length, 0);
    }

    private LLVMValueRef invokeFn(Func method) {
        return invokeFn(method, false, false);
    }

    /**
     * invoke:KEY(typecode, value, args...): calls the method of the dynamic type; nil
     * panics. With async, a method key that can block: every method with the key is
     * async, and the dispatch hands on the result slot and returns the callee's frame
     * (see Coroutines), so it needs no frame of its own. With deferred, the call of a
     * defer statement (defer i.M()): the method called is the deferred function, so the
     * dispatch passes its address to runtime.deferArm first, and a recover in it works.
     * Only deferred calls use this variant: ordinary interface calls pay nothing.
     */
    private LLVMValueRef invokeFn(Func method, boolean async, boolean deferred) {
        String key = InterfaceTypes.methodKey(method);
        String name = (async ? "interface.invoke.async" : "interface.invoke") + (deferred ? ".deferred:" : ":") + key;
        LLVMValueRef fn = generated.get(name);
        if (fn != null) {
            return fn;
        }
        Signature sig = method.signature();
        LLVMTypeRef plainType = invokeType(method);
        int n = LLVMCountParamTypes(plainType) - 2;
        LLVMTypeRef ft = async ? types.asyncFunction(plainType) : plainType;
        int np = LLVMCountParamTypes(ft);
        LLVMTypeRef[] ps = new LLVMTypeRef[np];
        org.bytedeco.javacpp.PointerPointer<LLVMTypeRef> pp = Scratch.array(np);
        LLVMGetParamTypes(ft, pp);
        for (int i = 0; i < np; i++) {
            ps[i] = new LLVMTypeRef(pp.get(i));
        }
        LLVMTypeRef ret = LLVMGetReturnType(ft);
        boolean resultSlot = async && np > n + 2;
        fn = newFunction(name, ret, ps);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.ctx, fn, "entry"));
            LLVMValueRef tc = LLVMGetParam(fn, 0);
            LLVMValueRef val = LLVMGetParam(fn, 1);
            for (InterfaceTypes.Entry e : table.entries()) {
                Function target = e.methods().get(key);
                if (target == null) {
                    continue;
                }
                LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(m.ctx, fn, "is");
                LLVMBasicBlockRef no = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
                LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, tc, descriptor(e.type()), ""), yes, no);
                LLVMPositionBuilderAtEnd(b, yes);
                Type recvType = target.signature().recv().type();
                // The receiver: the value word for a pointer receiver on a pointer type,
                // else the value loaded from the box (or through the pointer, for T's
                // methods in the method set of *T).
                boolean byPointer = pointerShaped(e.type()) && Types.identical(recvType, e.type());
                if (!byPointer && e.type() instanceof Pointer p && p.elem() instanceof Named named) {
                    nilReceiverCheck(b, fn, val, named, method.name());
                }
                LLVMValueRef recv = byPointer ? val : LLVMBuildLoad2(b, types.of(recvType), val, "");
                LLVMValueRef[] args = new LLVMValueRef[n + 1];
                args[0] = recv;
                for (int i = 0; i < n; i++) {
                    args[i + 1] = LLVMGetParam(fn, i + 2);
                }
                LLVMValueRef callee = m.function(target);
                if (deferred) {
                    LLVMValueRef arm = m.runtimeFunction(RuntimeAbi.DEFER_ARM);
                    LLVMValueRef addr = types.codePtr.equals(types.ptr) ? callee
                            : LLVMConstAddrSpaceCast(callee, types.ptr);
                    LLVMBuildCall2(b, LLVMGlobalGetValueType(arm), arm, refs(addr), 1, "");
                }
                if (async && m.isAsync(target)) {
                    if (resultSlot) {
                        args = java.util.Arrays.copyOf(args, n + 2);
                        args[n + 1] = LLVMGetParam(fn, np - 1);
                    }
                    LLVMBuildRet(b, LLVMBuildCall2(b, LLVMGlobalGetValueType(callee), callee, refs(args), args.length,
                            ""));
                    LLVMPositionBuilderAtEnd(b, no);
                    continue;
                }
                LLVMValueRef r = LLVMBuildCall2(b, LLVMGlobalGetValueType(callee), callee, refs(args), args.length, "");
                if (async) {
                    if (resultSlot) {
                        LLVMBuildStore(b, r, LLVMGetParam(fn, np - 1));
                    }
                    LLVMBuildRet(b, LLVMConstNull(types.ptr));
                } else if (sig.results().size() == 0) {
                    LLVMBuildRetVoid(b);
                } else {
                    LLVMBuildRet(b, r);
                }
                LLVMPositionBuilderAtEnd(b, no);
            }
            LLVMValueRef panic = m.runtimeFunction(RuntimeAbi.PANIC_NIL_METHOD);
            LLVMBuildCall2(b, LLVMGlobalGetValueType(panic), panic, refs(), 0, "");
            LLVMBuildUnreachable(b);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    /**
     * A value method of T called through a nil *T in an interface panics as gc's
     * wrapper does: "value method pkg.T.M called using nil *T pointer".
     */
    private void nilReceiverCheck(LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef ptr, Named n, String method) {
        LLVMBasicBlockRef nil = LLVMAppendBasicBlockInContext(m.ctx, fn, "nil.receiver");
        LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(m.ctx, fn, "receiver");
        LLVMBuildCondBr(b, LLVMBuildIsNull(b, ptr, ""), nil, ok);
        LLVMPositionBuilderAtEnd(b, nil);
        String typ = n.obj().name() + (n.typeArgs().isEmpty() ? "" : "[...]");
        String pkg = n.obj().pkg() == null ? "" : n.obj().pkg().path();
        LLVMValueRef panic = m.runtimeFunction(RuntimeAbi.PANIC_WRAP);
        LLVMValueRef[] args = {m.string(bytes(pkg)), m.string(bytes(typ)), m.string(bytes(method))};
        LLVMBuildCall2(b, LLVMGlobalGetValueType(panic), panic, refs(args), args.length, "");
        LLVMBuildUnreachable(b);
        LLVMPositionBuilderAtEnd(b, ok);
    }

    /** interface.equal(tcA, vA, tcB, vB) bool: same dynamic type and equal values; uncomparable types panic. */
    private LLVMValueRef equalFn() {
        String name = "interface.equal";
        LLVMValueRef fn = generated.get(name);
        if (fn != null) {
            return fn;
        }
        fn = newFunction(name, types.i1, types.ptr, types.ptr, types.ptr, types.ptr);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m.ctx, fn, "entry");
            LLVMBasicBlockRef no = LLVMAppendBasicBlockInContext(m.ctx, fn, "differ");
            LLVMBasicBlockRef same = LLVMAppendBasicBlockInContext(m.ctx, fn, "same");
            LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(m.ctx, fn, "equal");
            LLVMPositionBuilderAtEnd(b, no);
            LLVMBuildRet(b, LLVMConstInt(types.i1, 0, 0));
            LLVMPositionBuilderAtEnd(b, yes);
            LLVMBuildRet(b, LLVMConstInt(types.i1, 1, 0));
            LLVMPositionBuilderAtEnd(b, entry);
            LLVMValueRef tc = LLVMGetParam(fn, 0);
            LLVMValueRef va = LLVMGetParam(fn, 1);
            LLVMValueRef vb = LLVMGetParam(fn, 3);
            LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, tc, LLVMGetParam(fn, 2), ""), same, no);
            LLVMPositionBuilderAtEnd(b, same);
            LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
            LLVMBuildCondBr(b, LLVMBuildIsNull(b, tc, ""), yes, next);
            LLVMPositionBuilderAtEnd(b, next);
            for (InterfaceTypes.Entry e : table.entries()) {
                Type t = e.type();
                LLVMBasicBlockRef is = LLVMAppendBasicBlockInContext(m.ctx, fn, "is");
                next = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
                LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, tc, descriptor(t), ""), is, next);
                LLVMPositionBuilderAtEnd(b, is);
                if (!comparable(t)) {
                    LLVMValueRef panic = m.runtimeFunction(RuntimeAbi.PANIC_UNCOMPARABLE);
                    LLVMBuildCall2(b, LLVMGlobalGetValueType(panic), panic, refs(tc), 1, "");
                    LLVMBuildUnreachable(b);
                } else if (pointerShaped(t)) {
                    LLVMBuildRet(b, LLVMBuildICmp(b, LLVMIntEQ, va, vb, ""));
                } else {
                    LLVMTypeRef lt = types.of(t);
                    LLVMBuildRet(b, equal(b, t, LLVMBuildLoad2(b, lt, va, ""), LLVMBuildLoad2(b, lt, vb, "")));
                }
                LLVMPositionBuilderAtEnd(b, next);
            }
            LLVMBuildUnreachable(b);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    /**
     * The body of runtime.hashmapHashInterface: interface.hash(tc, v, h) continues the hash
     * h over an interface value by its dynamic type. The typecode goes in first; then
     * pointer-shaped values hash their word, integers, booleans and strings their
     * contents, and other comparable types (floats, whose -0 must hash like +0, arrays,
     * structs) nothing more, which is coarse but consistent with interface.equal.
     * Uncomparable dynamic types panic as Go's runtime does.
     */
    LLVMValueRef hashCall(LLVMBuilderRef b, LLVMValueRef key, LLVMValueRef h) {
        LLVMValueRef tc = LLVMBuildLoad2(b, types.ptr, key, "");
        LLVMValueRef word = LLVMBuildGEP2(b, types.ptr, key, refs(LLVMConstInt(types.i32, 1, 0)), 1, "");
        LLVMValueRef v = LLVMBuildLoad2(b, types.ptr, word, "");
        return callGenerated(b, hashFn(), tc, v, h);
    }

    private LLVMValueRef hashFn() {
        String name = "interface.hash";
        LLVMValueRef fn = generated.get(name);
        if (fn != null) {
            return fn;
        }
        fn = newFunction(name, types.i32, types.ptr, types.ptr, types.i32);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m.ctx, fn, "entry");
            LLVMPositionBuilderAtEnd(b, entry);
            LLVMValueRef tc = LLVMGetParam(fn, 0);
            LLVMValueRef v = LLVMGetParam(fn, 1);
            LLVMValueRef words = LLVMBuildAlloca(b, types.ptr, "word");
            LLVMValueRef hashBytes = m.runtimeFunction(RuntimeAbi.HASHMAP_HASH_BYTES);
            LLVMValueRef ptrSize = LLVMConstInt(types.uintptr, m.sizeOf(Universe.UNSAFE_POINTER), 0);
            LLVMBuildStore(b, tc, words);
            LLVMValueRef h = callGenerated(b, hashBytes, words, ptrSize, LLVMGetParam(fn, 2));
            LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
            LLVMBasicBlockRef nil = LLVMAppendBasicBlockInContext(m.ctx, fn, "nil");
            LLVMBuildCondBr(b, LLVMBuildIsNull(b, tc, ""), nil, next);
            LLVMPositionBuilderAtEnd(b, nil);
            LLVMBuildRet(b, h);
            LLVMPositionBuilderAtEnd(b, next);
            for (InterfaceTypes.Entry e : table.entries()) {
                Type t = e.type();
                LLVMBasicBlockRef is = LLVMAppendBasicBlockInContext(m.ctx, fn, "is");
                next = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
                LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, tc, descriptor(t), ""), is, next);
                LLVMPositionBuilderAtEnd(b, is);
                Type u = t.underlying();
                if (!comparable(t)) {
                    LLVMValueRef panic = m.runtimeFunction(RuntimeAbi.PANIC_UNHASHABLE);
                    LLVMBuildCall2(b, LLVMGlobalGetValueType(panic), panic, refs(tc), 1, "");
                    LLVMBuildUnreachable(b);
                } else if (pointerShaped(t)) {
                    LLVMBuildStore(b, v, words);
                    LLVMBuildRet(b, callGenerated(b, hashBytes, words, ptrSize, h));
                } else if (u instanceof Basic bt && (bt.isInteger() || bt.isBoolean())) {
                    LLVMValueRef n = LLVMConstInt(types.uintptr, m.sizeOf(t), 0);
                    LLVMBuildRet(b, callGenerated(b, hashBytes, v, n, h));
                } else if (u instanceof Basic bt && bt.isString()) {
                    LLVMBuildRet(b, callGenerated(b, m.runtimeFunction(RuntimeAbi.HASHMAP_HASH_STRING), v, h));
                } else {
                    LLVMBuildRet(b, h);
                }
                LLVMPositionBuilderAtEnd(b, next);
            }
            LLVMBuildRet(b, h);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
