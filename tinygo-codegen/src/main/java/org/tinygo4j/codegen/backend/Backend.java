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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.boards.TargetFile;
import org.tinygo4j.boards.TargetSpec;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.CodegenException;
import org.tinygo4j.codegen.LinkObserver;
import org.tinygo4j.codegen.image.Boot2Checksum;
import org.tinygo4j.codegen.image.LinkedImage;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.lower.AllocationSites;
import org.tinygo4j.codegen.transform.AggregateParams;
import org.tinygo4j.codegen.transform.AvrVectors;
import org.tinygo4j.codegen.transform.FlashStrings;
import org.tinygo4j.codegen.transform.ProgramMemoryPhis;
import org.tinygo4j.codegen.transform.DataSections;
import org.tinygo4j.codegen.BuildReports;
import org.tinygo4j.codegen.transform.HeapToStack;
import org.tinygo4j.codegen.transform.LargeValues;
import org.tinygo4j.codegen.transform.NoHeap;
import org.tinygo4j.codegen.transform.NoJumpTables;
import org.tinygo4j.codegen.transform.SizeAttributes;
import org.tinygo4j.codegen.transform.StackArguments;
import org.tinygo4j.codegen.transform.StackChecks;
import org.tinygo4j.codegen.transform.WasmStackRoots;
import org.tinygo4j.codegen.transform.NeverReadGlobals;
import org.tinygo4j.codegen.transform.UnusedTypecodes;
import org.tinygo4j.codegen.transform.WriteOnlyGlobals;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * The last stage of the pipeline, from an LLVM module to a linked image: verify the
 * module, append the target's start-up assembly as module-level inline asm (LLVM's
 * integrated assembler handles it, no C toolchain needed), run the optimisation
 * pipeline, emit an object file to memory (a large module: several, on several threads,
 * see {@link PartitionedEmission}), and link it with the lld that ships in the
 * LLVM jar, using the target's linker script. The passes and their order are listed
 * in one place, {@link #transform}. What differs between targets and builds (stack
 * size, debug symbols, how far heap objects may move to the stack) comes from the
 * compilation's {@link BuildConfig}. With -gc=none, an allocation left after
 * optimisation ends the build with a {@link CodegenException} at its position.
 * Temporary files live in a directory of their own per call, removed afterwards.
 */
public final class Backend {

    private final Toolchain toolchain;
    private LinkObserver observer = LinkObserver.NONE;
    private BuildReports reports;

    public Backend(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** Tells observer the link's temporary folder (which it may keep) and the linker command. */
    public Backend withObserver(LinkObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer);
        return this;
    }

    /** Fills reports (-print-allocs, the link map for -size full); null: none. */
    public Backend withReports(BuildReports reports) {
        this.reports = reports;
        return this;
    }

    /**
     * Builds the image of a module created in {@code target}'s context. The module is
     * changed (asm appended, optimised) but stays owned by the caller.
     */
    public LinkedImage build(LlvmTarget target, LLVMModuleRef module, BuildConfig config) throws CodegenException {
        return build(target, module, config, () -> { });
    }

    /** As {@link #build(LlvmTarget, LLVMModuleRef, BuildConfig)}, calling beforeLink between emitting and linking. */
    public LinkedImage build(LlvmTarget target, LLVMModuleRef module, BuildConfig config, Runnable beforeLink)
            throws CodegenException {
        TargetSpec spec = target.spec();
        LLVMSetTarget(module, target.triple());
        LLVMSetDataLayout(module, target.dataLayout());
        transform(target, module, config);
        if (reports != null && reports.wantsAllocations()) {
            // after every pass: only what really stays on the heap
            for (NoHeap.Left l : NoHeap.calls(module)) {
                String why = l.via() != null ? "allocated by " + l.via() + ", called here"
                        : HeapToStack.whyOnHeap(l.call(), config.stackObjectLimit(),
                                config.stackObjectsThroughCalls());
                reports.add(new BuildReports.Allocation(l.site().pos(), l.site().function(), why));
            }
        }
        List<byte[]> objects = target.spec().isWasm()
                ? LlvmTarget.withWasmExceptions(target.spec().goos().equals("js"),
                        () -> PartitionedEmission.emit(target, module))
                : PartitionedEmission.emit(target, module);
        beforeLink.run();
        byte[] linked = link(config, objects);
        // RP2040: the bootrom checks boot2's CRC32, which only the linked image can hold
        return new LinkedImage(spec, spec.isWasm() ? linked : Boot2Checksum.apply(linked));
    }

    /**
     * The pass list: every change made to the lowered module before it is emitted, in
     * the order they run. Our passes live in {@code codegen.transform}; LLVM's are named
     * by their pipeline text.
     */
    /**
     * With -Dtinygo4j.dumpIr=DIR (for the compiler's developers: TINYGO4J_JAVA_OPTS),
     * writes the module's IR at a stage to DIR/STAGE.ll.
     */
    private static void dumpIr(LLVMModuleRef module, String stage) {
        String dir = System.getProperty("tinygo4j.dumpIr");
        if (dir != null) {
            LLVMPrintModuleToFile(module, dir + "/" + stage + ".ll", new org.bytedeco.javacpp.BytePointer((org.bytedeco.javacpp.Pointer) null));
        }
    }

    static void transform(LlvmTarget target, LLVMModuleRef module, BuildConfig config) throws CodegenException {
        // AggregateParams, LargeValues: first, on the code as lowered, because LLVM's
        // passes and instruction selection would take the large aggregates apart scalar
        // by scalar; LargeValues takes apart in place the loads AggregateParams made.
        LargeValues.run(module, AggregateParams.run(module, config.maxStackObject()), config.maxStackObject());
        // StackChecks.prepare: before the optimiser, which would otherwise drop or
        // inline the report and the bounds' initialisation that the checks use later.
        StackChecks.prepare(module);
        verify(module, "before optimisation");
        dumpIr(module, "lowered");
        // The start-up assembly, as module-level inline asm: not a pass on the code; it
        // has always been appended here, before the optimiser, and moving it is not
        // known to be harmless.
        for (TargetFile f : target.spec().extraFiles()) {
            String asm = f.readText() + "\n";
            byte[] bytes = asm.getBytes(StandardCharsets.UTF_8);
            LLVMAppendModuleInlineAsm(module, new BytePointer(asm), bytes.length);
        }
        if (config.coroutines()) {
            // simplifycfg,globaldce: the coroutines runtime decides with a constant
            // (runtime.mainBlocks) whether the program needs its scheduler; dropping the
            // path it does not take first lets the optimiser see the program as it would
            // without a scheduler.
            runPasses(target, module, "function(simplifycfg),globaldce");
        }
        // SizeAttributes: before the optimiser, whose passes read them (-opt=s and z).
        if (config.sizeAttributes()) {
            SizeAttributes.run(module, target.opt());
        }
        // LLVM's pipeline for -opt, which inlines and infers nocapture for HeapToStack.
        optimise(target, module);
        // HeapToStack: after a first optimisation (see above); another one follows when
        // it changed something, as the new stack objects usually dissolve into registers,
        // and HeapToStack again, as that run may inline allocations the round did not see
        // (os.File.Write's &PathError in hello_fmt's main); at most three rounds.
        // Following pointers into callees is off (BuildConfig.stackObjectsThroughCalls says why).
        long limit = config.stackObjectLimit();
        boolean throughCalls = config.stackObjectsThroughCalls();
        for (int round = 0; round < 3 && HeapToStack.run(module, limit, throughCalls) > 0; round++) {
            optimise(target, module);
        }
        dumpIr(module, "optimised");
        // NeverReadGlobals: after the optimiser has inlined the package initialisers
        // into main and folded what it could; the allocations it frees are gone before
        // WriteOnlyGlobals looks at the loads that filled them; globaldce drops the
        // globals and constants left unused.
        if (NeverReadGlobals.run(module, config.stackObjectLimit()) > 0) {
            runPasses(target, module, "globaldce");
        }
        // UnusedTypecodes: after NeverReadGlobals, which removed the last conversions of
        // some types (into globals nothing reads); the dispatch cases of those types go
        // with simplifycfg, their methods with globaldce, which may leave more
        // descriptors compared only: a few rounds.
        for (int round = 0; round < 4 && UnusedTypecodes.run(module) > 0; round++) {
            runPasses(target, module, "function(instsimplify,simplifycfg),globaldce");
        }
        // WriteOnlyGlobals: after the optimiser has inlined and promoted the updates of
        // counters that nothing reads (the runtime's MemStats counters in a program that
        // never calls ReadMemStats); before globalopt and globaldce, which drop the rest.
        WriteOnlyGlobals.run(module);
        // FlashStrings: on the optimised code, where printstring is inlined into the
        // calls of runtime.write whose constants it moves to AVR's program memory;
        // before StackChecks, which then sees its byte loop's calls of write.
        FlashStrings.run(module);
        // StackChecks: after the optimiser, on the call graph of the final code (the
        // optimiser inlines and removes calls, and with them cycles); without checks,
        // globalopt and globaldce remove what prepare kept.
        StackChecks.run(module, () -> runPasses(target, module, "globalopt,globaldce"));
        // AggregateParams.runLate: after the last optimisation (it must change no
        // inlining), and after StackChecks, which chose its functions by their stack
        // objects without the back end's result slots, and so does still: counted, the
        // slots that runLate makes explicit put a check into the float builtins and with
        // it the checks' set-up into every Uno program (hello_println and blinky +24
        // bytes of flash), where the slots, which now share space, are smaller than before
        AggregateParams.runLate(module);
        // StackArguments: after AggregateParams.runLate, whose result slots leave every
        // AVR result in registers, on the calls of the final code.
        if (config.threeBytePC()) {
            StackArguments.run(module);
        }
        dumpIr(module, "final");
        verify(module, "after AggregateParams.runLate");
        if (config.gc().equals("none")) {
            // NoHeap: after the optimiser and HeapToStack, so only allocations that
            // really need the heap are reported.
            List<AllocationSites.Site> left = NoHeap.allocations(module);
            if (!left.isEmpty()) {
                throw new CodegenException(left.stream().map(s -> new CodegenException.SourceError(s.pos(),
                        "heap allocation in " + s.function() + ": not possible with -gc=none")).toList());
            }
        }
        if (config.isWasm() && defines(module, COLLECTOR)) {
            // WasmStackRoots: after the last optimisation, so that it sees which values
            // of the final code live across calls. The collector cannot see wasm locals;
            // its mark phase (never inlined) is still in the module when some path of
            // the program can collect.
            WasmStackRoots.run(module, COLLECTOR);
            // (a slot's store placed before its alloca once passed unnoticed, and broke
            // the roots of functions with setjmp: see ARCHITECTURE.md)
            verify(module, "after WasmStackRoots");
        }
        // ProgramMemoryPhis: after the last optimisation, which makes the phis of
        // program-memory addresses that LLVM's AVR back end miscompiles.
        ProgramMemoryPhis.run(module);
        // NoJumpTables: late, so that the functions the passes above add
        // (runtime.stackCheck) are marked too.
        NoJumpTables.run(module);
        if (!config.isWasm()) {
            // DataSections: last, on the globals the optimiser and StackChecks left.
            DataSections.run(module);
        }
        if (config.target().llvmTarget().startsWith("avr")) {
            // AvrVectors: on the final module, whose __vector_N functions are those the
            // program keeps.
            AvrVectors.run(module);
        }
    }

    /** The collector's mark phase, which the runtime keeps out of line (gc_conservative.go). */
    private static final String COLLECTOR = RuntimeAbi.GC_SCAN_STACK.linkName();

    private static boolean defines(LLVMModuleRef module, String name) {
        LLVMValueRef fn = LLVMGetNamedFunction(module, name);
        return fn != null && !fn.isNull() && LLVMCountBasicBlocks(fn) > 0;
    }

    /** Verifies a module; a module that does not verify is a compiler bug. */
    public static void verify(LLVMModuleRef module, String when) throws CodegenException {
        BytePointer error = new BytePointer((Pointer) null);
        if (LLVMVerifyModule(module, LLVMReturnStatusAction, error) != 0) {
            String msg = error.getString();
            LLVMDisposeMessage(error);
            throw new CodegenException(true, "LLVM module does not verify " + when + ": " + msg);
        }
        if (!error.isNull()) {
            LLVMDisposeMessage(error);
        }
    }

    private static void optimise(LlvmTarget target, LLVMModuleRef module) throws CodegenException {
        runPasses(target, module, target.opt().pipeline());
    }

    private static void runPasses(LlvmTarget target, LLVMModuleRef module, String pipeline) throws CodegenException {
        LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef e = LLVMRunPasses(module, pipeline, target.machine(), opts);
            if (e != null && !e.isNull()) {
                BytePointer m = LLVMGetErrorMessage(e);
                String msg = m.getString();
                LLVMDisposeErrorMessage(m);
                throw new CodegenException(true, "LLVM pass pipeline " + pipeline + " failed: " + msg);
            }
        } finally {
            LLVMDisposePassBuilderOptions(opts);
        }
    }

    /** The object file of module, emitted by machine (which, like the module's context, only this thread uses now). */
    static byte[] emitObject(LLVMTargetMachineRef machine, LLVMModuleRef module) throws CodegenException {
        BytePointer error = new BytePointer((Pointer) null);
        LLVMMemoryBufferRef buf = new LLVMMemoryBufferRef();
        if (LLVMTargetMachineEmitToMemoryBuffer(machine, module, LLVMObjectFile, error, buf) != 0) {
            String msg = error.getString();
            LLVMDisposeMessage(error);
            throw new CodegenException(true, "LLVM cannot emit an object file: " + msg);
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

    private byte[] link(BuildConfig config, List<byte[]> objects) throws CodegenException {
        TargetSpec spec = config.target();
        Path linker = toolchain.linker(spec.linker());
        Path dir;
        try {
            dir = Files.createTempDirectory("tinygo4j-link-");
        } catch (IOException e) {
            throw new CodegenException(true, "cannot create a temporary directory: " + e.getMessage(), e);
        }
        boolean keep = observer.workDirectory(dir);
        try {
            // one object, main.o, or one per partition (PartitionedEmission), in their order
            List<Path> objs = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                Path obj = dir.resolve(i == 0 ? "main.o" : "main." + i + ".o");
                Files.write(obj, objects.get(i));
                objs.add(obj);
            }
            Path out = dir.resolve(spec.isWasm() ? "main.wasm" : "main.elf");
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
            Path map = dir.resolve("main.map");
            boolean wantMap = reports != null && reports.wantsLinkMap();
            if (wantMap) {
                // the same image with or without it: the map is a file beside it
                cmd.add("-Map=" + map);
            }
            cmd.add("-o");
            cmd.add(out.toString());
            objs.forEach(o -> cmd.add(o.toString()));
            observer.command(List.copyOf(cmd));
            run(cmd, dir);
            if (wantMap) {
                reports.linkMap(Files.readString(map, java.nio.charset.StandardCharsets.UTF_8));
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new CodegenException(true, "linking failed: " + e.getMessage(), e);
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
            // Call indexes and addresses in the code take the fewest LEB128 bytes, not the
            // five the object file reserves for relocations (mixed.go on wasm: -1,967
            // bytes). lld refuses it unless debug information is stripped; with -debug
            // there is none to strip (no DWARF is emitted), so the name section stays.
            if (config.debug()) {
                f.add("--strip-debug");
            }
            f.add("--compress-relocations");
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

    private static void run(List<String> cmd, Path dir) throws CodegenException, IOException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code;
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new CodegenException(true, "the linker did not finish: " + String.join(" ", cmd));
            }
            code = p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CodegenException(true, "interrupted while linking");
        }
        if (code != 0) {
            throw linkError(output.replace(dir + "/", ""), code);
        }
    }

    /**
     * Running out of flash or RAM is the user's problem, and so is a package of Go's
     * sources whose bodiless functions (gc's runtime supplies them through linkname) our
     * runtime does not provide; any other link error is ours.
     */
    static CodegenException linkError(String output, int code) {
        boolean tooBig = output.contains("will not fit in region") || output.contains("do not fit in RAM")
                || output.contains("overflowed by");
        if (tooBig) {
            return new CodegenException(false, "the program is too large for the target: " + output);
        }
        Map<String, Set<String>> missing = missingGoFunctions(output);
        if (!missing.isEmpty()) {
            StringBuilder b = new StringBuilder();
            missing.forEach((pkg, names) -> b.append(b.isEmpty() ? "" : "\n").append("package ").append(pkg)
                    .append(" is not supported on this target yet: the runtime does not provide ")
                    .append(String.join(", ", names))
                    .append(" (declared without a body in Go's sources; gc's runtime supplies it)"));
            return new CodegenException(false, b.toString());
        }
        return new CodegenException(true, "the linker failed (exit " + code + "): " + output);
    }

    /**
     * The Go functions (package path, a dot, a name) that lld reports as undefined, by
     * package; empty when some undefined symbol is not a Go function or none is.
     */
    static Map<String, Set<String>> missingGoFunctions(String output) {
        Map<String, Set<String>> byPackage = new TreeMap<>();
        Matcher m = UNDEFINED.matcher(output);
        while (m.find()) {
            String name = m.group(1);
            int dot = name.indexOf('.', name.lastIndexOf('/') + 1);
            if (dot <= 0 || dot == name.length() - 1) {
                return Map.of();
            }
            byPackage.computeIfAbsent(name.substring(0, dot), k -> new TreeSet<>()).add(name);
        }
        return byPackage;
    }

    private static final Pattern UNDEFINED = Pattern.compile("undefined symbol: (\\S+)");

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
