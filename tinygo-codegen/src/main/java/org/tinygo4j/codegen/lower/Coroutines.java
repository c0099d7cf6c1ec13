package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.ssa.abi.RuntimeAbi;

/**
 * The coroutine lowering of functions that can block, for the {@code coroutines}
 * scheduler (WebAssembly, which cannot switch stacks). The blocking analysis
 * (ssa.analysis.Blocking) says which functions are async; each becomes an LLVM
 * coroutine in the switched-resume form (llvm.coro.id/begin/suspend/end), which
 * LLVM's coroutine passes, part of every default pipeline, split into a ramp, a
 * resume and a destroy function over a frame on the heap (runtime.alloc, so the
 * collector sees what it holds; a coroutine with no suspension left after
 * optimisation gets no frame at all).
 *
 * <p>The convention: an async function takes its parameters, then a pointer to where
 * its results go (when it has results), and returns null when it has returned, or
 * its frame when it blocked. A caller that gets a frame suspends itself; when it is
 * resumed, it resumes that frame in turn and looks at a flag that the frame that
 * blocks sets ({@code runtime.pause}, the one primitive that waits) and that the
 * scheduler clears before it resumes a goroutine: set, the callee blocked again and
 * the caller suspends again; clear, the callee returned. So a goroutine's frames
 * are resumed from the outermost, which the scheduler keeps in the task, to the one
 * that blocked, and all of them are on the wasm stack while it runs: a panic can
 * unwind into any of them. A function with defer statements takes its checkpoint
 * again after each resumption, as the one taken in an earlier invocation is gone.
 *
 * <p>A plain function (an exported one, or a run-time error helper that the lowering
 * calls on its own) that calls an async one cannot suspend: if the callee blocks, the
 * goroutine waits in place (runtime.waitInPlace) while the others run.
 */
final class Coroutines {
    private final FunctionLowering fl;
    private final LLVMValueRef llfn;
    private LLVMValueRef id;
    private LLVMValueRef handle;
    private LLVMBasicBlockRef suspendReturn;
    private LLVMBasicBlockRef done;
    /** The checkpoint of a function with defer statements: its buffer, and where a recovered panic goes. */
    private LLVMValueRef checkpointBuffer;
    private LLVMBasicBlockRef recovered;

    Coroutines(FunctionLowering fl, LLVMValueRef llfn) {
        this.fl = fl;
        this.llfn = llfn;
    }

    /**
     * The coroutine's start, at the builder's position (after the allocas): the frame
     * comes from the heap when LLVM needs one; control goes on to first.
     */
    void begin(LLVMBasicBlockRef first) {
        ModuleLowering m = fl.m;
        LLVMValueRef nul = LLVMConstNull(fl.types.ptr);
        id = intrinsic("llvm.coro.id", new LLVMTypeRef[0], LLVMConstInt(fl.types.i32, 0, 0), nul, nul, nul);
        LLVMValueRef need = intrinsic("llvm.coro.alloc", new LLVMTypeRef[0], id);
        LLVMBasicBlockRef entry = LLVMGetInsertBlock(fl.b);
        LLVMBasicBlockRef allocate = LLVMAppendBasicBlockInContext(m.ctx, llfn, "coro.alloc");
        LLVMBasicBlockRef start = LLVMAppendBasicBlockInContext(m.ctx, llfn, "coro.begin");
        LLVMBuildCondBr(fl.b, need, allocate, start);
        LLVMPositionBuilderAtEnd(fl.b, allocate);
        LLVMValueRef size = intrinsic("llvm.coro.size", new LLVMTypeRef[] {fl.types.uintptr});
        LLVMValueRef mem = fl.call(m.runtimeFunction(RuntimeAbi.ALLOC), size);
        LLVMBuildBr(fl.b, start);
        LLVMPositionBuilderAtEnd(fl.b, start);
        LLVMValueRef phi = LLVMBuildPhi(fl.b, fl.types.ptr, "");
        LLVMAddIncoming(phi, refs(nul, mem), refs(entry, allocate), 2);
        handle = intrinsic("llvm.coro.begin", new LLVMTypeRef[0], id, phi);
        LLVMBuildBr(fl.b, first);

        // One coro.end for both ways out (LLVM allows a single fall-through one): the
        // ramp returns the frame when it suspended, null when it returned.
        suspendReturn = LLVMAppendBasicBlockInContext(m.ctx, llfn, "coro.suspended");
        done = LLVMAppendBasicBlockInContext(m.ctx, llfn, "coro.returned");
        LLVMBasicBlockRef exit = LLVMAppendBasicBlockInContext(m.ctx, llfn, "coro.exit");
        LLVMPositionBuilderAtEnd(fl.b, suspendReturn);
        LLVMBuildBr(fl.b, exit);
        LLVMPositionBuilderAtEnd(fl.b, done);
        LLVMBuildBr(fl.b, exit);
        LLVMPositionBuilderAtEnd(fl.b, exit);
        LLVMValueRef result = LLVMBuildPhi(fl.b, fl.types.ptr, "");
        LLVMAddIncoming(result, refs(handle, nul), refs(suspendReturn, done), 2);
        end();
        LLVMBuildRet(fl.b, result);
    }

    private void end() {
        intrinsic("llvm.coro.end", new LLVMTypeRef[0], handle, LLVMConstInt(fl.types.i1, 0, 0),
                LLVMConstNull(LLVMTokenTypeInContext(fl.m.ctx)));
    }

    /** A return: the results are stored by the caller of this; the coroutine ends. */
    void ret() {
        LLVMBuildBr(fl.b, done);
    }

    /** Records the function's checkpoint, taken again after every resumption. */
    void checkpoint(LLVMValueRef buffer, LLVMBasicBlockRef recoveredBlock) {
        checkpointBuffer = buffer;
        recovered = recoveredBlock;
    }

    boolean hasCheckpoint() {
        return checkpointBuffer != null;
    }

    /** runtime.pause: the goroutine blocks; this function suspends until the scheduler resumes it. */
    void pause() {
        LLVMValueRef chain = null;
        if (fl.m.callerFrames != null) {
            // the goroutine's chain of call sites (CallerFrames) waits in this frame
            chain = fl.entryAlloca(fl.types.ptr, "caller.chain");
            LLVMBuildStore(fl.b, LLVMBuildLoad2(fl.b, fl.types.ptr, fl.m.callerFrames.chain(), ""), chain);
        }
        LLVMBuildStore(fl.b, LLVMConstInt(fl.types.i1, 1, 0), fl.m.blockedFlag());
        LLVMBasicBlockRef resumed = suspend("pause.resumed");
        LLVMPositionBuilderAtEnd(fl.b, resumed);
        if (chain != null) {
            LLVMBuildStore(fl.b, LLVMBuildLoad2(fl.b, fl.types.ptr, chain, ""), fl.m.callerFrames.chain());
        }
        recheckpoint();
    }

    /**
     * After a call of an async function that returned frame: when it blocked, suspend;
     * when resumed, resume it, until it returns. Control goes on after it.
     */
    void await(LLVMValueRef frame) {
        LLVMBasicBlockRef wait = LLVMAppendBasicBlockInContext(fl.m.ctx, llfn, "call.blocked");
        LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(fl.m.ctx, llfn, "call.returned");
        LLVMBuildCondBr(fl.b, LLVMBuildIsNull(fl.b, frame, ""), cont, wait);
        LLVMPositionBuilderAtEnd(fl.b, wait);
        LLVMBasicBlockRef resumed = suspend("call.resumed");
        LLVMPositionBuilderAtEnd(fl.b, resumed);
        recheckpoint();
        intrinsic("llvm.coro.resume", new LLVMTypeRef[0], frame);
        LLVMValueRef blocked = LLVMBuildLoad2(fl.b, fl.types.i1, fl.m.blockedFlag(), "");
        LLVMBuildCondBr(fl.b, blocked, wait, cont);
        LLVMPositionBuilderAtEnd(fl.b, cont);
    }

    /** A suspension point; returns the block where the coroutine resumes. */
    private LLVMBasicBlockRef suspend(String name) {
        LLVMValueRef s = intrinsic("llvm.coro.suspend", new LLVMTypeRef[0],
                LLVMConstNull(LLVMTokenTypeInContext(fl.m.ctx)), LLVMConstInt(fl.types.i1, 0, 0));
        LLVMBasicBlockRef resumed = LLVMAppendBasicBlockInContext(fl.m.ctx, llfn, name);
        LLVMValueRef sw = LLVMBuildSwitch(fl.b, s, suspendReturn, 2);
        LLVMAddCase(sw, LLVMConstInt(fl.types.i8, 0, 0), resumed);
        LLVMAddCase(sw, LLVMConstInt(fl.types.i8, 1, 0), suspendReturn); // destroyed: never happens
        return resumed;
    }

    private void recheckpoint() {
        if (checkpointBuffer == null) {
            return;
        }
        LLVMValueRef r = fl.call(fl.m.checkpointFunction("setjmp"), checkpointBuffer);
        LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, fl.m.enumAttribute("returns_twice"));
        LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(fl.m.ctx, llfn, "checkpoint.again");
        LLVMBuildCondBr(fl.b, LLVMBuildICmp(fl.b, LLVMIntNE, r, LLVMConstInt(fl.types.i32, 0, 0), ""), recovered,
                cont);
        LLVMPositionBuilderAtEnd(fl.b, cont);
    }

    /**
     * In a plain function, after a call of an async function that returned frame: a
     * frame means the callee blocked where this function cannot suspend; the goroutine
     * waits in place (runtime.waitInPlace runs the others until it can resume frame).
     * Without the coroutines scheduler's waitInPlace, it traps.
     */
    static void waitInPlace(FunctionLowering fl, LLVMValueRef llfn, LLVMValueRef frame) {
        LLVMBasicBlockRef blocked = LLVMAppendBasicBlockInContext(fl.m.ctx, llfn, "blocked.in.plain");
        LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(fl.m.ctx, llfn, "call.returned");
        LLVMBuildCondBr(fl.b, LLVMBuildIsNull(fl.b, frame, ""), cont, blocked);
        LLVMPositionBuilderAtEnd(fl.b, blocked);
        if (fl.m.program.function(RuntimeAbi.WAIT_IN_PLACE.linkName()) != null) {
            fl.call(fl.m.runtimeFunction(RuntimeAbi.WAIT_IN_PLACE), frame);
            LLVMBuildBr(fl.b, cont);
        } else {
            intrinsicIn(fl, "llvm.trap", new LLVMTypeRef[0]);
            LLVMBuildUnreachable(fl.b);
        }
        LLVMPositionBuilderAtEnd(fl.b, cont);
    }

    /** runtime.coroResume(frame): resumes a goroutine's outermost frame; true if it blocked again. */
    static LLVMValueRef resume(FunctionLowering fl, LLVMValueRef frame) {
        LLVMBuildStore(fl.b, LLVMConstInt(fl.types.i1, 0, 0), fl.m.blockedFlag());
        intrinsicIn(fl, "llvm.coro.resume", new LLVMTypeRef[0], frame);
        return LLVMBuildLoad2(fl.b, fl.types.i1, fl.m.blockedFlag(), "");
    }

    private LLVMValueRef intrinsic(String name, LLVMTypeRef[] overload, LLVMValueRef... args) {
        return intrinsicIn(fl, name, overload, args);
    }

    static LLVMValueRef intrinsicIn(FunctionLowering fl, String name, LLVMTypeRef[] overload, LLVMValueRef... args) {
        int iid = LLVMLookupIntrinsicID(name, name.length());
        if (iid == 0) {
            throw new IllegalStateException("LLVM has no intrinsic " + name);
        }
        LLVMValueRef fn = LLVMGetIntrinsicDeclaration(fl.m.module, iid, refs(overload), overload.length);
        return LLVMBuildCall2(fl.b, LLVMGlobalGetValueType(fn), fn, refs(args), args.length, "");
    }
}
