package org.tinygo4j.codegen.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;
import org.tinygo4j.boards.TargetSpec;

/**
 * The LLVM side of one compilation's target: an LLVMContext (every module of the
 * compilation is built in it) and an LLVMTargetMachine for the target's triple, CPU and
 * features. Each compilation owns its own, so two compilations in one JVM share no LLVM
 * state except LLVM's process-wide target registry, which this class fills for just the
 * architecture it needs. Close it to free both.
 */
public final class LlvmTarget implements AutoCloseable {

    private final TargetSpec spec;
    private final OptLevel opt;
    private final LLVMContextRef context;
    private final LLVMTargetMachineRef machine;
    private final String dataLayout;
    private boolean closed;

    private LlvmTarget(TargetSpec spec, OptLevel opt, LLVMContextRef context, LLVMTargetMachineRef machine,
            String dataLayout) {
        this.spec = spec;
        this.opt = opt;
        this.context = context;
        this.machine = machine;
        this.dataLayout = dataLayout;
    }

    /**
     * Creates the context and target machine for a target. Fails only if LLVM lacks the
     * target (a board pack naming a triple LLVM does not know), which is reported as an
     * IllegalArgumentException carrying LLVM's message.
     */
    public static LlvmTarget create(TargetSpec spec, OptLevel opt) {
        initialise(spec.arch());
        BytePointer error = new BytePointer((Pointer) null);
        LLVMTargetRef target = new LLVMTargetRef();
        if (LLVMGetTargetFromTriple(new BytePointer(spec.llvmTarget()), target, error) != 0) {
            String msg = error.getString();
            LLVMDisposeMessage(error);
            throw new IllegalArgumentException("LLVM has no target " + spec.llvmTarget() + ": " + msg);
        }
        LLVMTargetMachineRef machine = LLVMCreateTargetMachine(target, spec.llvmTarget(), spec.cpu(),
                spec.features(), opt.codeGenLevel(), LLVMRelocStatic, LLVMCodeModelDefault);
        if (machine == null || machine.isNull()) {
            throw new IllegalArgumentException("LLVM cannot create a target machine for " + spec.llvmTarget()
                    + " cpu " + spec.cpu());
        }
        LLVMTargetDataRef td = LLVMCreateTargetDataLayout(machine);
        BytePointer rep = LLVMCopyStringRepOfTargetData(td);
        String layout = rep.getString();
        LLVMDisposeMessage(rep);
        LLVMDisposeTargetData(td);
        return new LlvmTarget(spec, opt, LLVMContextCreate(), machine, layout);
    }

    /**
     * Registers one LLVM back-end, with its assembly parser (module-level inline asm
     * needs it). LLVM's registry is process-wide and its initialisers are idempotent but
     * not documented as thread-safe, hence the lock; calling them again is harmless.
     */
    /** Whether the WebAssembly options have been given to LLVM in this process (once only: see initialise). */
    private static boolean wasmOptionsSet;

    /** The form of exception handling LLVM's WebAssembly back end emits now (null: the initial, standard one). */
    private static Boolean legacyWasmEh;

    /**
     * Runs an emission of WebAssembly code with LLVM's exception handling in the form
     * the module's runtime needs: the standard form (try_table, exnref) that Chicory
     * runs, or the legacy one (try, catch, delegate) that Node 20 and older browsers
     * run, for the wasm target (GOOS js). The option is process-wide in LLVM, so every
     * WebAssembly emission holds this class's lock while it sets the option and emits.
     */
    public static <T, E extends Exception> T withWasmExceptions(boolean legacy, EmitAction<T, E> emit) throws E {
        synchronized (LlvmTarget.class) {
            if (legacyWasmEh == null ? legacy : legacyWasmEh != legacy) {
                LLVMParseCommandLineOptions(2, new PointerPointer<>("tinygo4j", "-wasm-use-legacy-eh=" + legacy),
                        (BytePointer) null);
            }
            legacyWasmEh = legacy;
            return emit.run();
        }
    }

    /** An emission that may fail. */
    @FunctionalInterface
    public interface EmitAction<T, E extends Exception> {
        T run() throws E;
    }

    /** Whether the back end can generate code for an architecture (the first part of an LLVM triple). */
    public static boolean supports(String arch) {
        return switch (arch) {
            case "avr", "wasm32", "wasm64", "x86_64", "i386", "i686", "riscv32", "riscv64", "aarch64" -> true;
            default -> arch.startsWith("thumb") || arch.startsWith("arm");
        };
    }

    private static void initialise(String arch) {
        synchronized (LlvmTarget.class) {
            switch (arch) {
                case "avr" -> {
                    LLVMInitializeAVRTargetInfo();
                    LLVMInitializeAVRTarget();
                    LLVMInitializeAVRTargetMC();
                    LLVMInitializeAVRAsmPrinter();
                    LLVMInitializeAVRAsmParser();
                }
                case "wasm32", "wasm64" -> {
                    LLVMInitializeWebAssemblyTargetInfo();
                    LLVMInitializeWebAssemblyTarget();
                    LLVMInitializeWebAssemblyTargetMC();
                    LLVMInitializeWebAssemblyAsmPrinter();
                    LLVMInitializeWebAssemblyAsmParser();
                    if (!wasmOptionsSet) {
                        // Panics unwind WebAssembly frames through LLVM's setjmp/longjmp
                        // lowering to exception handling, in the standard (exnref) form
                        // that Chicory runs. These options are process-wide in LLVM, and
                        // only change functions that call setjmp, which only our checkpoints do.
                        LLVMParseCommandLineOptions(3, new PointerPointer<>("tinygo4j", "-wasm-enable-sjlj",
                                "-wasm-use-legacy-eh=false"), (BytePointer) null);
                        wasmOptionsSet = true;
                    }
                }
                case "x86_64", "i386", "i686" -> {
                    LLVMInitializeX86TargetInfo();
                    LLVMInitializeX86Target();
                    LLVMInitializeX86TargetMC();
                    LLVMInitializeX86AsmPrinter();
                    LLVMInitializeX86AsmParser();
                }
                case "riscv32", "riscv64" -> {
                    LLVMInitializeRISCVTargetInfo();
                    LLVMInitializeRISCVTarget();
                    LLVMInitializeRISCVTargetMC();
                    LLVMInitializeRISCVAsmPrinter();
                    LLVMInitializeRISCVAsmParser();
                }
                case "aarch64" -> {
                    LLVMInitializeAArch64TargetInfo();
                    LLVMInitializeAArch64Target();
                    LLVMInitializeAArch64TargetMC();
                    LLVMInitializeAArch64AsmPrinter();
                    LLVMInitializeAArch64AsmParser();
                }
                default -> {
                    if (arch.startsWith("thumb") || arch.startsWith("arm")) {
                        LLVMInitializeARMTargetInfo();
                        LLVMInitializeARMTarget();
                        LLVMInitializeARMTargetMC();
                        LLVMInitializeARMAsmPrinter();
                        LLVMInitializeARMAsmParser();
                    } else {
                        throw new IllegalArgumentException("unsupported LLVM architecture " + arch);
                    }
                }
            }
        }
    }

    public TargetSpec spec() {
        return spec;
    }

    public OptLevel opt() {
        return opt;
    }

    /** The context every module of this compilation must be created in. */
    public LLVMContextRef context() {
        check();
        return context;
    }

    public LLVMTargetMachineRef machine() {
        check();
        return machine;
    }

    /** The LLVM triple, to be set on every module (LLVMSetTarget). */
    public String triple() {
        return spec.llvmTarget();
    }

    /** The data layout string of the target machine, to be set on every module (LLVMSetDataLayout). */
    public String dataLayout() {
        return dataLayout;
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("LlvmTarget used after close");
        }
    }

    /** Frees the target machine and the context (and so every module still in it). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            LLVMDisposeTargetMachine(machine);
            LLVMContextDispose(context);
        }
    }
}
