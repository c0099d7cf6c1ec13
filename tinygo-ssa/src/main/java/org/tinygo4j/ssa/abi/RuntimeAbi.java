package org.tinygo4j.ssa.abi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The contract between the compiler and the Go code it compiles with every program:
 * each function (and the one variable) of the runtime, or of a package below it, that
 * the compiler names. An entry says the Go name, the Go signature as the type checker
 * prints it relative to its package, the phases that need it, its {@link Role}, and
 * on which configurations it must exist, as a build constraint over the
 * configuration's tags ({@code scheduler.tasks}, {@code gc.conservative}, {@code wasm},
 * ...; empty for all). The compiler refers to the entries, never to the names, so a
 * search for an entry finds every use; RuntimeAbiTest (tinygo-api) type-checks the
 * embedded runtime for every target and scheduler/collector variant and fails when an
 * entry that applies is missing or has another signature.
 *
 * <p>Names the compiler synthesises in the runtime's namespace ({@code
 * runtime.hashmapLookup2.T}, {@code runtime.hash.T}, {@code runtime.stackCheck}) are not
 * part of the contract: nothing in the runtime defines them.
 */
public enum RuntimeAbi {
    // --- maps (ssa.build Maps and MapFunctions) ---
    HASHMAP_MAKE(Role.CALLED, "hashmapMake", "func(keySize uintptr, valueSize uintptr, hint int, keyKind uint8, "
            + "hash func(unsafe.Pointer, uint32) uint32, equal func(unsafe.Pointer, unsafe.Pointer) bool) *hashmap",
            Phase.SSA_BUILD),
    HASHMAP_LOOKUP(Role.CALLED, "hashmapLookup",
            "func(m *hashmap, key unsafe.Pointer, value unsafe.Pointer, valueSize uintptr) bool", Phase.SSA_BUILD),
    HASHMAP_ASSIGN(Role.CALLED, "hashmapAssign", "func(m *hashmap, key unsafe.Pointer) unsafe.Pointer",
            Phase.SSA_BUILD),
    HASHMAP_DELETE(Role.CALLED, "hashmapDelete", "func(m *hashmap, key unsafe.Pointer)", Phase.SSA_BUILD),
    HASHMAP_CLEAR(Role.CALLED, "hashmapClear", "func(m *hashmap)", Phase.SSA_BUILD),
    HASHMAP_LEN(Role.CALLED, "hashmapLen", "func(m *hashmap) int", Phase.SSA_BUILD),
    HASHMAP_NEXT(Role.CALLED, "hashmapNext",
            "func(m *hashmap, it *hashmapIterator, key unsafe.Pointer, value unsafe.Pointer) bool", Phase.SSA_BUILD),
    HASHMAP_HASH_FLOAT(Role.CALLED, "hashmapHashFloat", "func(p unsafe.Pointer, size uintptr, h uint32) uint32",
            Phase.SSA_BUILD),
    HASHMAP_MEMEQUAL(Role.CALLED, "hashmapMemequal", "func(a unsafe.Pointer, b unsafe.Pointer, n uintptr) bool",
            Phase.SSA_BUILD),
    HASHMAP_STRING_EQUAL(Role.CALLED, "hashmapStringEqual", "func(a unsafe.Pointer, b unsafe.Pointer) bool",
            Phase.SSA_BUILD),
    /** The body the lowering writes for hashmapHashInterface calls these two and PANIC_UNHASHABLE. */
    HASHMAP_HASH_BYTES(Role.CALLED, "hashmapHashBytes", "func(p unsafe.Pointer, n uintptr, h uint32) uint32",
            Phase.LOWERING),
    HASHMAP_HASH_STRING(Role.CALLED, "hashmapHashString", "func(p unsafe.Pointer, h uint32) uint32",
            Phase.LOWERING),
    HASHMAP_HASH_INTERFACE(Role.INTRINSIC, "hashmapHashInterface", "func(p unsafe.Pointer, h uint32) uint32",
            Phase.LOWERING),
    PANIC_UNHASHABLE(Role.CALLED, "panicUnhashable", "func(have unsafe.Pointer)", Phase.LOWERING),

    // --- channels and select (ssa.build Channels) ---
    CHAN_MAKE(Role.CALLED, "chanMake", "func(elemSize uintptr, size int) *channel", Phase.SSA_BUILD),
    CHAN_MAKE64(Role.CALLED, "chanMake64", "func(elemSize uintptr, size int64) *channel", Phase.SSA_BUILD),
    CHAN_SEND(Role.CALLED, "chanSend", "func(c *channel, data unsafe.Pointer)", Phase.SSA_BUILD),
    CHAN_RECV(Role.CALLED, "chanRecv", "func(c *channel, data unsafe.Pointer) bool", Phase.SSA_BUILD),
    CHAN_CLOSE(Role.CALLED, "chanClose", "func(c *channel)", Phase.SSA_BUILD),
    CHAN_LEN(Role.CALLED, "chanLen", "func(c *channel) int", Phase.SSA_BUILD),
    CHAN_CAP(Role.CALLED, "chanCap", "func(c *channel) int", Phase.SSA_BUILD),
    CHAN_SELECT(Role.CALLED, "chanSelect", "func(cases *selectCase, n int, block bool) (int, bool)",
            Phase.SSA_BUILD),
    BLOCK_FOREVER(Role.CALLED, "blockForever", "func()", Phase.SSA_BUILD),

    // --- defer, panic, recover (ssa.build FunctionBuilder, DeferredCalls; lower Intrinsics) ---
    DEFER_ENTER(Role.CALLED, "deferEnter", "func(f *deferFrame)", Phase.SSA_BUILD),
    DEFER_PUSH(Role.CALLED, "deferPush", "func(f *deferFrame, fn func())", Phase.SSA_BUILD),
    DEFER_PUSH_FRAME(Role.CALLED, "deferPushFrame", "func(f *deferFrame, d *deferCall, fn func())", Phase.SSA_BUILD),
    DEFER_RETURN(Role.CALLED, "deferReturn", "func(f *deferFrame)", Phase.SSA_BUILD),
    DEFER_FORWARD(Role.CALLED, "deferForward", "func(self unsafe.Pointer, target unsafe.Pointer)", Phase.SSA_BUILD),
    DEFER_REARM(Role.CALLED, "deferRearm", "func(self unsafe.Pointer)", Phase.SSA_BUILD),
    DEFER_ARM(Role.CALLED, "deferArm", "func(fn unsafe.Pointer)", Phase.SSA_BUILD, Phase.LOWERING),
    DEFER_ARM_VALUE(Role.CALLED, "deferArmValue", "func(fn func())", Phase.SSA_BUILD),
    DEFER_RECOVER_OK(Role.CALLED, "deferRecoverOk", "func(ok bool) bool", Phase.SSA_BUILD),
    RECOVER_TOKEN(Role.CALLED, "recoverToken", "func(fn unsafe.Pointer) bool", Phase.SSA_BUILD),
    GORECOVER(Role.CALLED, "gorecover", "func(ok bool) interface{}", Phase.SSA_BUILD),
    GOPANIC(Role.CALLED, "gopanic", "func(v interface{})", Phase.SSA_BUILD, Phase.BACK_END),
    /** The checkpoint of a function with defer statements; the lowering emits a returns_twice call. */
    SETJMP(Role.INTRINSIC, "setjmp", "func(buf unsafe.Pointer) bool", Phase.SSA_BUILD, Phase.LOWERING),
    LONGJMP(Role.INTRINSIC, "longjmp", "func(buf unsafe.Pointer)", Phase.LOWERING),
    PANIC_ANY_PRINTER(Role.CALLED, "panicAnyPrinter", "func()", Phase.SSA_BUILD),
    PANIC_COMPLEX_PRINTER(Role.CALLED, "panicComplexPrinter", "func()", Phase.SSA_BUILD),
    PANIC_FLOAT_PRINTER(Role.CALLED, "panicFloatPrinter", "func()", Phase.SSA_BUILD),
    /** The panic paths the stack checks leave alone (transform StackChecks). */
    UNWIND(Role.CALLED, "unwind", "func(t *task, p *panicInfo)", Phase.BACK_END),
    PRINTPANICS(Role.CALLED, "printpanics", "func(p *panicInfo)", Phase.BACK_END),

    // --- call sites for runtime.Caller (lower CallerFrames; runtime/callers.go) ---
    /** Constant: whether the program links call-site frames (it calls runtime.Caller or Callers). */
    CALLER_FRAMES_ON(Role.INTRINSIC, "callerFramesOn", "func() bool", Phase.LOWERING),
    /** The table entry of one of the runtime's own frames (a constant kind). */
    CALLER_SITE(Role.INTRINSIC, "callerSite", "func(kind int) *callSite", Phase.LOWERING),
    /** The call-site table and its length. */
    CALLER_TABLE(Role.INTRINSIC, "callerTable", "func() (*callSite, int)", Phase.LOWERING),
    /** The functions whose presence in a program turns the call-site frames on. */
    CALLER(Role.CALLED, "Caller", "func(skip int) (pc uintptr, file string, line int, ok bool)", Phase.LOWERING),
    CALLERS(Role.CALLED, "Callers", "func(skip int, pc []uintptr) int", Phase.LOWERING),
    /** Also turns them on, for every function and call: the other goroutines' frames stop anywhere. */
    STACK(Role.CALLED, "Stack", "func(buf []byte, all bool) int", Phase.LOWERING),
    /** The running goroutine's innermost frame, which every instrumented function links into. */
    CALLER_CHAIN(Role.VARIABLE, "callerChain", "*callerFrame", Phase.LOWERING),
    /** runtime.Version's result: the build sets it, as an -X setting, to the GOROOT's release. */
    BUILD_VERSION(Role.VARIABLE, "buildVersion", "string", Phase.SSA_BUILD),
    /** Set by a go statement to the site of its goroutine's function at its first line (runtime.Stack). */
    GO_START_SITE(Role.VARIABLE, "goStartSite", "*callSite", Phase.LOWERING),

    // --- goroutines and the schedulers ---
    START_GOROUTINE(Role.CALLED, "startGoroutine", "func(fn func())", "scheduler.tasks || scheduler.coroutines",
            Phase.SSA_BUILD),
    /** Under coroutines the lowering turns a call into a suspension point; elsewhere a plain function. */
    PAUSE(Role.INTRINSIC, "pause", "func()", Phase.SSA_BUILD, Phase.LOWERING),
    CORO_START(Role.INTRINSIC, "coroStart", "func(fn func()) unsafe.Pointer", "scheduler.coroutines",
            Phase.SSA_BUILD, Phase.LOWERING),
    CORO_RESUME(Role.INTRINSIC, "coroResume", "func(frame unsafe.Pointer) bool", "scheduler.coroutines",
            Phase.LOWERING),
    /** Clears the flag that tells a resumed frame's caller that the frame blocked again. */
    CORO_UNBLOCK(Role.INTRINSIC, "coroUnblock", "func()", "scheduler.coroutines", Phase.LOWERING),
    MAIN_BLOCKS(Role.INTRINSIC, "mainBlocks", "func() bool", "scheduler.coroutines", Phase.LOWERING),
    WAIT_IN_PLACE(Role.HOOK, "waitInPlace", "func(frame unsafe.Pointer)", "scheduler.coroutines", Phase.LOWERING),
    TASK_ENTRY(Role.ON_DEMAND_EXPORT, "taskEntry", "func()", "scheduler.tasks", Phase.SSA_BUILD, Phase.START_UP),
    /** AVR: pause's timer work, which the assembly runs on the system stack; only go statements make it needed. */
    SYSTEM_WORK(Role.ON_DEMAND_EXPORT, "systemWork", "func()", "avr && scheduler.tasks", Phase.SSA_BUILD,
            Phase.START_UP),
    TIMER_INTERRUPT(Role.ON_DEMAND_EXPORT, "timerInterrupt", "func()", "avr || (cortexm && (qemu || atsamd21))",
            Phase.START_UP),
    JS_SCHEDULER(Role.ON_DEMAND_EXPORT, "jsScheduler", "func()", "js", Phase.START_UP),
    JS_RESUME(Role.ON_DEMAND_EXPORT, "jsResume", "func()", "js", Phase.START_UP),

    // --- program start, memory, the collector, stacks ---
    /** Declared without a body: the builder writes it (every package's init in dependency order). */
    INIT_ALL(Role.BUILT_BY_COMPILER, "initAll", "func()", Phase.SSA_BUILD, Phase.LOWERING, Phase.BACK_END),
    /** wasm-unknown's modules are entered through their exports: the first runs the initialisers and main. */
    EXPORT_ENTRY(Role.CALLED, "exportEntry", "func()", "wasm_unknown", Phase.SSA_BUILD),
    ALLOC(Role.HOOK, "alloc", "func(size uintptr) unsafe.Pointer", Phase.LOWERING, Phase.BACK_END),
    ALLOC_NOSCAN(Role.HOOK, "allocNoscan", "func(size uintptr) unsafe.Pointer", Phase.LOWERING, Phase.BACK_END),
    SET_FINALIZER_API(Role.CALLED, "SetFinalizer", "func(obj interface{}, finalizer interface{})", Phase.SSA_BUILD),
    /** What the builder makes of a SetFinalizer call whose function type it knows. */
    SET_FINALIZER(Role.CALLED, "setFinalizer",
            "func(obj unsafe.Pointer, call func(obj unsafe.Pointer, fn *func()), fn *func(), remove bool)",
            "gc.conservative && !scheduler.none", Phase.SSA_BUILD),
    /** The collector's mark of the stack, whose stack roots the back end spills on wasm. */
    GC_SCAN_STACK(Role.CALLED, "gcScanStack", "func(sp uintptr)", "gc.conservative", Phase.BACK_END),
    STACK_LIMIT(Role.VARIABLE, "stackLimit", "uintptr", Phase.BACK_END),
    STACK_OVERFLOW(Role.HOOK, "stackOverflow", "func()", Phase.BACK_END),
    INIT_STACK_BOUNDS(Role.HOOK, "initStackBounds", "func()", Phase.BACK_END),

    // --- printing (BuiltinLowering) ---
    PRINTSTRING(Role.HOOK, "printstring", "func(s string)", Phase.LOWERING),
    PRINTINT32(Role.HOOK, "printint32", "func(n int32)", Phase.LOWERING),
    PRINTUINT32(Role.HOOK, "printuint32", "func(n uint32)", Phase.LOWERING),
    PRINTINT64(Role.HOOK, "printint64", "func(n int64)", Phase.LOWERING),
    PRINTUINT64(Role.HOOK, "printuint64", "func(n uint64)", Phase.LOWERING),
    PRINTBOOL(Role.HOOK, "printbool", "func(b bool)", Phase.LOWERING),
    PRINTPTR(Role.HOOK, "printptr", "func(p uintptr)", Phase.LOWERING),
    PRINTSP(Role.HOOK, "printsp", "func()", Phase.LOWERING),
    PRINTNL(Role.HOOK, "printnl", "func()", Phase.LOWERING),
    PRINTSLICE(Role.CALLED, "printslice", "func(data uintptr, len uintptr, cap uintptr)", Phase.LOWERING),
    PRINTFLOAT64(Role.CALLED, "printfloat64", "func(v float64)", Phase.LOWERING),
    PRINTCOMPLEX(Role.CALLED, "printcomplex", "func(re float64, im float64)", Phase.LOWERING),
    PRINT_PANIC_ANY(Role.CALLED, "printPanicAny", "func(v interface{})", Phase.LOWERING),

    // --- run-time errors (lowering's checks) ---
    PANIC(Role.HOOK, "_panic", "func(msg string)", Phase.LOWERING),
    PANIC_INDEX(Role.HOOK, "panicIndex", "func(index int, length int)", Phase.LOWERING),
    PANIC_INDEX_UNSIGNED(Role.HOOK, "panicIndexUnsigned", "func(index int, length int)", Phase.LOWERING),
    PANIC_INDEX64(Role.CALLED, "panicIndex64", "func(index uint64, length int, signed bool)", Phase.LOWERING),
    PANIC_DIVIDE(Role.HOOK, "panicDivide", "func()", Phase.LOWERING),
    PANIC_SHIFT(Role.HOOK, "panicShift", "func()", Phase.LOWERING),
    PANIC_SLICE(Role.HOOK, "panicSlice", "func(low uintptr, high uintptr, max uintptr, bound uintptr, flags uint8)",
            Phase.LOWERING),
    PANIC_SLICE64(Role.CALLED, "panicSlice64", "func(flags uint8, bound uintptr, v *[3]uint64)", Phase.LOWERING),
    PANIC_MAKE_SLICE(Role.HOOK, "panicMakeSlice", "func(badLen bool)", Phase.LOWERING),
    PANIC_UNSAFE_SLICE(Role.CALLED, "panicUnsafeSlice", "func(nilPtr bool)", Phase.LOWERING),
    PANIC_SLICE_TO_ARRAY(Role.CALLED, "panicSliceToArray", "func(length uintptr, n uintptr)", Phase.LOWERING),
    PANIC_NIL_FUNC(Role.HOOK, "panicNilFunc", "func()", Phase.LOWERING),
    PANIC_NIL_DEREF(Role.HOOK, "panicNilDeref", "func()", Phase.SSA_BUILD, Phase.LOWERING),
    PANIC_NIL_METHOD(Role.CALLED, "panicNilMethod", "func()", Phase.LOWERING),
    PANIC_WRAP(Role.CALLED, "panicwrap", "func(pkg string, typ string, meth string)", Phase.LOWERING),
    PANIC_TYPE_ASSERT(Role.CALLED, "panicTypeAssert", "func(iface string, have unsafe.Pointer, want string)",
            Phase.LOWERING),
    PANIC_ASSERT_IFACE(Role.CALLED, "panicAssertIface", "func(have unsafe.Pointer, want string, missing string)",
            Phase.LOWERING),
    PANIC_UNCOMPARABLE(Role.CALLED, "panicUncomparable", "func(have unsafe.Pointer)", Phase.LOWERING),

    // --- strings, slices, arithmetic the lowering leaves to the runtime ---
    STRING_EQUAL(Role.HOOK, "stringEqual", "func(a string, b string) bool", Phase.LOWERING),
    STRING_LESS(Role.HOOK, "stringLess", "func(a string, b string) bool", Phase.LOWERING),
    STRING_CONCAT(Role.CALLED, "stringConcat", "func(a string, b string) string", Phase.LOWERING),
    STRING_CONCAT_N(Role.CALLED, "stringConcatN", "func(parts []string) string", Phase.SSA_BUILD),
    STRING_FROM_BYTES(Role.CALLED, "stringFromBytes", "func(ptr unsafe.Pointer, n uintptr) string", Phase.LOWERING),
    STRING_FROM_RUNES(Role.CALLED, "stringFromRunes", "func(ptr unsafe.Pointer, n uintptr) string", Phase.LOWERING),
    STRING_FROM_RUNE(Role.CALLED, "stringFromRune", "func(r int32) string", Phase.LOWERING),
    BYTES_FROM_STRING(Role.CALLED, "bytesFromString", "func(s string) (unsafe.Pointer, uintptr, uintptr)",
            Phase.LOWERING),
    RUNES_FROM_STRING(Role.CALLED, "runesFromString", "func(s string) (unsafe.Pointer, uintptr, uintptr)",
            Phase.LOWERING),
    DECODE_RUNE(Role.CALLED, "decodeRune", "func(s string, i int) (int32, int)", Phase.SSA_BUILD),
    SLICE_APPEND(Role.CALLED, "sliceAppend", "func(ptr unsafe.Pointer, oldLen uintptr, oldCap uintptr, "
            + "add unsafe.Pointer, addLen uintptr, elemSize uintptr) (unsafe.Pointer, uintptr, uintptr)",
            Phase.LOWERING),
    SLICE_COPY(Role.CALLED, "sliceCopy",
            "func(dst unsafe.Pointer, src unsafe.Pointer, dstLen uintptr, srcLen uintptr, elemSize uintptr) int",
            Phase.LOWERING),
    COMPLEX_DIVIDE(Role.CALLED, "complexDivide",
            "func(a float64, b float64, c float64, d float64) (float64, float64)", Phase.LOWERING),
    UDIVMOD32(Role.HOOK, "udivmod32", "func(n uint32, d uint32) (q uint32, r uint32)", Phase.LOWERING),
    DIVMOD32(Role.HOOK, "divmod32", "func(n int32, d int32) (q int32, r int32)", Phase.LOWERING),
    UDIVMOD64(Role.HOOK, "udivmod64", "func(n uint64, d uint64) (q uint64, r uint64)", Phase.LOWERING),
    DIVMOD64(Role.HOOK, "divmod64", "func(n int64, d int64) (q int64, r int64)", Phase.LOWERING),

    // --- reflect ---
    /** reflect.MakeFunc's entry: each function type's descriptor holds an adapter that calls it. */
    REFLECT_MAKE_FUNC_STUB(Role.CALLED, "reflect.makeFuncStub",
            "func(ctx unsafe.Pointer, args *unsafe.Pointer, results *unsafe.Pointer)", Phase.LOWERING),
    /**
     * The descriptors of the program's unnamed types of a (constant) kind and their
     * number, so that reflect's type constructors (SliceOf, ChanOf, ...) return the
     * compiler's descriptor of a type the program has (lower TypeDescriptors.typeTable).
     */
    REFLECT_TYPE_TABLE(Role.INTRINSIC, "reflect.typeTable", "func(k Kind) (**rtype, int)", Phase.LOWERING),

    // --- intrinsics of the packages below the runtime (lower Intrinsics) ---
    ARM_ASM(Role.INTRINSIC, "device/arm.Asm", "func(asm string)", "arm", Phase.LOWERING),
    ARM_SEMIHOSTING_CALL(Role.INTRINSIC, "device/arm.SemihostingCall", "func(op uintptr, arg uintptr) uintptr",
            "arm", Phase.LOWERING),
    /** A chip interrupt's handler, wired into the vector table at compile time (lower Interrupts). */
    INTERRUPT_NEW(Role.INTRINSIC, "runtime/interrupt.New", "func(id int, handler func(Interrupt)) Interrupt",
            "baremetal", Phase.LOWERING),
    AVR_ASM(Role.INTRINSIC, "device/avr.Asm", "func(asm string)", "avr", Phase.LOWERING),
    X86_ASM(Role.INTRINSIC, "device/x86.Asm", "func(asm string)", "amd64", Phase.LOWERING),
    RISCV_ASM(Role.INTRINSIC, "device/riscv.Asm", "func(asm string)", "tinygo.riscv", Phase.LOWERING),
    X86_SYSCALL6(Role.INTRINSIC, "device/x86.Syscall6", "func(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr, "
            + "a4 uintptr, a5 uintptr, a6 uintptr) uintptr", "amd64", Phase.LOWERING),
    /** Constant: whether an interface can hold a value of kind k (fmt's float and map code goes otherwise). */
    REFLECTLITE_KIND_POSSIBLE(Role.INTRINSIC, "internal/reflectlite.KindPossible", "func(k Kind) bool",
            Phase.LOWERING),
    /** Whether an interface's dynamic type is comparable (nil's is): errors.Is asks before ==. */
    REFLECTLITE_COMPARABLE_VALUE(Role.INTRINSIC, "internal/reflectlite.ComparableValue", "func(i interface{}) bool",
            Phase.LOWERING),
    /** Constant: whether the program contains package reflect. */
    REFLECTLITE_REFLECT_PRESENT(Role.INTRINSIC, "internal/reflectlite.ReflectPresent", "func() bool",
            Phase.LOWERING),
    VOLATILE_LOAD_UINT8(Role.INTRINSIC, "runtime/volatile.LoadUint8", "func(addr *uint8) uint8", Phase.LOWERING),
    VOLATILE_LOAD_UINT16(Role.INTRINSIC, "runtime/volatile.LoadUint16", "func(addr *uint16) uint16",
            Phase.LOWERING),
    VOLATILE_LOAD_UINT32(Role.INTRINSIC, "runtime/volatile.LoadUint32", "func(addr *uint32) uint32",
            Phase.LOWERING),
    VOLATILE_STORE_UINT8(Role.INTRINSIC, "runtime/volatile.StoreUint8", "func(addr *uint8, val uint8)",
            Phase.LOWERING),
    VOLATILE_STORE_UINT16(Role.INTRINSIC, "runtime/volatile.StoreUint16", "func(addr *uint16, val uint16)",
            Phase.LOWERING),
    VOLATILE_STORE_UINT32(Role.INTRINSIC, "runtime/volatile.StoreUint32", "func(addr *uint32, val uint32)",
            Phase.LOWERING);

    /** The compile phase that names an entry. */
    public enum Phase {
        /** The SSA builder emits a call of it, or recognises calls of it. */
        SSA_BUILD,
        /** The lowering to LLVM IR calls it, or expands its calls. */
        LOWERING,
        /** A back-end pass finds it in the LLVM module by its link name. */
        BACK_END,
        /** The start-up assembly, vector table or JavaScript glue reaches it by its exported name. */
        START_UP
    }

    /** How the SSA builder treats an entry. */
    public enum Role {
        /** Built when the builder first references it, like any function. */
        CALLED,
        /** Always built (a root of the program): the lowering may call it in any program. */
        HOOK,
        /** Declared without a body: the lowering expands each call inline. */
        INTRINSIC,
        /** Declared without a body: the builder writes the body. */
        BUILT_BY_COMPILER,
        /** Exported for the start-up code, yet built only when the program reaches it. */
        ON_DEMAND_EXPORT,
        /** A package-level variable; its signature is its type. */
        VARIABLE
    }

    /** The package the runtime entries belong to. */
    public static final String RUNTIME = "runtime";

    private static final Map<String, RuntimeAbi> BY_LINK_NAME = new HashMap<>();

    static {
        for (RuntimeAbi e : values()) {
            BY_LINK_NAME.put(e.linkName(), e);
        }
    }

    private final Role role;
    private final String pkg;
    private final String name;
    private final String signature;
    private final String when;
    private final Set<Phase> phases;

    RuntimeAbi(Role role, String name, String signature, Phase... phases) {
        this(role, name, signature, "", phases);
    }

    RuntimeAbi(Role role, String qualifiedName, String signature, String when, Phase... phases) {
        int dot = qualifiedName.lastIndexOf('.');
        this.role = role;
        this.pkg = dot < 0 ? RUNTIME : qualifiedName.substring(0, dot);
        this.name = qualifiedName.substring(dot + 1);
        this.signature = signature;
        this.when = when;
        this.phases = Collections.unmodifiableSet(EnumSet.of(phases[0], phases));
    }

    /** The entry whose Go function or variable has this link name ("runtime.alloc"), or null. */
    public static RuntimeAbi byLinkName(String linkName) {
        return BY_LINK_NAME.get(linkName);
    }

    /** The import path of the package that declares it ("runtime", "device/arm"). */
    public String pkg() {
        return pkg;
    }

    /** The Go name in its package ("hashmapMake"). */
    public String goName() {
        return name;
    }

    /** The symbol of a function the runtime defines under its Go name: "runtime.hashmapMake". */
    public String linkName() {
        return pkg + "." + name;
    }

    /** The Go type as the checker prints it relative to {@link #pkg()}, parameter names included. */
    public String signature() {
        return signature;
    }

    /** The build constraint under which the entry must exist; empty: every configuration. */
    public String when() {
        return when;
    }

    public Set<Phase> phases() {
        return phases;
    }

    public Role role() {
        return role;
    }
}
