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
 * per interface type asserted to. They hold a comparison and a direct call per type
 * that has the method, which is smaller in flash than method tables for the few types
 * a small program converts, and lets LLVM inline. == of interfaces and the hash of
 * interface keys are generated the same way, in Equality, which shares the
 * descriptors and the table of generated functions.
 */
final class InterfaceLowering {
    private final ModuleLowering m;
    private final LlvmTypes types;
    private final InterfaceTypes table;
    /** The generated functions (invoke, implements, missing, equal, hash) by name. */
    final Map<String, LLVMValueRef> generated = new HashMap<>();
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
            // the pointer is the value (errors.New's static object, see Const.iface)
            return LLVMConstStructInContext(m.ctx, refs(descriptor(t), m.constant(x)), 2, 0);
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

    /**
     * cond ? value : otherwise, where value is computed (its code emitted) only on the
     * path where cond holds: a branch and a phi.
     */
    LLVMValueRef onlyIf(LLVMBuilderRef b, LLVMValueRef cond, java.util.function.Supplier<LLVMValueRef> value,
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

    // ---- generated dispatch functions ----

    LLVMValueRef callGenerated(LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef... args) {
        return LLVMBuildCall2(b, LLVMGlobalGetValueType(fn), fn, refs(args), args.length, "");
    }

    LLVMValueRef newFunction(String name, LLVMTypeRef ret, LLVMTypeRef... params) {
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

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
