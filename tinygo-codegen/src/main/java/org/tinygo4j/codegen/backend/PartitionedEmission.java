package org.tinygo4j.codegen.backend;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.codegen.CodegenException;
import org.tinygo4j.codegen.llvm.LlvmTarget;

/**
 * Object emission of a large optimised module in partitions, on several threads: after
 * the whole-program passes (Backend.transform) nothing crosses function boundaries any
 * more, so instruction selection, register allocation and the object writer can run on
 * parts of the module at once, as LLVM's own parallel LTO code generation does. The
 * defined functions are cut, in module order, into contiguous runs of about equal
 * instruction counts; partition 0 also holds every global variable, the module's
 * inline assembly and its appending globals (llvm.used). Before the cut every
 * internal symbol becomes external and hidden (an unnamed one gets a name), so that
 * one partition's code can refer to another's functions and data; each partition
 * keeps the other partitions' functions and data as declarations, and lld links the
 * objects as it would link one. Partition 0 is emitted from the module itself, in its
 * context; each other partition parses the module's bitcode into a context and a
 * target machine of its own, which only its thread uses. Which partition holds what
 * depends only on the module, and the objects are returned in partition order, so the
 * output is the same whatever the threads' timing or the number of processors.
 */
final class PartitionedEmission {

    /**
     * The instructions a module needs before it is split: below this the time saved on
     * a second processor is smaller than what splitting costs (the bitcode written,
     * parsed again per partition, a target machine per partition), and every program of
     * the size benchmarks (hello_fmt, about 3,000 instructions) stays a single object
     * with the same bytes as before.
     */
    static final int MIN_INSTRUCTIONS = 10_000;

    /** At most this many partitions; each holds at least MIN_INSTRUCTIONS / 2 instructions. */
    static final int MAX_PARTITIONS = 4;

    /** Stack of each emission thread: LLVM's code generator recurses over deep code, as the compiling thread's does. */
    private static final long STACK_BYTES = 1L << 30;

    private PartitionedEmission() {
    }

    /** One object file per partition, in partition order (one: the module emitted whole). */
    static List<byte[]> emit(LlvmTarget target, LLVMModuleRef module) throws CodegenException {
        List<LLVMValueRef> defined = new ArrayList<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            if (LLVMCountBasicBlocks(f) > 0) {
                defined.add(f);
            }
        }
        long[] weight = new long[defined.size()];
        long total = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = instructions(defined.get(i));
            total += weight[i];
        }
        int parts = partitions(total);
        if (parts < 2 || defined.size() < parts || !splittable(target, module)) {
            return List.of(Backend.emitObject(target.machine(), module));
        }
        int[] firstOf = cut(weight, parts);
        externalise(module);
        shareLongjmpTag(module);
        byte[] bitcode = bitcode(module);
        List<LlvmTarget> targets = new ArrayList<>();
        List<FutureTask<byte[]>> tasks = new ArrayList<>();
        try {
            // the other partitions' contexts and machines: created here, as creating one
            // takes LlvmTarget's lock, which a WebAssembly emission holds (withWasmExceptions)
            for (int k = 1; k < parts; k++) {
                targets.add(LlvmTarget.create(target.spec(), target.opt()));
            }
            for (int k = 0; k < parts; k++) {
                int part = k;
                tasks.add(new FutureTask<>(part == 0
                        ? () -> emitPartition(target.machine(), module, firstOf, 0)
                        : () -> emitCopy(targets.get(part - 1), bitcode, firstOf, part)));
            }
            run(tasks);
            List<byte[]> objects = new ArrayList<>();
            for (Future<byte[]> t : tasks) {
                objects.add(result(t));
            }
            return objects;
        } finally {
            targets.forEach(LlvmTarget::close);
        }
    }

    /** The number of partitions of a module of so many instructions (1: emitted whole). */
    static int partitions(long instructions) {
        // -Dtinygo4j.partitionInstructions=N (for the compiler's developers,
        // TINYGO4J_JAVA_OPTS): split smaller modules, to try partitioning on any program
        int min = Math.max(2, Integer.getInteger("tinygo4j.partitionInstructions", MIN_INSTRUCTIONS));
        if (instructions < min) {
            return 1;
        }
        return (int) Math.max(2, Math.min(MAX_PARTITIONS, instructions / (min / 2)));
    }

    /**
     * The index of each partition's first function: contiguous runs in module order,
     * partition k - 1 ending with the function where the running total of weights first
     * reaches k / parts of the whole, and none empty (weight.length >= parts >= 2).
     */
    static int[] cut(long[] weight, int parts) {
        int n = weight.length;
        long total = 0;
        for (long w : weight) {
            total += w;
        }
        int[] first = new int[parts];
        long sum = 0;
        int k = 1;
        for (int i = 0; i < n - 1 && k < parts; i++) {
            sum += weight[i];
            // at most one cut after each function, so no partition is empty; and a cut
            // whenever the functions left are just enough for the partitions left
            if (sum * parts >= total * k || n - (i + 1) == parts - k) {
                first[k++] = i + 1;
            }
        }
        return first;
    }

    /** Whether the module holds only what partitioning handles: no aliases, ifuncs or comdats. */
    private static boolean splittable(LlvmTarget target, LLVMModuleRef module) {
        if (target.spec().arch().equals("avr")) {
            // AVR's program-memory data (FlashStrings, the $bytes symbols of module asm)
            // and its vector table were not tried across objects; no AVR flash holds a
            // program of the threshold's size anyway, except the Mega's
            return false;
        }
        if (notNull(LLVMGetFirstGlobalAlias(module)) || notNull(LLVMGetFirstGlobalIFunc(module))) {
            return false;
        }
        for (LLVMValueRef f = LLVMGetFirstFunction(module); notNull(f); f = LLVMGetNextFunction(f)) {
            if (notNull(LLVMGetComdat(f))) {
                return false;
            }
        }
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); notNull(g); g = LLVMGetNextGlobal(g)) {
            if (notNull(LLVMGetComdat(g))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes every internal function and global variable external and hidden, named (an
     * unnamed one after its place), as LLVM's SplitModule does for parallel LTO: a
     * partition then refers to what another defines by name. The program's names are
     * unique in the module, which is the whole program, so no two objects define one.
     */
    private static void externalise(LLVMModuleRef module) {
        int unnamed = 0;
        for (LLVMValueRef f = LLVMGetFirstFunction(module); notNull(f); f = LLVMGetNextFunction(f)) {
            unnamed = externalise(f, unnamed);
        }
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); notNull(g); g = LLVMGetNextGlobal(g)) {
            if (LLVMGetLinkage(g) != LLVMAppendingLinkage) {
                unnamed = externalise(g, unnamed);
            }
        }
    }

    private static int externalise(LLVMValueRef v, int unnamed) {
        int linkage = LLVMGetLinkage(v);
        if (linkage == LLVMInternalLinkage || linkage == LLVMPrivateLinkage) {
            LLVMSetLinkage(v, LLVMExternalLinkage);
            LLVMSetVisibility(v, LLVMHiddenVisibility);
        }
        BytePointer name = LLVMGetValueName(v);
        if (name == null || name.isNull() || name.getString().isEmpty()) {
            LLVMSetValueName2(v, "tinygo4j.unnamed." + unnamed, ("tinygo4j.unnamed." + unnamed).length());
            return unnamed + 1;
        }
        return unnamed;
    }

    /**
     * WebAssembly's setjmp/longjmp: __wasm_longjmp (module asm, partition 0) throws the
     * tag __c_longjmp, which LLVM's SjLj lowering defines, weak, in each object whose
     * functions call setjmp and catch it. In one object the asm's tag is that definition;
     * in partition 0 without such a function the assembler would make the asm's own
     * local tag, which nothing catches. Declared weak, it is the one tag of every object.
     */
    private static void shareLongjmpTag(LLVMModuleRef module) {
        org.bytedeco.javacpp.SizeTPointer length = new org.bytedeco.javacpp.SizeTPointer(1);
        BytePointer asm = LLVMGetModuleInlineAsm(module, length);
        if (notNull(asm) && asm.capacity(length.get()).getString().contains("__c_longjmp")) {
            String weak = "\n.weak __c_longjmp\n";
            LLVMAppendModuleInlineAsm(module, weak, weak.length());
        }
    }

    /**
     * The module as bitcode, written without its triple (each copy gets it back): with
     * one, the writer parses the module's inline asm with the target's default features,
     * and WebAssembly's setjmp/longjmp asm needs exception handling (see ImageCache.key).
     */
    private static byte[] bitcode(LLVMModuleRef module) {
        String triple = LLVMGetTarget(module).getString();
        LLVMSetTarget(module, "");
        LLVMMemoryBufferRef buf;
        try {
            buf = LLVMWriteBitcodeToMemoryBuffer(module);
        } finally {
            LLVMSetTarget(module, triple);
        }
        try {
            byte[] out = new byte[Math.toIntExact(LLVMGetBufferSize(buf))];
            LLVMGetBufferStart(buf).capacity(out.length).get(out);
            return out;
        } finally {
            LLVMDisposeMemoryBuffer(buf);
        }
    }

    /** Partition part of a copy of the module, parsed from bitcode into the context of target, emitted. */
    private static byte[] emitCopy(LlvmTarget target, byte[] bitcode, int[] firstOf, int part)
            throws CodegenException {
        LLVMModuleRef copy = new LLVMModuleRef();
        try (BytePointer bytes = new BytePointer(bitcode.length)) {
            bytes.put(bitcode);
            LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRange(bytes, bitcode.length,
                    new BytePointer("partition"), 0);
            try {
                if (LLVMParseBitcodeInContext2(target.context(), buf, copy) != 0) {
                    throw new CodegenException(true, "cannot read back the module's bitcode for partition " + part);
                }
                LLVMSetTarget(copy, target.triple());
            } finally {
                LLVMDisposeMemoryBuffer(buf);
            }
        }
        try {
            return emitPartition(target.machine(), copy, firstOf, part);
        } finally {
            LLVMDisposeModule(copy);
        }
    }

    /**
     * Emits partition part of module: the bodies of the other partitions' functions are
     * deleted, and outside partition 0 so are the initialisers of global variables, the
     * module's inline assembly and its appending globals.
     */
    private static byte[] emitPartition(LLVMTargetMachineRef machine, LLVMModuleRef module, int[] firstOf, int part)
            throws CodegenException {
        int from = firstOf[part];
        int to = part + 1 < firstOf.length ? firstOf[part + 1] : Integer.MAX_VALUE;
        List<LLVMValueRef> defined = new ArrayList<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); notNull(f); f = LLVMGetNextFunction(f)) {
            if (LLVMCountBasicBlocks(f) > 0) {
                defined.add(f);
            }
        }
        for (int i = 0; i < defined.size(); i++) {
            if (i < from || i >= to) {
                LLVMValueRef f = defined.get(i);
                deleteBody(f);
                // exported (WebAssembly) by the partition that defines it only
                LLVMRemoveStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, "wasm-export-name",
                        "wasm-export-name".length());
            }
        }
        if (part != 0) {
            List<LLVMValueRef> appending = new ArrayList<>();
            for (LLVMValueRef g = LLVMGetFirstGlobal(module); notNull(g); g = LLVMGetNextGlobal(g)) {
                if (LLVMGetLinkage(g) == LLVMAppendingLinkage) {
                    appending.add(g);
                } else if (notNull(LLVMGetInitializer(g))) {
                    LLVMSetInitializer(g, null);
                    LLVMSetLinkage(g, LLVMExternalLinkage);
                }
            }
            for (LLVMValueRef g : appending) {
                LLVMDeleteGlobal(g);
            }
            LLVMSetModuleInlineAsm2(module, "", 0);
        }
        return Backend.emitObject(machine, module);
    }

    /** Runs the tasks on up to one thread per processor, the first on the calling thread; returns when all are done. */
    private static void run(List<FutureTask<byte[]>> tasks) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                tasks.get(i).run();
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread th = new Thread(null, worker, "tinygo4j-emit-" + t, STACK_BYTES);
            th.setDaemon(true);
            th.start();
            started.add(th);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread th : started) {
            while (true) {
                try {
                    th.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the emissions cannot be stopped; wait for them
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] result(Future<byte[]> task) throws CodegenException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CodegenException c) {
                throw c;
            }
            throw new CodegenException(true, "emitting a partition failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CodegenException(true, "interrupted while emitting");
        }
    }

    /**
     * Makes a function a declaration (the C API has no deleteBody): the values of its
     * instructions are replaced by poison where they are used (by other instructions of
     * the body only), then every instruction is erased, the terminators with them, so
     * that no block is used any more, then every block.
     */
    private static void deleteBody(LLVMValueRef f) {
        List<LLVMBasicBlockRef> blocks = new ArrayList<>();
        for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(f); notNull(b); b = LLVMGetNextBasicBlock(b)) {
            blocks.add(b);
            for (LLVMValueRef i = LLVMGetFirstInstruction(b); notNull(i); i = LLVMGetNextInstruction(i)) {
                if (notNull(LLVMGetFirstUse(i))) {
                    LLVMReplaceAllUsesWith(i, LLVMGetPoison(LLVMTypeOf(i)));
                }
            }
        }
        for (LLVMBasicBlockRef b : blocks) {
            for (LLVMValueRef i = LLVMGetFirstInstruction(b); notNull(i);) {
                LLVMValueRef next = LLVMGetNextInstruction(i);
                LLVMInstructionEraseFromParent(i);
                i = next;
            }
        }
        for (LLVMBasicBlockRef b : blocks) {
            LLVMDeleteBasicBlock(b);
        }
        if (LLVMHasPersonalityFn(f) != 0) {
            LLVMSetPersonalityFn(f, null);
        }
        LLVMSetLinkage(f, LLVMExternalLinkage);
    }

    /** The number of instructions of a function. */
    private static long instructions(LLVMValueRef f) {
        long n = 0;
        for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(f); notNull(b); b = LLVMGetNextBasicBlock(b)) {
            for (LLVMValueRef i = LLVMGetFirstInstruction(b); notNull(i); i = LLVMGetNextInstruction(i)) {
                n++;
            }
        }
        return n;
    }

    private static boolean notNull(Pointer p) {
        return p != null && !p.isNull();
    }
}
