package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.InterfaceTypes;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Chan;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Slice;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Var;

/**
 * Type descriptors, the constant globals a typecode points to. Three sizes, chosen
 * per program: one byte (distinct addresses are all dispatch needs), {name, kind}
 * when the runtime prints failure messages, and the full layout when the program
 * walks values by their type (package internal/reflectlite, which fmt uses; see
 * Program.fullTypeInfo):
 *
 * <pre>
 * {name string, kind uint8, flags uint8, size uintptr, elem *desc, key *desc, len uintptr, fields *field}
 * field: {name string, typ *desc, offset uintptr, flags uint8}
 * </pre>
 *
 * elem is the element of pointers, slices, arrays, channels and maps, key a map's key,
 * len an array's length or a struct's number of fields. Full descriptors reach their
 * component types' descriptors, so those exist too (types converted nowhere).
 *
 * <p>Programs with package reflect (Program.reflectTypeInfo) append to the full layout
 * what reflect reads and fmt does not:
 *
 * <pre>
 * {..., pkgPath string, ptrTo *desc, methods *method, nmethods uintptr,
 *  params **desc (ins then outs), nin uintptr, nout uintptr, tags *string (one per field, or nil),
 *  align uintptr, fieldAlign uintptr, call *code (functions: the thunk of Value.Call),
 *  makeFunc *code (functions, in programs that use reflect.MakeFunc: the code of its func values)}
 * method: {name string, pkgPath string (unexported names), typ *desc (no receiver), mtyp *desc (receiver first),
 *         fn *code (the method expression T.M as a func value's code, when the program calls methods through reflect)}
 * </pre>
 *
 * flags gain 4 (comparable) in every full descriptor; with reflect also 2 (variadic function),
 * 8 (send-only chan), 16 (receive-only chan).
 * ptrTo is *T's descriptor for a T that is not a pointer, methods the method set
 * sorted by name (for interfaces their methods, mtyp nil).
 */
final class TypeDescriptors {
    /** desc.flags: the type is a named (defined) type. */
    static final int FLAG_NAMED = 1;
    static final int FLAG_VARIADIC = 2;
    static final int FLAG_COMPARABLE = 4;
    static final int FLAG_SEND_ONLY = 8;
    static final int FLAG_RECV_ONLY = 16;
    /** field.flags. */
    static final int FIELD_EMBEDDED = 1;
    static final int FIELD_EXPORTED = 2;

    private final ModuleLowering m;
    private final LlvmTypes types;
    private final List<Type> descTypes = new ArrayList<>();
    private final List<LLVMValueRef> descs = new ArrayList<>();
    private final boolean names;
    private final boolean full;
    private final boolean reflect;
    private LLVMTypeRef fullType;
    private LLVMTypeRef fieldType;
    private LLVMTypeRef methodType;

    TypeDescriptors(ModuleLowering m, boolean names) {
        this.m = m;
        this.types = m.types;
        this.full = m.program.fullTypeInfo();
        this.reflect = m.program.reflectTypeInfo();
        this.names = names || full;
    }

    /** Per kind (reflect.Kind's numbering), the placeholder of reflect's type table and its length. */
    private final java.util.Map<Integer, LLVMValueRef[]> tables = new java.util.TreeMap<>();

    /**
     * reflect.typeTable(kind): {first *desc, n int} over the descriptors of the
     * program's unnamed types of that kind (the ones reflect's SliceOf, ChanOf, MapOf,
     * ArrayOf, FuncOf and StructOf can be asked for) and, for functions, of its named
     * function types too (whose call code FuncOf's made types borrow), so that the
     * constructors return the compiler's descriptor of a type the program has and
     * types stay comparable by address. One table per kind asked for, so a program
     * that only slices arrays keeps only its slice descriptors alive. Descriptors are
     * made while functions are lowered, so a table is a placeholder until
     * {@link #finishTypeTable}; programs that never call typeTable have none.
     */
    LLVMValueRef typeTable(org.bytedeco.llvm.LLVM.LLVMBuilderRef b, int kind) {
        LLVMValueRef[] t = tables.computeIfAbsent(kind, k -> new LLVMValueRef[] {
            LLVMAddGlobal(m.module, types.i8, "reflect.types.placeholder." + k),
            LLVMAddGlobal(m.module, types.intType, "reflect.types.len." + k)});
        LLVMValueRef n = LLVMBuildLoad2(b, types.intType, t[1], "");
        LLVMTypeRef rt = types.struct(types.ptr, types.intType);
        LLVMValueRef r = LLVMBuildInsertValue(b, LLVMGetUndef(rt), t[0], 0, "");
        return LLVMBuildInsertValue(b, r, n, 1, "");
    }

    /** Emits reflect's type tables in place of their placeholders (those a function asked for). */
    void finishTypeTable() {
        for (java.util.Map.Entry<Integer, LLVMValueRef[]> e : tables.entrySet()) {
            List<LLVMValueRef> entries = new ArrayList<>();
            for (int i = 0; i < descTypes.size(); i++) {
                Type t = descTypes.get(i);
                boolean listed = t instanceof Named ? t.underlying() instanceof Signature
                        : !(t instanceof org.tinygo4j.frontend.types.Basic);
                if (listed && TypeNames.kind(t) == e.getKey()) {
                    entries.add(descs.get(i));
                }
            }
            LLVMTypeRef at = LLVMArrayType2(types.ptr, entries.size());
            LLVMValueRef table = LLVMAddGlobal(m.module, at, "reflect.types." + e.getKey());
            LLVMSetInitializer(table, LLVMConstArray2(types.ptr, refs(entries.toArray(new LLVMValueRef[0])),
                    entries.size()));
            LLVMSetLinkage(table, LLVMInternalLinkage);
            LLVMSetGlobalConstant(table, 1);
            LLVMReplaceAllUsesWith(e.getValue()[0], table);
            LLVMDeleteGlobal(e.getValue()[0]);
            LLVMSetInitializer(e.getValue()[1], LLVMConstInt(types.intType, entries.size(), 0));
            LLVMSetLinkage(e.getValue()[1], LLVMInternalLinkage);
            LLVMSetGlobalConstant(e.getValue()[1], 1);
        }
    }

    LLVMValueRef of(Type t) {
        for (int i = 0; i < descTypes.size(); i++) {
            if (Types.identical(descTypes.get(i), t)) {
                return descs.get(i);
            }
        }
        String name = TypeNames.of(t);
        if (full) {
            // Registered before its initialiser is made: recursive types reach themselves.
            LLVMValueRef g = newGlobal(fullType(), "type:" + name);
            descTypes.add(t);
            descs.add(g);
            LLVMSetInitializer(g, fullInit(t, name));
            return g;
        }
        LLVMValueRef init = names
                ? LLVMConstStructInContext(m.ctx, refs(m.string(bytes(name)), i8(TypeNames.kind(t))), 2, 0)
                : i8(0);
        LLVMValueRef g = newGlobal(LLVMTypeOf(init), "type:" + name);
        LLVMSetInitializer(g, init);
        descTypes.add(t);
        descs.add(g);
        return g;
    }

    private LLVMValueRef newGlobal(LLVMTypeRef t, String name) {
        LLVMValueRef g = LLVMAddGlobal(m.module, t, name);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMSetGlobalConstant(g, 1);
        return g;
    }

    private LLVMTypeRef fullType() {
        if (fullType == null) {
            fullType = reflect
                    ? types.struct(types.string, types.i8, types.i8, types.uintptr, types.ptr, types.ptr,
                            types.uintptr, types.ptr, types.string, types.ptr, types.ptr, types.uintptr, types.ptr,
                            types.uintptr, types.uintptr, types.ptr, types.uintptr, types.uintptr, types.codePtr,
                            types.codePtr)
                    : types.struct(types.string, types.i8, types.i8, types.uintptr, types.ptr, types.ptr,
                            types.uintptr, types.ptr);
            fieldType = types.struct(types.string, types.ptr, types.uintptr, types.i8);
            methodType = types.struct(types.string, types.string, types.ptr, types.ptr, types.codePtr);
        }
        return fullType;
    }

    private LLVMValueRef fullInit(Type t, String name) {
        Type u = t.underlying();
        LLVMValueRef nil = LLVMConstNull(types.ptr);
        LLVMValueRef elem = nil;
        LLVMValueRef key = nil;
        long len = 0;
        LLVMValueRef fields = nil;
        switch (u) {
            case Pointer p -> elem = of(p.elem());
            case Slice s -> elem = of(s.elem());
            case Array a -> {
                elem = of(a.elem());
                len = a.len();
            }
            case Chan c -> elem = of(c.elem());
            case MapType mt -> {
                key = of(mt.key());
                elem = of(mt.elem());
            }
            case Struct s -> {
                len = s.fields().size();
                fields = fieldsOf(s, name);
            }
            case Interface i when m.program.function("errors.As") != null -> fields = implementsEntry(i, name);
            default -> {
            }
        }
        int flags = t instanceof Named ? FLAG_NAMED : 0;
        if (comparable(t, new java.util.HashSet<>())) {
            flags |= FLAG_COMPARABLE;
        }
        if (!reflect) {
            return LLVMConstStructInContext(m.ctx, refs(m.string(bytes(name)), i8(TypeNames.kind(t)), i8(flags),
                    uintptr(m.sizeOf(t)), elem, key, uintptr(len), fields), 8, 0);
        }
        String pkgPath = t instanceof Named n && n.obj().pkg() != null ? n.obj().pkg().path() : "";
        if (!(t instanceof Named) && u instanceof Struct st) {
            // an unnamed struct: the package of its unexported fields (StructField.PkgPath)
            pkgPath = st.fields().stream().filter(f -> !f.exported() && f.pkg() != null).map(f -> f.pkg().path())
                    .findFirst().orElse("");
        }
        LLVMValueRef ptrTo = u instanceof Pointer && !(t instanceof Named) ? nil : of(new Pointer(t));
        LLVMValueRef params = nil;
        long nin = 0;
        long nout = 0;
        LLVMValueRef tags = nil;
        LLVMValueRef call = LLVMConstNull(types.codePtr);
        LLVMValueRef makeFunc = LLVMConstNull(types.codePtr);
        if (u instanceof Signature sig) {
            nin = sig.params().size();
            nout = sig.results().size();
            params = descArray(sig.params().vars(), sig.results().vars(), "params:" + name);
            flags |= sig.variadic() ? FLAG_VARIADIC : 0;
            // on WebAssembly, calls through values of an async class use the coroutine convention
            boolean async = m.blocking != null && m.blocking.isAsyncValueCall(t);
            call = callThunk(sig, name, async);
            org.tinygo4j.ssa.ir.Function stub = m.program.function(RuntimeAbi.REFLECT_MAKE_FUNC_STUB.linkName());
            if (stub != null) {
                makeFunc = makeFuncEntry(sig, name, stub, async);
            }
        }
        if (u instanceof Struct st && st.tags().stream().anyMatch(x -> x != null && !x.isEmpty())) {
            LLVMValueRef[] ts = new LLVMValueRef[st.fields().size()];
            for (int i = 0; i < ts.length; i++) {
                String tag = i < st.tags().size() && st.tags().get(i) != null ? st.tags().get(i) : "";
                ts[i] = m.string(bytes(tag));
            }
            tags = constArrayGlobal(types.string, ts, "tags:" + name);
        }
        if (u instanceof Chan c) {
            flags |= switch (c.dir()) {
                case SEND -> FLAG_SEND_ONLY;
                case RECV -> FLAG_RECV_ONLY;
                default -> 0;
            };
        }
        List<Func> ms = methodsOf(t);
        LLVMValueRef methods = nil;
        if (!ms.isEmpty()) {
            LLVMValueRef[] mv = new LLVMValueRef[ms.size()];
            boolean iface = u instanceof Interface;
            InterfaceTypes.Entry entry = iface ? null : m.program.interfaceTypes().find(t);
            List<org.tinygo4j.ssa.ir.Function> fns = entry == null ? List.of() : entry.methodFunctions();
            for (int i = 0; i < mv.length; i++) {
                LLVMValueRef code = i < fns.size() && fns.get(i) != null ? m.function(fns.get(i))
                        : LLVMConstNull(types.codePtr);
                Func f = ms.get(i);
                Signature fs = f.signature();
                Signature plain = new Signature(null, List.of(), fs.params(), fs.results(), fs.variadic());
                LLVMValueRef mtyp = nil;
                if (!iface) {
                    List<Var> ps = new ArrayList<>();
                    ps.add(Var.param(0, null, "", t));
                    ps.addAll(fs.params().vars());
                    mtyp = of(new Signature(null, List.of(), new Tuple(ps), fs.results(), fs.variadic()));
                }
                String mp = f.exported() || f.pkg() == null ? "" : f.pkg().path();
                mv[i] = LLVMConstStructInContext(m.ctx, refs(m.string(bytes(f.name())), m.string(bytes(mp)), of(plain),
                        mtyp, code), 5, 0);
            }
            methods = constArrayGlobal(methodType, mv, "methods:" + name);
        }
        long align = LLVMABIAlignmentOfType(m.targetData, types.of(t));
        return LLVMConstStructInContext(m.ctx, refs(m.string(bytes(name)), i8(TypeNames.kind(t)), i8(flags),
                uintptr(m.sizeOf(t)), elem, key, uintptr(len), fields, m.string(bytes(pkgPath)), ptrTo, methods,
                uintptr(ms.size()), params, uintptr(nin), uintptr(nout), tags, uintptr(align), uintptr(align), call,
                makeFunc), 20, 0);
    }

    /**
     * The code of the function values reflect.MakeFunc makes for signature sig: it
     * takes the arguments (and the context, reflect's makeFuncImpl), stores them in
     * stack slots, and calls {@code reflect.makeFuncStub(context, args, results)} with
     * arrays of the slots' addresses, then returns what the stub stored in the result
     * slots. Made only for programs that reach reflect.MakeFunc. When sig's class is
     * async (callers use the coroutine convention), it takes the results pointer last,
     * stores the results there and returns a null frame: it never suspends; if the stub
     * blocks (it is async when a MakeFunc'd function can block), the goroutine waits in
     * place.
     */
    private LLVMValueRef makeFuncEntry(Signature sig, String name, org.tinygo4j.ssa.ir.Function stubFn, boolean async) {
        LLVMValueRef stub = m.function(stubFn);
        Signature plain = new Signature(null, List.of(), sig.params(), sig.results(), sig.variadic());
        LLVMTypeRef plainType = types.function(plain, true);
        LLVMTypeRef ft = async ? types.asyncFunction(plainType) : plainType;
        LLVMValueRef fn = LLVMAddFunction(m.module, "reflect.makefunc:" + name, ft);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        if (!async) {
            m.addEnumAttr(fn, "nounwind");
        }
        if (!m.config.isWasm()) {
            LLVMSetSection(fn, ".text.reflect.makefunc:" + name);
        }
        org.bytedeco.llvm.LLVM.LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.ctx, fn, "entry"));
            int n = sig.params().size();
            int k = sig.results().size();
            LLVMValueRef args = LLVMBuildArrayAlloca(b, types.ptr, LLVMConstInt(types.i32, n + 1, 0), "args");
            for (int i = 0; i < n; i++) {
                LLVMValueRef slot = LLVMBuildAlloca(b, types.of(sig.params().at(i)), "arg");
                LLVMBuildStore(b, LLVMGetParam(fn, i), slot);
                LLVMBuildStore(b, slot, LLVMBuildGEP2(b, types.ptr, args, refs(LLVMConstInt(types.i32, i, 0)), 1, ""));
            }
            LLVMValueRef results = LLVMBuildArrayAlloca(b, types.ptr, LLVMConstInt(types.i32, k + 1, 0), "results");
            LLVMValueRef[] slots = new LLVMValueRef[k];
            for (int i = 0; i < k; i++) {
                slots[i] = LLVMBuildAlloca(b, types.of(sig.results().at(i)), "result");
                LLVMBuildStore(b, slots[i], LLVMBuildGEP2(b, types.ptr, results, refs(LLVMConstInt(types.i32, i, 0)), 1, ""));
            }
            if (m.isAsync(stubFn)) {
                // declared with the coroutine convention already: no results, so the same parameters
                LLVMValueRef frame = LLVMBuildCall2(b, LLVMGlobalGetValueType(stub), stub,
                        refs(LLVMGetParam(fn, n), args, results), 3, "");
                waitInPlace(b, fn, frame);
            } else {
                LLVMBuildCall2(b, LLVMGlobalGetValueType(stub), stub, refs(LLVMGetParam(fn, n), args, results), 3, "");
            }
            LLVMValueRef ret = null;
            if (k == 1) {
                ret = LLVMBuildLoad2(b, types.of(sig.results().at(0)), slots[0], "");
            } else if (k > 1) {
                LLVMTypeRef st = types.of(sig.results());
                ret = LLVMGetUndef(st);
                for (int i = 0; i < k; i++) {
                    ret = LLVMBuildInsertValue(b, ret, LLVMBuildLoad2(b, types.of(sig.results().at(i)), slots[i], ""), i, "");
                }
            }
            if (async) {
                if (ret != null) {
                    LLVMBuildStore(b, ret, LLVMGetParam(fn, n + 1));
                }
                LLVMBuildRet(b, LLVMConstNull(types.ptr));
            } else if (ret == null) {
                LLVMBuildRetVoid(b);
            } else {
                LLVMBuildRet(b, ret);
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    /**
     * The function reflect's Value.Call uses to call a function value of signature
     * sig: {@code void(fn *funcValue, args **arg, results **result, context)}, which
     * loads each argument from the address in args, calls fn with its context last
     * and stores each result at the address in results. It takes a context itself so
     * that reflect calls it as a func value without one. When sig's class is async, it
     * calls fn with the coroutine convention, and if fn blocks the goroutine waits in
     * place (the thunk is a plain function, as are reflect's callers of it).
     */
    private LLVMValueRef callThunk(Signature sig, String name, boolean async) {
        LLVMTypeRef ft = LLVMFunctionType(types.voidType, refs(types.ptr, types.ptr, types.ptr, types.ptr), 4, 0);
        LLVMValueRef fn = LLVMAddFunction(m.module, "reflect.call:" + name, ft);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        if (!async) {
            m.addEnumAttr(fn, "nounwind");
        }
        if (!m.config.isWasm()) {
            LLVMSetSection(fn, ".text.reflect.call:" + name);
        }
        org.bytedeco.llvm.LLVM.LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.ctx, fn, "entry"));
            LLVMTypeRef fvType = types.of(sig);
            LLVMValueRef fv = LLVMBuildLoad2(b, fvType, LLVMGetParam(fn, 0), "");
            int n = sig.params().size();
            LLVMValueRef[] args = new LLVMValueRef[n + 1];
            for (int i = 0; i < n; i++) {
                LLVMValueRef slot = LLVMBuildGEP2(b, types.ptr, LLVMGetParam(fn, 1), refs(LLVMConstInt(types.i32, i, 0)), 1, "");
                LLVMValueRef ap = LLVMBuildLoad2(b, types.ptr, slot, "");
                args[i] = LLVMBuildLoad2(b, types.of(sig.params().at(i)), ap, "");
            }
            args[n] = LLVMBuildExtractValue(b, fv, 0, "");
            LLVMValueRef code = LLVMBuildExtractValue(b, fv, 1, "");
            Signature plain = new Signature(null, List.of(), sig.params(), sig.results(), sig.variadic());
            LLVMTypeRef plainType = types.function(plain, true);
            int k = sig.results().size();
            LLVMValueRef r;
            if (async) {
                LLVMTypeRef ret = LLVMGetReturnType(plainType);
                LLVMValueRef out = k == 0 ? null : LLVMBuildAlloca(b, ret, "results");
                LLVMValueRef[] all = java.util.Arrays.copyOf(args, args.length + (k == 0 ? 0 : 1));
                if (k > 0) {
                    all[args.length] = out;
                }
                LLVMValueRef frame = LLVMBuildCall2(b, types.asyncFunction(plainType), code, refs(all), all.length, "");
                waitInPlace(b, fn, frame);
                r = k == 0 ? null : LLVMBuildLoad2(b, ret, out, "");
            } else {
                r = LLVMBuildCall2(b, plainType, code, refs(args), args.length, "");
            }
            for (int i = 0; i < k; i++) {
                LLVMValueRef slot = LLVMBuildGEP2(b, types.ptr, LLVMGetParam(fn, 2), refs(LLVMConstInt(types.i32, i, 0)), 1, "");
                LLVMValueRef rp = LLVMBuildLoad2(b, types.ptr, slot, "");
                LLVMBuildStore(b, k == 1 ? r : LLVMBuildExtractValue(b, r, i, ""), rp);
            }
            LLVMBuildRetVoid(b);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    /**
     * After a coroutine-convention call in one of these plain functions: a non-null
     * frame means the callee blocked; the goroutine waits in place (see
     * Coroutines.waitInPlace), or traps without the coroutines scheduler.
     */
    private void waitInPlace(org.bytedeco.llvm.LLVM.LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef frame) {
        org.bytedeco.llvm.LLVM.LLVMBasicBlockRef blocked = LLVMAppendBasicBlockInContext(m.ctx, fn, "blocked.in.plain");
        org.bytedeco.llvm.LLVM.LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(m.ctx, fn, "call.returned");
        LLVMBuildCondBr(b, LLVMBuildIsNull(b, frame, ""), cont, blocked);
        LLVMPositionBuilderAtEnd(b, blocked);
        if (m.program.function(RuntimeAbi.WAIT_IN_PLACE.linkName()) != null) {
            LLVMValueRef wait = m.runtimeFunction(RuntimeAbi.WAIT_IN_PLACE);
            LLVMBuildCall2(b, LLVMGlobalGetValueType(wait), wait, refs(frame), 1, "");
            LLVMBuildBr(b, cont);
        } else {
            String name = "llvm.trap";
            LLVMValueRef trap = LLVMGetIntrinsicDeclaration(m.module, LLVMLookupIntrinsicID(name, name.length()),
                    refs(), 0);
            LLVMBuildCall2(b, LLVMGlobalGetValueType(trap), trap, refs(), 0, "");
            LLVMBuildUnreachable(b);
        }
        LLVMPositionBuilderAtEnd(b, cont);
    }

    /**
     * For an interface type in a program that calls errors.As: {@code bool(typecode,
     * context)}, whether a dynamic type implements it, callable by reflectlite as a
     * func value; it sits in the descriptor's fields slot, which interfaces do not use.
     */
    private LLVMValueRef implementsEntry(Interface iface, String name) {
        LLVMValueRef impl = m.interfaces.implementsFn(iface);
        LLVMTypeRef ft = LLVMFunctionType(types.i1, refs(types.ptr, types.ptr), 2, 0);
        LLVMValueRef fn = LLVMAddFunction(m.module, "reflectlite.implements:" + name, ft);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        m.addEnumAttr(fn, "nounwind");
        org.bytedeco.llvm.LLVM.LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.ctx, fn, "entry"));
            LLVMValueRef r = LLVMBuildCall2(b, LLVMGlobalGetValueType(impl), impl, refs(LLVMGetParam(fn, 0)), 1, "");
            LLVMBuildRet(b, r);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return types.codePtr.equals(types.ptr) ? fn : LLVMConstAddrSpaceCast(fn, types.ptr);
    }

    /** The method set reflect sees: an interface's methods, or the SSA builder's record for a concrete type. */
    private List<Func> methodsOf(Type t) {
        if (t.underlying() instanceof Interface iface) {
            List<Func> all = new ArrayList<>(iface.allMethods());
            all.sort(java.util.Comparator.comparing(Func::name));
            return all;
        }
        InterfaceTypes.Entry e = m.program.interfaceTypes().find(t);
        return e == null ? List.of() : e.methodSet();
    }

    private LLVMValueRef descArray(List<Var> a, List<Var> b, String name) {
        List<LLVMValueRef> ds = new ArrayList<>();
        for (Var v : a) {
            ds.add(of(v.type()));
        }
        for (Var v : b) {
            ds.add(of(v.type()));
        }
        if (ds.isEmpty()) {
            return LLVMConstNull(types.ptr);
        }
        return constArrayGlobal(types.ptr, ds.toArray(new LLVMValueRef[0]), name);
    }

    private LLVMValueRef constArrayGlobal(LLVMTypeRef elem, LLVMValueRef[] vs, String name) {
        LLVMValueRef init = LLVMConstArray2(elem, refs(vs), vs.length);
        LLVMValueRef g = newGlobal(LLVMTypeOf(init), name);
        LLVMSetInitializer(g, init);
        return g;
    }

    /** Whether values of t may be compared with == (Go's spec). */
    private static boolean comparable(Type t, java.util.Set<Type> seen) {
        if (!seen.add(t)) {
            return true;
        }
        return switch (t.underlying()) {
            case Slice s -> false;
            case MapType mt -> false;
            case Signature sg -> false;
            case Struct st -> st.fields().stream().allMatch(f -> comparable(f.type(), seen));
            case Array a -> comparable(a.elem(), seen);
            default -> true;
        };
    }

    private LLVMValueRef fieldsOf(Struct s, String name) {
        int n = s.fields().size();
        if (n == 0) {
            return LLVMConstNull(types.ptr);
        }
        LLVMTypeRef st = types.of(s);
        LLVMValueRef[] fs = new LLVMValueRef[n];
        for (int i = 0; i < n; i++) {
            Var f = s.fields().get(i);
            int flags = (f.embedded() ? FIELD_EMBEDDED : 0)
                    | (Character.isUpperCase(f.name().codePointAt(0)) ? FIELD_EXPORTED : 0);
            fs[i] = LLVMConstStructInContext(m.ctx, refs(m.string(bytes(f.name())), of(f.type()),
                    uintptr(LLVMOffsetOfElement(m.targetData, st, i)), i8(flags)), 4, 0);
        }
        LLVMValueRef init = LLVMConstArray2(fieldType, refs(fs), n);
        LLVMValueRef g = newGlobal(LLVMTypeOf(init), "fields:" + name);
        LLVMSetInitializer(g, init);
        return g;
    }

    private LLVMValueRef i8(long v) {
        return LLVMConstInt(types.i8, v, 0);
    }

    private LLVMValueRef uintptr(long v) {
        return LLVMConstInt(types.uintptr, v, 0);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
