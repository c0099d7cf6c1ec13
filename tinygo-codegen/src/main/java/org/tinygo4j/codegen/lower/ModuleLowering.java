package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.analysis.Blocking;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Program;

/**
 * Lowers a whole SSA program into one LLVM module: declares every function and
 * global first (so bodies can refer to each other in any order), then lowers each
 * function body. Go functions get internal linkage, so LLVM drops what nothing
 * references; //export functions keep their symbol.
 */
public final class ModuleLowering {

    /**
     * What the lowering needs to know about the target, taken from the compilation's
     * {@link BuildConfig}: the triple and data layout, whether it is WebAssembly, the
     * widest division the chip does in hardware (wider ones call the runtime's
     * udivmod/divmod helpers), whether it computes with floats in hardware, and the
     * largest local it puts on the stack (larger ones come from the heap).
     */
    public record Config(String triple, String dataLayout, boolean isWasm, int nativeDivBits,
                         boolean hasHardwareFloat, boolean coroutines, long maxStackObject) {

        /** The lowering's view of a build configuration, with the target machine's data layout. */
        public static Config of(BuildConfig config, String dataLayout) {
            return new Config(config.target().llvmTarget(), dataLayout, config.isWasm(), config.nativeDivisionBits(),
                    config.hasHardwareFloat(), config.coroutines(), config.maxStackObject());
        }
    }

    /** The C routines the runtime defines for LLVM's own calls (runtime/mem.go, and builtins_arm.go for Arm's). */
    private static final java.util.Set<String> MEMORY_ROUTINES = java.util.Set.of("memset", "memcpy", "memmove",
            "__aeabi_memcpy", "__aeabi_memcpy4", "__aeabi_memcpy8", "__aeabi_memmove", "__aeabi_memmove4",
            "__aeabi_memmove8", "__aeabi_memset", "__aeabi_memset4", "__aeabi_memset8", "__aeabi_memclr",
            "__aeabi_memclr4", "__aeabi_memclr8");

    final LLVMContextRef ctx;
    final LLVMModuleRef module;
    final LlvmTypes types;
    final Config config;
    final LLVMTargetDataRef targetData;
    final Program program;
    private final Map<Function, LLVMValueRef> functions = new IdentityHashMap<>();
    private final Map<Global, LLVMValueRef> globals = new IdentityHashMap<>();
    private final Map<String, LLVMValueRef> strings = new HashMap<>();
    final InterfaceLowering interfaces;
    final Equality equality;
    /** The chip interrupts the program handles (interrupt.New). */
    final Interrupts interrupts = new Interrupts(this);
    /** Which functions can block, under the coroutines scheduler; null otherwise. */
    final Blocking blocking;
    private LLVMValueRef blockedFlag;
    /** The call sites of runtime.Caller, in a program that calls it (else null). */
    CallerFrames callerFrames;
    /** The globals no code writes after their static initialisation (see declareGlobal). */
    private final java.util.Set<Global> readOnly;
    /** The program address space (1 on AVR), where read-only globals may live. */
    final int programSpace;
    /** What lives in, and which instructions read, program memory on a Harvard machine. */
    final org.tinygo4j.ssa.analysis.ReadOnlyData.ProgramMemory programMemory;
    private LLVMValueRef flashCopy;
    /** The program-memory globals, and the byte-address symbols that data refers to them by. */
    private final Map<Global, LLVMValueRef> flashGlobals = new IdentityHashMap<>();
    private final Map<Global, LLVMValueRef> flashDataAddresses = new IdentityHashMap<>();
    /** > 0 while a global's initialiser is being built (see constant). */
    private int initialiserDepth;

    private ModuleLowering(LLVMContextRef ctx, Program program, Config config, String moduleName) {
        this.ctx = ctx;
        this.program = program;
        this.config = config;
        this.module = LLVMModuleCreateWithNameInContext(moduleName, ctx);
        LLVMSetTarget(module, config.triple());
        LLVMSetDataLayout(module, config.dataLayout());
        this.targetData = LLVMGetModuleDataLayout(module);
        java.util.regex.Matcher pas = java.util.regex.Pattern.compile("(^|-)P(\\d+)").matcher(config.dataLayout());
        int programSpace = pas.find() ? Integer.parseInt(pas.group(2)) : 0;
        this.types = new LlvmTypes(ctx, program.sizes(), programSpace);
        // On a Harvard machine (program memory in an address space of its own: AVR's P1)
        // ordinary loads cannot read flash and LLVM copies constants to RAM like any
        // data, so only the read-only globals that every read reaching them can read
        // from program memory go there (see ReadOnlyData.programMemory).
        this.programSpace = programSpace;
        if (programSpace == 0) {
            this.readOnly = org.tinygo4j.ssa.analysis.ReadOnlyData.of(program);
            this.programMemory = org.tinygo4j.ssa.analysis.ReadOnlyData.ProgramMemory.NONE;
        } else {
            this.programMemory = org.tinygo4j.ssa.analysis.ReadOnlyData.programMemory(program);
            this.readOnly = programMemory.globals();
        }
        this.interfaces = new InterfaceLowering(this);
        this.equality = new Equality(this);
        this.blocking = config.coroutines() ? Blocking.analyze(program) : null;
    }

    /** Whether f is an LLVM coroutine with the convention of async functions (see Coroutines). */
    boolean isAsync(Function f) {
        return blocking != null && blocking.isAsync(f);
    }

    /** The flag that runtime.pause sets and the scheduler clears (see Coroutines). */
    LLVMValueRef blockedFlag() {
        if (blockedFlag == null) {
            blockedFlag = LLVMAddGlobal(module, types.i1, "tinygo.coroutineBlocked");
            LLVMSetLinkage(blockedFlag, LLVMInternalLinkage);
            LLVMSetInitializer(blockedFlag, LLVMConstInt(types.i1, 0, 0));
        }
        return blockedFlag;
    }

    /** Builds the LLVM module of a program in the given context; the caller owns (disposes) the module. */
    public static LLVMModuleRef lower(LLVMContextRef ctx, Program program, Config config, String moduleName) {
        ModuleLowering m = new ModuleLowering(ctx, program, config, moduleName);
        for (Global g : program.globals()) {
            try {
                if (m.globals.get(g) == null) {
                    m.declareGlobal(g); // (a constant's target may have been declared first)
                }
            } catch (UnsupportedOperationException e) {
                throw new NotSupported(org.tinygo4j.frontend.ast.Node.NO_POS, e.getMessage() + " in " + g.linkName());
            }
        }
        for (Function f : program.functions()) {
            try {
                m.declareFunction(f);
            } catch (UnsupportedOperationException e) {
                throw new NotSupported(f.object() == null ? org.tinygo4j.frontend.ast.Node.NO_POS : f.object().pos(),
                        e.getMessage());
            }
        }
        m.callerFrames = CallerFrames.of(m);
        for (Function f : List.copyOf(program.functions())) {
            if (f.kind() == Function.Kind.GO && !f.blocks().isEmpty()
                    && !MachineMath.define(m, f, m.functions.get(f))) {
                new FunctionLowering(m, f, m.functions.get(f)).lower();
            }
        }
        m.interfaces.finishTypeTable();
        m.interrupts.finish();
        m.keepFlashData();
        if (m.callerFrames != null) {
            m.callerFrames.finish();
        }
        return m.module;
    }

    /**
     * setjmp or longjmp, the checkpoint routines of functions with defer statements
     * (runtime/panic.go), with C's signatures (int setjmp(void *), void longjmp(void *,
     * int)). Native targets define them in their start-up assembly. On WebAssembly,
     * which cannot restore a stack pointer from code, LLVM's SjLj lowering
     * (-wasm-enable-sjlj, see LlvmTarget) turns their calls into exception handling:
     * the calls in a function that calls setjmp catch the tag __c_longjmp, and
     * longjmp becomes __wasm_longjmp, which throws it (see WASM_SJLJ).
     */
    LLVMValueRef checkpointFunction(String name) {
        LLVMValueRef f = LLVMGetNamedFunction(module, name);
        if (f != null && !f.isNull()) {
            return f;
        }
        boolean set = name.equals("setjmp");
        LLVMTypeRef ft = set ? LLVMFunctionType(types.i32, refsOf(types.ptr), 1, 0)
                : LLVMFunctionType(types.voidType, refsOf(types.ptr, types.i32), 2, 0);
        f = LLVMAddFunction(module, name, ft);
        LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, enumAttribute(set ? "returns_twice" : "noreturn"));
        if (config.isWasm() && !set) {
            defineWasmLongjmp();
        }
        return f;
    }

    /**
     * The three functions LLVM's WebAssembly SjLj lowering calls, in assembly: the
     * pass declares them anew (renaming any definition of the same name in the
     * module), so they cannot be IR or Go functions of this module. __wasm_setjmp
     * records in the buffer ({invocation, label}, runtime.jmpBuf) which invocation of
     * which function took it and at which label; __wasm_setjmp_test returns the label if
     * the buffer belongs to the given invocation, else 0; __wasm_longjmp stores its
     * arguments where the catching code reads them ({env, val}) and throws the
     * __c_longjmp tag (which the pass defines) with their address.
     */
    private static final String WASM_SJLJ = String.join("\n",
            ".functype __wasm_setjmp (i32, i32, i32) -> ()",
            ".functype __wasm_setjmp_test (i32, i32) -> (i32)",
            ".functype __wasm_longjmp (i32, i32) -> ()",
            ".tagtype __c_longjmp i32",
            ".section .text.__wasm_setjmp,\"\",@",
            ".globl __wasm_setjmp",
            ".type __wasm_setjmp,@function",
            "__wasm_setjmp:",
            ".functype __wasm_setjmp (i32, i32, i32) -> ()",
            "local.get 0", "local.get 2", "i32.store 0",
            "local.get 0", "local.get 1", "i32.store 4",
            "end_function",
            ".section .text.__wasm_setjmp_test,\"\",@",
            ".globl __wasm_setjmp_test",
            ".type __wasm_setjmp_test,@function",
            "__wasm_setjmp_test:",
            ".functype __wasm_setjmp_test (i32, i32) -> (i32)",
            "local.get 0", "i32.load 0", "local.get 1", "i32.eq",
            "if i32", "local.get 0", "i32.load 4", "else", "i32.const 0", "end_if",
            "end_function",
            ".section .text.__wasm_longjmp,\"\",@",
            ".globl __wasm_longjmp",
            ".type __wasm_longjmp,@function",
            "__wasm_longjmp:",
            ".functype __wasm_longjmp (i32, i32) -> ()",
            "i32.const __wasm_longjmp_args", "local.get 0", "i32.store 0",
            "i32.const __wasm_longjmp_args", "local.get 1", "i32.store 4",
            "i32.const __wasm_longjmp_args", "throw __c_longjmp",
            "end_function",
            ".section .bss.__wasm_longjmp_args,\"\",@",
            ".p2align 2",
            ".type __wasm_longjmp_args,@object",
            "__wasm_longjmp_args:",
            ".skip 8",
            ".size __wasm_longjmp_args, 8",
            "");

    private void defineWasmLongjmp() {
        LLVMAppendModuleInlineAsm(module, WASM_SJLJ, WASM_SJLJ.length());
    }

    org.bytedeco.llvm.LLVM.LLVMAttributeRef enumAttribute(String name) {
        return LLVMCreateEnumAttribute(ctx, LLVMGetEnumAttributeKindForName(name, name.length()), 0);
    }

    private static org.bytedeco.javacpp.PointerPointer<org.bytedeco.javacpp.Pointer> refsOf(
            org.bytedeco.javacpp.Pointer... ps) {
        return refs(ps);
    }

    private void declareGlobal(Global g) {
        LLVMTypeRef t = types.of(g.elemType());
        initialiserDepth++;
        LLVMValueRef init;
        try {
            init = g.extern() ? null : g.initializer() == null ? LLVMConstNull(t) : constant(g.initializer());
        } finally {
            initialiserDepth--;
        }
        // The initialiser's type may differ from the Go type's (a short array constant
        // with a zero tail); memory is reached through opaque pointers, so only the
        // layout matters, and it is the same.
        if (init != null && programSpace != 0 && programMemory.globals().contains(g)) {
            // in program memory (flash, read with LPM): an addrspace(1) constant. Go code
            // sees its address as an ordinary pointer (an addrspacecast, a no-op on AVR
            // where both spaces have 16-bit addresses); the reads the analysis marked cast
            // it back to an addrspace(1) pointer (flashPointer), so LLVM emits LPM.
            LLVMValueRef v = LLVMAddGlobalInAddressSpace(module, LLVMTypeOf(init), g.linkName(), programSpace);
            LLVMSetLinkage(v, LLVMInternalLinkage);
            LLVMSetInitializer(v, init);
            LLVMSetGlobalConstant(v, 1);
            LLVMSetAlignment(v, (int) LLVMABIAlignmentOfType(targetData, t));
            globals.put(g, LLVMConstAddrSpaceCast(v, types.ptr));
            flashGlobals.put(g, v);
            return;
        }
        LLVMValueRef v = LLVMAddGlobal(module, init == null ? t : LLVMTypeOf(init), g.linkName());
        if (init != null) {
            LLVMSetLinkage(v, LLVMInternalLinkage);
            LLVMSetInitializer(v, init);
            if (g.initializer() != null && !g.initializer().isZero() && readOnly.contains(g)) {
                // never written after its static initialisation (ssa.analysis.ReadOnlyData):
                // .rodata, in flash on a microcontroller. (A zero one stays in .bss, which
                // costs no flash.)
                LLVMSetGlobalConstant(v, 1);
            }
            LLVMSetAlignment(v, (int) LLVMABIAlignmentOfType(targetData, t));
        }
        globals.put(g, v);
    }

    private void declareFunction(Function f) {
        if (f.kind() == Function.Kind.INTRINSIC) {
            return;
        }
        LLVMValueRef existing = LLVMGetNamedFunction(module, f.linkName());
        if (existing != null && !existing.isNull()) {
            functions.put(f, existing); // //go:linkname alias of a function in this module
            return;
        }
        LLVMTypeRef ft = types.function(f.signature(), f.context() != null);
        if (isAsync(f)) {
            ft = types.asyncFunction(ft);
        }
        LLVMValueRef fn = LLVMAddFunction(module, f.linkName(), ft);
        functions.put(f, fn);
        addEnumAttr(fn, "nounwind"); // Go code never unwinds through C++-style exception tables
        if (isAsync(f)) {
            addEnumAttr(fn, "presplitcoroutine");
        }
        if (f.kind() == Function.Kind.EXTERN) {
            if (f.wasmImportModule() != null) {
                addStringAttr(fn, "wasm-import-module", f.wasmImportModule());
                addStringAttr(fn, "wasm-import-name", f.wasmImportName());
            }
            return;
        }
        if (f.exportName() == null) {
            LLVMSetLinkage(fn, LLVMInternalLinkage);
        } else if (config.isWasm() && !f.exportName().equals("_start") && !f.exportName().startsWith("__")) {
            // (names starting with __ are compiler builtins such as __multi3: symbols for the
            // linker, not exports of the module, so that unused ones are dropped)
            addStringAttr(fn, "wasm-export-name", f.exportName());
        }
        if (f.noinline() || f.optnone()) {
            addEnumAttr(fn, "noinline");
        }
        if (f.optnone()) {
            addEnumAttr(fn, "optnone");
        }
        // A Go pointer is nil or points to a whole value of its type. Saying so makes the
        // nil checks' comparisons with null no capture of the pointer for LLVM, so the
        // objects passed to such parameters can still move to the stack (HeapToStack).
        int deref = LLVMGetEnumAttributeKindForName("dereferenceable_or_null", "dereferenceable_or_null".length());
        for (org.tinygo4j.ssa.ir.Param p : f.params()) {
            if (p.type().underlying() instanceof org.tinygo4j.frontend.types.Pointer pt) {
                long size = sizeOf(pt.elem());
                if (size > 0) {
                    LLVMAddAttributeAtIndex(fn, p.index() + 1, LLVMCreateEnumAttribute(ctx, deref, size));
                }
            }
        }
        if (config.triple().startsWith("avr") && f.exportName() != null && f.exportName().startsWith("__vector_")) {
            // An interrupt service routine, named as avr-gcc names them: LLVM saves every
            // register it uses and SREG, and returns with reti.
            addStringAttr(fn, "signal", "");
        }
        if (f.exportName() != null && MEMORY_ROUTINES.contains(f.exportName())) {
            // Their byte loops must not be recognised as memset/memcpy and replaced by
            // calls to themselves.
            addStringAttr(fn, "no-builtins", "");
        }
        if (!config.isWasm()) {
            // One section per function (as -ffunction-sections), so that the linker's
            // --gc-sections drops exported functions nothing calls, such as unused builtins.
            LLVMSetSection(fn, ".text." + f.linkName());
        }
    }

    /** Functions defined by name elsewhere in the program (a //go:linkname target) resolve late. */
    LLVMValueRef function(Function f) {
        LLVMValueRef v = functions.get(f);
        if (v == null) {
            declareFunction(f);
            v = functions.get(f);
        }
        return v;
    }

    LLVMValueRef runtimeFunction(RuntimeAbi entry) {
        Function f = program.function(entry.linkName());
        if (f == null) {
            throw new IllegalStateException("the runtime lacks " + entry.goName());
        }
        return function(f);
    }

    /**
     * The runtime's allocation function for a heap object of type t: allocNoscan when a
     * value of t holds no pointers (the collector then never looks inside it), alloc
     * otherwise. uintptr counts as a pointer: the runtime keeps addresses in uintptrs.
     */
    LLVMValueRef allocFunction(Type t) {
        return runtimeFunction(hasPointers(t) ? RuntimeAbi.ALLOC : RuntimeAbi.ALLOC_NOSCAN);
    }

    static boolean hasPointers(Type t) {
        return switch (t.underlying()) {
            case Basic b -> b.kind() == Basic.Kind.STRING || b.kind() == Basic.Kind.UNSAFE_POINTER
                    || b.kind() == Basic.Kind.UINTPTR;
            case Array a -> a.len() > 0 && hasPointers(a.elem());
            case org.tinygo4j.frontend.types.Struct s -> s.fields().stream().anyMatch(f -> hasPointers(f.type()));
            default -> true;
        };
    }

    /**
     * The address of a program-memory global as data (in another global's initialiser):
     * LLVM's AVR back end writes an addrspace(1) global's address in data as a word (code)
     * address, pm(), where LPM needs the byte address; so data refers to a symbol of
     * address space 0 that module assembly sets to the global's (byte) address. Code
     * uses the global itself (instruction selection gives byte addresses), and
     * llvm.compiler.used keeps it when only data refers to it.
     */
    private LLVMValueRef flashDataAddress(Global g) {
        return flashDataAddresses.computeIfAbsent(g, k -> {
            String name = g.linkName() + "$bytes";
            LLVMValueRef sym = LLVMAddGlobal(module, types.i8, name); // defined by the .set below
            byte[] asm = (".set \"" + name + "\", \"" + g.linkName() + "\"\n").getBytes(StandardCharsets.UTF_8);
            LLVMAppendModuleInlineAsm(module, new BytePointer(asm), asm.length);
            return sym;
        });
    }

    /** llvm.compiler.used for the program-memory globals that data refers to. */
    private void keepFlashData() {
        if (flashDataAddresses.isEmpty()) {
            return;
        }
        LLVMValueRef[] kept = flashDataAddresses.keySet().stream()
                .map(g -> LLVMConstAddrSpaceCast(flashGlobals.get(g), types.ptr)).toArray(LLVMValueRef[]::new);
        LLVMValueRef used = LLVMAddGlobal(module, LLVMArrayType2(types.ptr, kept.length), "llvm.compiler.used");
        LLVMSetLinkage(used, LLVMAppendingLinkage);
        LLVMSetSection(used, "llvm.metadata");
        LLVMSetInitializer(used, LLVMConstArray2(types.ptr, refs(kept), kept.length));
    }

    /** Whether an instruction reads program memory (ReadOnlyData.programMemory). */
    boolean readsFlash(org.tinygo4j.ssa.ir.Instr in) {
        return programSpace != 0 && programMemory.reads().contains(in);
    }

    /** An address in program memory as a pointer of the program address space. */
    LLVMValueRef flashPointer(LLVMBuilderRef b, LLVMValueRef p) {
        return LLVMBuildAddrSpaceCast(b, p, LLVMPointerTypeInContext(ctx, programSpace), "flash");
    }

    /**
     * tinygo.flashCopy(dst, src, n): n bytes from program memory to RAM, a byte loop of
     * program-memory loads (LLVM's AVR back end lowers no memcpy from address space 1).
     * The two memories never overlap, so it serves copy()'s memmove as well.
     */
    LLVMValueRef flashCopy() {
        if (flashCopy != null) {
            return flashCopy;
        }
        LLVMTypeRef flashPtr = LLVMPointerTypeInContext(ctx, programSpace);
        LLVMTypeRef ft = LLVMFunctionType(types.voidType, refs(types.ptr, flashPtr, types.uintptr), 3, 0);
        LLVMValueRef fn = LLVMAddFunction(module, "tinygo.flashCopy", ft);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        addEnumAttr(fn, "nounwind");
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, fn, "entry");
        LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(ctx, fn, "loop");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(ctx, fn, "body");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(ctx, fn, "done");
        LLVMPositionBuilderAtEnd(b, entry);
        LLVMBuildBr(b, loop);
        LLVMPositionBuilderAtEnd(b, loop);
        LLVMValueRef i = LLVMBuildPhi(b, types.uintptr, "i");
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, i, LLVMGetParam(fn, 2), ""), body, done);
        LLVMPositionBuilderAtEnd(b, body);
        LLVMValueRef c = LLVMBuildLoad2(b, types.i8, LLVMBuildGEP2(b, types.i8, LLVMGetParam(fn, 1), refs(i), 1, ""), "");
        LLVMBuildStore(b, c, LLVMBuildGEP2(b, types.i8, LLVMGetParam(fn, 0), refs(i), 1, ""));
        LLVMValueRef next = LLVMBuildAdd(b, i, LLVMConstInt(types.uintptr, 1, 0), "");
        LLVMBuildBr(b, loop);
        LLVMAddIncoming(i, refs(LLVMConstInt(types.uintptr, 0, 0), next), refs(entry, body), 2);
        LLVMPositionBuilderAtEnd(b, done);
        LLVMBuildRetVoid(b);
        LLVMDisposeBuilder(b);
        flashCopy = fn;
        return fn;
    }

    LLVMValueRef global(Global g) {
        return globals.get(g);
    }

    void addStringAttr(LLVMValueRef fn, String key, String value) {
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                LLVMCreateStringAttribute(ctx, key, key.length(), value, value.length()));
    }

    void addEnumAttr(LLVMValueRef fn, String name) {
        int kind = LLVMGetEnumAttributeKindForName(name, name.length());
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, kind, 0));
    }

    /** A constant of the SSA constant's Go type. */
    LLVMValueRef constant(Const c) {
        if (c.target() != null) {
            LLVMValueRef g = globals.get(c.target());
            if (g == null) {
                declareGlobal(c.target());
                g = globals.get(c.target());
            }
            if (initialiserDepth > 0 && flashGlobals.containsKey(c.target())) {
                g = flashDataAddress(c.target());
            }
            if (c.sliceLen() < 0) {
                return g;
            }
            LLVMValueRef n = LLVMConstInt(types.uintptr, c.sliceLen(), 0);
            return LLVMConstStructInContext(ctx, refs(g, n, n), 3, 0);
        }
        if (c.boxed() != null) {
            return interfaces.constantInterface(c.boxed());
        }
        if (c.function() != null) {
            // {context, fn} as MakeClosure builds it for a function without bindings
            return LLVMConstStructInContext(ctx, refs(LLVMConstNull(types.ptr), function(c.function())), 2, 0);
        }
        if (c.elements() != null) {
            LLVMValueRef[] elems = new LLVMValueRef[c.elements().size()];
            for (int i = 0; i < elems.length; i++) {
                elems[i] = constant(c.elements().get(i));
            }
            if (c.type().underlying() instanceof Array arr) {
                LLVMTypeRef et = types.of(arr.elem());
                LLVMValueRef given = LLVMConstArray2(et, refs(elems), elems.length);
                if (elems.length == arr.len()) {
                    return given;
                }
                // The zero tail as its own zero-filled array: same layout as [len]T, but
                // no constant per element (the global takes the initialiser's type).
                LLVMValueRef tail = LLVMConstNull(LLVMArrayType2(et, arr.len() - elems.length));
                return LLVMConstStructInContext(ctx, refs(given, tail), 2, 0);
            }
            return LLVMConstStructInContext(ctx, refs(elems), elems.length, 0);
        }
        if (c.ieeeBits() != null) {
            return ieeeConst(types.of(c.type()), c.ieeeBits());
        }
        return constant(c.type(), c.value());
    }

    /**
     * A float (one part) or complex ({re, im}) constant of LLVM type lt from the IEEE bits
     * of its parts, each reinterpreted from an integer of its width, so that NaN payloads
     * and negative zero are exact.
     */
    private LLVMValueRef ieeeConst(LLVMTypeRef lt, long[] bits) {
        if (bits.length == 1) {
            return ieeePart(lt, bits[0]);
        }
        LLVMTypeRef part = LLVMStructGetTypeAtIndex(lt, 0);
        return LLVMConstStructInContext(ctx, refs(ieeePart(part, bits[0]), ieeePart(part, bits[1])), 2, 0);
    }

    private LLVMValueRef ieeePart(LLVMTypeRef ft, long bits) {
        boolean dbl = LLVMGetTypeKind(ft) == LLVMDoubleTypeKind;
        LLVMTypeRef it = dbl ? LLVMInt64TypeInContext(ctx) : LLVMInt32TypeInContext(ctx);
        return LLVMConstBitCast(LLVMConstInt(it, dbl ? bits : bits & 0xFFFFFFFFL, 0), ft);
    }

    LLVMValueRef constant(Type t, Constant v) {
        LLVMTypeRef lt = types.of(t);
        if (v == null) {
            return LLVMConstNull(lt);
        }
        Type u = t.underlying();
        return switch (v) {
            case Constant.BoolVal b -> LLVMConstInt(lt, b.value() ? 1 : 0, 0);
            case Constant.IntVal i -> {
                if (u instanceof org.tinygo4j.frontend.types.Pointer
                        || (u instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER)) {
                    yield LLVMConstIntToPtr(intConst(types.uintptr, i.value()), lt);
                }
                if (u instanceof Basic b && b.isFloat()) {
                    yield LLVMConstReal(lt, i.value().doubleValue());
                }
                if (u instanceof Basic b && b.isComplex()) {
                    yield complexConst(lt, i.value().doubleValue(), 0);
                }
                yield intConst(lt, i.value());
            }
            case Constant.StringVal s -> string(s.bytes());
            case Constant.FloatVal f -> {
                if (u instanceof Basic b && b.isComplex()) {
                    yield complexConst(lt, f.toDouble(), 0);
                }
                if (!(u instanceof Basic b && b.isFloat())) {
                    throw new UnsupportedOperationException("constant " + f + " of type " + t);
                }
                yield LLVMConstReal(lt, f.toDouble());
            }
            case Constant.ComplexVal cv -> complexConst(lt, cv.re().toDouble(), cv.im().toDouble());
            // the checker rounds typed float constants to rationals; an extreme untyped one never gets here
            case Constant.BigFloatVal b -> throw new UnsupportedOperationException("unrounded constant " + b + " of type " + t);
        };
    }

    /**
     * A complex constant {re, im}. The checker has already rounded the value to the
     * type, so converting the exact rational to double (and float) rounds correctly.
     */
    private LLVMValueRef complexConst(LLVMTypeRef t, double re, double im) {
        LLVMTypeRef part = LLVMStructGetTypeAtIndex(t, 0);
        return LLVMConstStructInContext(ctx, refs(LLVMConstReal(part, re), LLVMConstReal(part, im)), 2, 0);
    }

    LLVMValueRef intConst(LLVMTypeRef t, BigInteger v) {
        int bits = LLVMGetIntTypeWidth(t);
        return LLVMConstInt(t, v.longValue() & (bits >= 64 ? -1L : (1L << bits) - 1), 0);
    }

    LLVMValueRef intConst(LLVMTypeRef t, long v) {
        return LLVMConstInt(t, v, 1);
    }

    /** A Go string value {ptr, len} pointing at a private constant holding the bytes. */
    LLVMValueRef string(byte[] bytes) {
        LLVMValueRef data;
        if (bytes.length == 0) {
            data = LLVMConstNull(types.ptr);
        } else {
            String key = new String(bytes, StandardCharsets.ISO_8859_1);
            data = strings.computeIfAbsent(key, k -> {
                BytePointer bp = new BytePointer(bytes.length);
                bp.put(bytes, 0, bytes.length);
                LLVMValueRef init = LLVMConstStringInContext2(ctx, bp, bytes.length, 1);
                LLVMValueRef g = LLVMAddGlobal(module, LLVMTypeOf(init), ".str");
                LLVMSetInitializer(g, init);
                LLVMSetLinkage(g, LLVMPrivateLinkage);
                LLVMSetGlobalConstant(g, 1);
                LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
                LLVMSetAlignment(g, 1);
                return g;
            });
        }
        return LLVMConstStructInContext(ctx, refs(data, LLVMConstInt(types.uintptr, bytes.length, 0)), 2, 0);
    }

    long sizeOf(Type t) {
        return LLVMABISizeOfType(targetData, types.of(t));
    }
}
