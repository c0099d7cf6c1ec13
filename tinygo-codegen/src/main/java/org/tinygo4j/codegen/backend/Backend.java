package org.tinygo4j.codegen.backend;

import static org.bytedeco.llvm.global.LLVM.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.boards.TargetFile;
import org.tinygo4j.boards.TargetSpec;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * The last stage of the pipeline, from an LLVM module to a linked image: verify the
 * module, append the target's start-up assembly as module-level inline asm (LLVM's
 * integrated assembler handles it, no C toolchain needed), run the optimisation
 * pipeline, emit an object file to memory, and link it with the lld that ships in the
 * LLVM jar, using the target's linker script. What differs between targets and builds
 * (stack size, debug symbols, how far heap objects may move to the stack) comes from
 * the compilation's {@link BuildConfig}. With -gc=none, an allocation left after
 * optimisation ends the build with {@link HeapAllocations}. Temporary files live in a directory of their
 * own per call, removed afterwards.
 */
public final class Backend {

    private final Toolchain toolchain;
    private LinkObserver observer = LinkObserver.NONE;

    public Backend(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** Tells observer the link's temporary folder (which it may keep) and the linker command. */
    public Backend withObserver(LinkObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer);
        return this;
    }

    /**
     * Builds the image of a module created in {@code target}'s context. The module is
     * changed (asm appended, optimised) but stays owned by the caller.
     */
    public LinkedImage build(LlvmTarget target, LLVMModuleRef module, BuildConfig config) throws BackendException {
        return build(target, module, config, () -> { });
    }

    /** As {@link #build(LlvmTarget, LLVMModuleRef, BuildConfig)}, calling beforeLink between emitting and linking. */
    public LinkedImage build(LlvmTarget target, LLVMModuleRef module, BuildConfig config, Runnable beforeLink)
            throws BackendException {
        TargetSpec spec = target.spec();
        LLVMSetTarget(module, target.triple());
        LLVMSetDataLayout(module, target.dataLayout());
        LargeValues.run(module, AggregateParams.run(module, config.maxStackObject()), config.maxStackObject());
        StackChecks.prepare(module);
        verify(module, "before optimisation");
        for (TargetFile f : spec.extraFiles()) {
            String asm = f.readText() + "\n";
            byte[] bytes = asm.getBytes(StandardCharsets.UTF_8);
            LLVMAppendModuleInlineAsm(module, new BytePointer(asm), bytes.length);
        }
        if (config.coroutines()) {
            // The coroutines runtime decides with a constant (runtime.mainBlocks) whether
            // the program needs its scheduler; dropping the path it does not take first
            // lets the optimiser see the program as it would without a scheduler.
            runPasses(target, module, "function(simplifycfg),globaldce");
        }
        optimise(target, module);
        if (HeapToStack.run(module, config.stackObjectLimit()) > 0) {
            optimise(target, module); // the new stack objects usually dissolve into registers
        }
        StackChecks.run(module, () -> runPasses(target, module, "globalopt,globaldce"));
        if (config.gc().equals("none")) {
            List<org.tinygo4j.codegen.lower.AllocationSites.Site> left = NoHeap.allocations(module);
            if (!left.isEmpty()) {
                throw new HeapAllocations(left);
            }
        }
        if (config.isWasm() && defines(module, COLLECTOR)) {
            // the collector cannot see wasm locals; its mark phase (never inlined) is
            // still in the module when some path of the program can collect
            WasmStackRoots.run(module, COLLECTOR);
        }
        forbidJumpTables(module);
        if (!config.isWasm()) {
            placeGlobalsInOwnSections(module);
        }
        byte[] object = target.spec().isWasm()
                ? LlvmTarget.withWasmExceptions(target.spec().goos().equals("js"), () -> emitObject(target, module))
                : emitObject(target, module);
        beforeLink.run();
        return new LinkedImage(spec, link(config, object));
    }

    /** The collector's mark phase, which the runtime keeps out of line (gc_conservative.go). */
    private static final String COLLECTOR = RuntimeAbi.GC_SCAN_STACK.linkName();

    private static boolean defines(LLVMModuleRef module, String name) {
        LLVMValueRef fn = LLVMGetNamedFunction(module, name);
        return fn != null && !fn.isNull() && LLVMCountBasicBlocks(fn) > 0;
    }

    /**
     * Marks every defined function "no-jump-tables". Whether instruction selection
     * turns a switch into a jump table depends on LLVM's process-wide minimum-entries
     * setting, which some targets' lowerings overwrite when they are set up (AVR turns
     * jump tables off, WebAssembly lowers the threshold) and others only read: without
     * this, a host or Cortex-M program compiled after a WASI one in the same JVM came out
     * different (and larger), and an AVR compile running beside a WASI one was handed a
     * jump table its back end cannot select, which aborted the whole JVM. With the attribute the output depends on the module alone,
     * whatever was compiled before or beside it. Switches still become compare trees or,
     * in the optimiser, lookup tables of values.
     */
    static void forbidJumpTables(LLVMModuleRef module) {
        String key = "no-jump-tables";
        String value = "true";
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            if (LLVMIsDeclaration(fn) == 0) {
                LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateStringAttribute(
                        LLVMGetModuleContext(module), key, key.length(), value, value.length()));
            }
        }
    }

    /**
     * Gives every defined global its own section (as -fdata-sections): {@code .rodata.},
     * {@code .bss.} or {@code .data.} and its name, which the linker scripts' wildcards
     * collect as before. Functions have their own sections already; without the same for
     * data, the linker's --gc-sections could drop a function nothing calls (a collector
     * reached only through an export, a panic printer) but not the variables and strings
     * it used, which all shared one .data, .bss or .rodata section.
     */
    static void placeGlobalsInOwnSections(LLVMModuleRef module) {
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            if (LLVMIsDeclaration(g) != 0) {
                continue;
            }
            BytePointer section = LLVMGetSection(g);
            if (section != null && !section.isNull() && !section.getString().isEmpty()) {
                continue;
            }
            LLVMValueRef init = LLVMGetInitializer(g);
            String kind = LLVMIsGlobalConstant(g) != 0 ? ".rodata."
                    : init == null || init.isNull() || LLVMIsNull(init) != 0 ? ".bss." : ".data.";
            LLVMSetSection(g, kind + LLVMGetValueName(g).getString());
        }
    }

    /** Verifies a module; a module that does not verify is a compiler bug. */
    public static void verify(LLVMModuleRef module, String when) throws BackendException {
        BytePointer error = new BytePointer((Pointer) null);
        if (LLVMVerifyModule(module, LLVMReturnStatusAction, error) != 0) {
            String msg = error.getString();
            LLVMDisposeMessage(error);
            throw new BackendException(true, "LLVM module does not verify " + when + ": " + msg);
        }
        if (!error.isNull()) {
            LLVMDisposeMessage(error);
        }
    }

    private static void optimise(LlvmTarget target, LLVMModuleRef module) throws BackendException {
        runPasses(target, module, target.opt().pipeline());
    }

    private static void runPasses(LlvmTarget target, LLVMModuleRef module, String pipeline) throws BackendException {
        LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef e = LLVMRunPasses(module, pipeline, target.machine(), opts);
            if (e != null && !e.isNull()) {
                BytePointer m = LLVMGetErrorMessage(e);
                String msg = m.getString();
                LLVMDisposeErrorMessage(m);
                throw new BackendException(true, "LLVM pass pipeline " + pipeline + " failed: " + msg);
            }
        } finally {
            LLVMDisposePassBuilderOptions(opts);
        }
    }

    private static byte[] emitObject(LlvmTarget target, LLVMModuleRef module) throws BackendException {
        BytePointer error = new BytePointer((Pointer) null);
        LLVMMemoryBufferRef buf = new LLVMMemoryBufferRef();
        if (LLVMTargetMachineEmitToMemoryBuffer(target.machine(), module, LLVMObjectFile, error, buf) != 0) {
            String msg = error.getString();
            LLVMDisposeMessage(error);
            throw new BackendException(true, "LLVM cannot emit an object file: " + msg);
        }
        try {
            BytePointer start = LLVMGetBufferStart(buf);
            byte[] out = new byte[Math.toIntExact(LLVMGetBufferSize(buf))];
            start.capacity(out.length).get(out);
            return out;
        } finally {
            LLVMDisposeMemoryBuffer(buf);
        }
    }

    private byte[] link(BuildConfig config, byte[] object) throws BackendException {
        TargetSpec spec = config.target();
        Path linker = toolchain.linker(spec.linker());
        Path dir;
        try {
            dir = Files.createTempDirectory("tinygo4j-link-");
        } catch (IOException e) {
            throw new BackendException(true, "cannot create a temporary directory: " + e.getMessage(), e);
        }
        boolean keep = observer.workDirectory(dir);
        try {
            Path obj = dir.resolve("main.o");
            Path out = dir.resolve(spec.isWasm() ? "main.wasm" : "main.elf");
            Files.write(obj, object);
            List<String> cmd = new ArrayList<>();
            cmd.add(linker.toString());
            cmd.addAll(flags(config));
            String script = spec.linkerScriptText();
            if (script != null) {
                Path ld = dir.resolve("target.ld");
                Files.writeString(ld, script);
                cmd.add("-T");
                cmd.add(ld.toString());
            }
            cmd.addAll(spec.ldflags());
            cmd.add("-o");
            cmd.add(out.toString());
            cmd.add(obj.toString());
            observer.command(List.copyOf(cmd));
            run(cmd, dir);
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new BackendException(true, "linking failed: " + e.getMessage(), e);
        } finally {
            if (!keep) {
                deleteTree(dir);
            }
        }
    }

    /** The flags every link for this kind of target gets, before the target's own ldflags. */
    static List<String> flags(BuildConfig config) {
        List<String> f = new ArrayList<>();
        f.add("--gc-sections");
        if (!config.debug()) {
            f.add("--strip-all");
        }
        if (config.isWasm()) {
            f.add("-z");
            f.add("stack-size=" + config.stackSize());
            if (config.isWasi() || config.goos().equals("js")) {
                // WASI's command entry; on js the support file calls _start the same way
                f.add("--entry=_start");
                f.add("--export=_start");
            } else {
                f.add("--no-entry");
            }
        } else {
            f.add("--build-id=none");
            // The runtime sizes goroutine stacks by this symbol's address (//go:extern).
            f.add("--defsym=_tinygo_default_stack_size=" + config.stackSize());
        }
        return f;
    }

    private static void run(List<String> cmd, Path dir) throws BackendException, IOException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code;
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BackendException(true, "the linker did not finish: " + String.join(" ", cmd));
            }
            code = p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BackendException(true, "interrupted while linking");
        }
        if (code != 0) {
            throw linkError(output.replace(dir + "/", ""), code);
        }
    }

    /** Running out of flash or RAM is the user's problem; any other link error is ours. */
    private static BackendException linkError(String output, int code) {
        boolean tooBig = output.contains("will not fit in region") || output.contains("do not fit in RAM")
                || output.contains("overflowed by");
        if (tooBig) {
            return new BackendException(false, "the program is too large for the target: " + output);
        }
        return new BackendException(true, "the linker failed (exit " + code + "): " + output);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is not worth failing a build for.
        }
    }
}
