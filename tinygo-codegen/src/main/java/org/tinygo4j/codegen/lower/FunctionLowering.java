package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Global;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Param;
import org.tinygo4j.ssa.ir.Value;

/**
 * Lowers one SSA function body to LLVM IR. Allocas go to a dedicated first block so
 * mem2reg can promote them; runtime checks (bounds, division, shift counts) split the
 * current block into a cold panic path and a continuation.
 */
final class FunctionLowering {
    final ModuleLowering m;
    final LlvmTypes types;
    final LLVMBuilderRef b;
    private final Function fn;
    private final LLVMValueRef llfn;
    private final Map<Value, LLVMValueRef> values = new IdentityHashMap<>();
    private final Map<BasicBlock, LLVMBasicBlockRef> blocks = new IdentityHashMap<>();
    private LLVMBasicBlockRef allocaBlock;
    private LLVMValueRef allocaTerminator;
    /** The coroutine state of an async function (see Coroutines); null for plain functions. */
    final Coroutines coro;
    /** The setjmp call of a function with defer statements, whose branch records the checkpoint. */
    private Instr.Call checkpointCall;
    /** The source position of the SSA instruction being lowered (AllocationSites). */
    private int pos;

    /** Aggregates of at least this many bytes are zeroed with memset. */
    private static final long LARGE_AGGREGATE = 64;

    FunctionLowering(ModuleLowering m, Function fn, LLVMValueRef llfn) {
        this.m = m;
        this.types = m.types;
        this.fn = fn;
        this.llfn = llfn;
        this.b = LLVMCreateBuilderInContext(m.ctx);
        this.coro = m.isAsync(fn) ? new Coroutines(this, llfn) : null;
    }

    void lower() {
        try {
            allocaBlock = LLVMAppendBasicBlockInContext(m.ctx, llfn, "allocas");
            for (BasicBlock bb : fn.blocks()) {
                blocks.put(bb, LLVMAppendBasicBlockInContext(m.ctx, llfn, bb.comment()));
            }
            LLVMPositionBuilderAtEnd(b, allocaBlock);
            LLVMBasicBlockRef first = blocks.get(fn.blocks().get(0));
            LLVMBasicBlockRef enter = null;
            if (m.callerFrames != null && m.callerFrames.records(fn)) {
                // (a block of its own: the first SSA block may be a loop's target)
                enter = LLVMAppendBasicBlockInContext(m.ctx, llfn, "caller.enter");
                first = enter;
            }
            if (coro != null) {
                LLVMBasicBlockRef start = LLVMAppendBasicBlockInContext(m.ctx, llfn, "coro.start");
                allocaTerminator = LLVMBuildBr(b, start);
                LLVMPositionBuilderAtEnd(b, start);
                coro.begin(first);
            } else {
                allocaTerminator = LLVMBuildBr(b, first);
            }
            if (enter != null) {
                callerRecord = m.callerFrames.new Record(this, fn);
                LLVMPositionBuilderAtEnd(b, enter);
                callerRecord.enter();
                LLVMBuildBr(b, blocks.get(fn.blocks().get(0)));
            }
            for (Param p : fn.params()) {
                values.put(p, LLVMGetParam(llfn, p.index()));
            }
            for (BasicBlock bb : fn.blocks()) {
                LLVMPositionBuilderAtEnd(b, blocks.get(bb));
                previous = null;
                if (callerRecord != null && bb == recoveryBlock) {
                    callerRecord.relink(); // a recovered panic resumes here
                }
                for (Instr in : bb.instrs()) {
                    LLVMValueRef v;
                    pos = in.pos();
                    LLVMBasicBlockRef startBlock = LLVMGetInsertBlock(b);
                    LLVMValueRef mark = LLVMGetLastInstruction(startBlock);
                    LLVMBasicBlockRef lastOld = LLVMGetLastBasicBlock(llfn);
                    try {
                        v = instr(in);
                    } catch (UnsupportedOperationException e) {
                        throw new NotSupported(in.pos(), e.getMessage());
                    }
                    if (callerRecord != null && m.callerFrames.needsSite(in)) {
                        callerRecord.markCalls(startBlock, mark, lastOld, in.pos());
                    }
                    if (v != null) {
                        values.put(in, v);
                    }
                    previous = in;
                }
                if (!bb.terminated()) {
                    LLVMBuildUnreachable(b);
                }
            }
        } finally {
            LLVMDisposeBuilder(b);
            if (callerRecord != null) {
                callerRecord.dispose();
            }
        }
    }

    /** This function's call-site record (CallerFrames), or null. */
    private CallerFrames.Record callerRecord;
    /** The SSA block where a recovered panic resumes this function. */
    private BasicBlock recoveryBlock;

    LLVMValueRef operand(Value v) {
        return switch (v) {
            case Const c -> m.constant(c);
            case Global g -> m.global(g);
            case Function f -> m.function(f);
            default -> {
                LLVMValueRef r = values.get(v);
                if (r == null) {
                    throw new IllegalStateException("value used before its definition in " + fn.linkName());
                }
                yield r;
            }
        };
    }

    /** The instruction lowered just before the current one in its block (null at a block's start). */
    private Instr previous;

    /** Values larger than this (in bytes) are copied with memmove rather than loaded and stored. */
    private static final long LARGE_COPY = 64;

    private LLVMValueRef instr(Instr in) {
        return switch (in) {
            case Instr.Alloc a -> alloc(a);
            case Instr.Load l -> {
                if (!l.isVolatile()) {
                    nilCheck(l.addr());
                }
                LLVMValueRef addr = operand(l.addr());
                if (m.readsFlash(l)) {
                    addr = m.flashPointer(b, addr); // a table in program memory: LPM
                }
                LLVMValueRef v = LLVMBuildLoad2(b, types.of(l.type()), addr, "");
                if (l.isVolatile()) {
                    LLVMSetVolatile(v, 1);
                }
                yield v;
            }
            case Instr.Store s -> {
                if (!s.isVolatile() && s.value() == previous && previous instanceof Instr.Load l && !l.isVolatile()
                        && m.sizeOf(l.type()) > LARGE_COPY) {
                    // a large value copied from memory to memory (x = *p): one memmove rather
                    // than an aggregate load and store, which LLVM unpacks element by element
                    LLVMValueRef size = LLVMConstInt(types.uintptr, m.sizeOf(l.type()), 0);
                    if (m.readsFlash(l)) {
                        call(m.flashCopy(), operand(s.addr()), m.flashPointer(b, operand(l.addr())), size);
                    } else {
                        LLVMBuildMemMove(b, operand(s.addr()), 1, operand(l.addr()), 1, size);
                    }
                    yield null;
                }
                if (!s.isVolatile()) {
                    nilCheck(s.addr());
                }
                LLVMValueRef st = LLVMBuildStore(b, operand(s.value()), operand(s.addr()));
                if (s.isVolatile()) {
                    LLVMSetVolatile(st, 1);
                }
                yield null;
            }
            case Instr.BinOp op when Equality.compares(op) -> m.equality.compare(this, op);
            case Instr.BinOp op -> new Arithmetic(this).binop(op.type(), op.op(), op.x().type(), operand(op.x()),
                    op.y().type(), operand(op.y()));
            case Instr.UnOp op -> new Arithmetic(this).unop(op.op(), operand(op.x()));
            case Instr.Convert c -> convert(operand(c.x()), c.x().type(), c.type());
            case Instr.Call c -> call(c);
            case Instr.BuiltinCall bc -> new BuiltinLowering(this).lower(bc);
            case Instr.Extract e -> LLVMBuildExtractValue(b, operand(e.tuple()), e.index(), "");
            case Instr.Field f -> LLVMBuildExtractValue(b, operand(f.x()), f.field(), "");
            case Instr.FieldAddr fa -> {
                nilCheck(fa.x());
                Type st = ((Pointer) fa.x().type().underlying()).elem();
                yield LLVMBuildStructGEP2(b, types.of(st), operand(fa.x()), fa.field(), "");
            }
            case Instr.IndexAddr ia -> indexAddr(ia);
            case Instr.MakeSlice ms -> new Slices(this).make(ms);
            case Instr.MakeClosure mc -> makeClosure(mc);
            case Instr.CallValue cv -> callValue(cv);
            case Instr.Slice sl -> new Slices(this).slice(sl);
            case Instr.StringIndex si -> stringIndex(si);
            case Instr.Jump j -> {
                LLVMBuildBr(b, blocks.get(j.target()));
                yield null;
            }
            case Instr.If i -> {
                if (i.cond() == checkpointCall && checkpointCall != null) {
                    recoveryBlock = i.then();
                }
                if (coro != null && i.cond() == checkpointCall && checkpointCall != null) {
                    coro.checkpoint(operand(checkpointCall.args().get(0)), blocks.get(i.then()));
                }
                LLVMBuildCondBr(b, operand(i.cond()), blocks.get(i.then()), blocks.get(i.els()));
                yield null;
            }
            case Instr.Return r -> ret(r);
            case Instr.MakeInterface mi -> m.interfaces.makeInterface(this, mi);
            case Instr.TypeAssert ta -> m.interfaces.typeAssert(this, ta);
            case Instr.Invoke iv -> m.interfaces.invoke(this, iv);
            case Instr.Unreachable u -> {
                LLVMBuildUnreachable(b);
                yield null;
            }
        };
    }

    /** A stack slot of type t, allocated in the entry block (so it is static, wherever it is used). */
    LLVMValueRef entryAlloca(LLVMTypeRef t, String name) {
        LLVMBasicBlockRef here = LLVMGetInsertBlock(b);
        LLVMPositionBuilder(b, allocaBlock, allocaTerminator);
        LLVMValueRef slot = LLVMBuildAlloca(b, t, name);
        LLVMPositionBuilderAtEnd(b, here);
        return slot;
    }

    private LLVMValueRef alloc(Instr.Alloc a) {
        LLVMTypeRef t = types.of(a.elemType());
        if (a.heap() || m.sizeOf(a.elemType()) > m.config.maxStackObject()) {
            long size = m.sizeOf(a.elemType());
            return call(m.allocFunction(a.elemType()), LLVMConstInt(types.uintptr, Math.max(size, 1), 0));
        }
        LLVMBasicBlockRef here = LLVMGetInsertBlock(b);
        LLVMPositionBuilder(b, allocaBlock, allocaTerminator);
        LLVMValueRef slot = LLVMBuildAlloca(b, t, a.comment() == null ? "" : a.comment());
        LLVMPositionBuilderAtEnd(b, here);
        long size = m.sizeOf(a.elemType());
        if (size >= LARGE_AGGREGATE) {
            // One memset instead of an aggregate store, which instruction selection
            // would expand element by element (minutes for a 512 KiB array).
            LLVMBuildMemSet(b, slot, LLVMConstInt(types.i8, 0, 0), LLVMConstInt(types.uintptr, size, 0),
                    (int) LLVMABIAlignmentOfType(m.targetData, t));
        } else {
            LLVMBuildStore(b, LLVMConstNull(t), slot);
        }
        return slot;
    }

    /** Calls a runtime or Go function by its LLVM value with already-lowered arguments. */
    LLVMValueRef call(LLVMValueRef callee, LLVMValueRef... args) {
        LLVMTypeRef ft = LLVMGlobalGetValueType(callee);
        LLVMValueRef call = LLVMBuildCall2(b, ft, callee, refs(args), args.length, "");
        if (AllocationSites.isRuntimeFunction(callee)) {
            AllocationSites.tag(m.ctx, call, pos, fn.linkName());
        }
        return call;
    }

    private LLVMValueRef call(Instr.Call c) {
        if (c.callee().kind() == Function.Kind.INTRINSIC) {
            if (c.callee().abi() == RuntimeAbi.SETJMP) {
                checkpointCall = c;
            }
            return new Intrinsics(this).lower(c);
        }
        LLVMValueRef callee = m.function(c.callee());
        LLVMTypeRef ft = LLVMGlobalGetValueType(callee);
        LLVMValueRef[] args = new LLVMValueRef[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = operand(c.args().get(i));
            if (i < LLVMCountParamTypes(ft)) {
                LLVMTypeRef want = paramType(ft, i);
                LLVMTypeRef have = LLVMTypeOf(args[i]);
                if (LLVMGetTypeKind(want) == LLVMPointerTypeKind && LLVMGetTypeKind(have) == LLVMPointerTypeKind
                        && LLVMGetPointerAddressSpace(want) != LLVMGetPointerAddressSpace(have)) {
                    // a code address as unsafe.Pointer (the runtime's recover token) on
                    // AVR, where code lives in address space 1
                    args[i] = LLVMBuildIntToPtr(b, LLVMBuildPtrToInt(b, args[i], types.uintptr, ""), want, "");
                }
            }
        }
        if (m.callerFrames != null && c.callee().abi() == RuntimeAbi.START_GOROUTINE
                && c.args().get(0) instanceof Instr.MakeClosure thunk) {
            m.callerFrames.goStatement(b, thunk.fn());
        }
        if (m.isAsync(c.callee())) {
            return asyncCall(types.function(c.callee().signature(), c.callee().context() != null), callee, args);
        }
        LLVMValueRef r = call(callee, args);
        return c.type() == null ? null : r;
    }

    /**
     * A call of an async function (plainType is its type without the coroutine
     * convention): the results come through a slot of this frame; in an async
     * function the call waits for the callee when it blocks (see Coroutines).
     */
    LLVMValueRef asyncCall(LLVMTypeRef plainType, LLVMValueRef callee, LLVMValueRef[] args) {
        LLVMTypeRef ret = LLVMGetReturnType(plainType);
        boolean results = LLVMGetTypeKind(ret) != LLVMVoidTypeKind;
        LLVMValueRef slot = null;
        LLVMValueRef[] all = args;
        if (results) {
            LLVMBasicBlockRef here = LLVMGetInsertBlock(b);
            LLVMPositionBuilder(b, allocaBlock, allocaTerminator);
            slot = LLVMBuildAlloca(b, ret, "results");
            LLVMPositionBuilderAtEnd(b, here);
            all = java.util.Arrays.copyOf(args, args.length + 1);
            all[args.length] = slot;
        }
        LLVMValueRef frame = LLVMBuildCall2(b, types.asyncFunction(plainType), callee, refs(all), all.length, "");
        if (coro != null) {
            coro.await(frame);
        } else {
            Coroutines.waitInPlace(this, llfn, frame);
        }
        return results ? LLVMBuildLoad2(b, ret, slot, "") : null;
    }

    private static LLVMTypeRef paramType(LLVMTypeRef ft, int i) {
        LLVMTypeRef[] ps = new LLVMTypeRef[LLVMCountParamTypes(ft)];
        org.bytedeco.javacpp.PointerPointer<LLVMTypeRef> pp = Scratch.array(ps.length);
        LLVMGetParamTypes(ft, pp);
        return new LLVMTypeRef(pp.get(i));
    }

    /**
     * {context, fn}: the context is a heap struct of the bindings (a slot of the frame
     * when the builder says it may be: {@link Instr.MakeClosure#inFrame}), or nil. An ordinary
     * closure binds its captured cells' addresses (an array of pointers); a go or defer
     * thunk binds the values its statement evaluated.
     */
    private LLVMValueRef makeClosure(Instr.MakeClosure mc) {
        LLVMValueRef ctx = LLVMConstNull(types.ptr);
        int n = mc.bindings().size();
        if (n > 0) {
            LLVMTypeRef[] fields = new LLVMTypeRef[n];
            boolean pointers = false;
            for (int i = 0; i < n; i++) {
                Type t = mc.bindings().get(i).type();
                fields[i] = types.of(t);
                pointers |= ModuleLowering.hasPointers(t);
            }
            LLVMTypeRef st = types.struct(fields);
            long size = LLVMABISizeOfType(m.targetData, st);
            if (mc.inFrame() && size <= m.config.maxStackObject()) {
                // a once-per-call defer's thunk: the context lives as long as the frame
                LLVMBasicBlockRef here = LLVMGetInsertBlock(b);
                LLVMPositionBuilder(b, allocaBlock, allocaTerminator);
                ctx = LLVMBuildAlloca(b, st, "defer.context");
                LLVMPositionBuilderAtEnd(b, here);
            } else {
                ctx = call(m.runtimeFunction(pointers ? RuntimeAbi.ALLOC : RuntimeAbi.ALLOC_NOSCAN),
                        LLVMConstInt(types.uintptr, Math.max(size, 1), 0));
            }
            for (int i = 0; i < n; i++) {
                LLVMValueRef slot = LLVMBuildStructGEP2(b, st, ctx, i, "");
                LLVMBuildStore(b, operand(mc.bindings().get(i)), slot);
            }
        }
        LLVMValueRef v = LLVMGetUndef(types.of(mc.type()));
        v = LLVMBuildInsertValue(b, v, ctx, 0, "");
        return LLVMBuildInsertValue(b, v, m.function(mc.fn()), 1, "");
    }

    /** A call through a function value, passing its context last; a nil function value panics. */
    private LLVMValueRef callValue(Instr.CallValue cv) {
        org.tinygo4j.frontend.types.Signature sig = (org.tinygo4j.frontend.types.Signature) cv.fn().type().underlying();
        LLVMValueRef fv = operand(cv.fn());
        LLVMValueRef fnptr = LLVMBuildExtractValue(b, fv, 1, "");
        checkPanic(LLVMBuildIsNull(b, fnptr, ""), () -> call(m.runtimeFunction(RuntimeAbi.PANIC_NIL_FUNC)));
        LLVMValueRef[] args = new LLVMValueRef[cv.args().size() + 1];
        for (int i = 0; i < cv.args().size(); i++) {
            args[i] = operand(cv.args().get(i));
        }
        args[args.length - 1] = LLVMBuildExtractValue(b, fv, 0, "");
        if (m.blocking != null && m.blocking.isAsyncValueCall(cv.fn().type())) {
            return asyncCall(types.function(sig, true), fnptr, args);
        }
        LLVMValueRef r = LLVMBuildCall2(b, types.function(sig, true), fnptr, refs(args), args.length, "");
        return cv.type() == null ? null : r;
    }

    private LLVMValueRef ret(Instr.Return r) {
        List<Value> rs = r.results();
        if (callerRecord != null) {
            callerRecord.leave();
        }
        if (coro != null) {
            if (!rs.isEmpty()) {
                LLVMValueRef out = LLVMGetParam(llfn, LLVMCountParams(llfn) - 1);
                LLVMValueRef v = operand(rs.get(0));
                if (rs.size() > 1) {
                    v = LLVMGetUndef(types.of(fn.signature().results()));
                    for (int i = 0; i < rs.size(); i++) {
                        v = LLVMBuildInsertValue(b, v, operand(rs.get(i)), i, "");
                    }
                }
                LLVMBuildStore(b, v, out);
            }
            coro.ret();
            return null;
        }
        if (rs.isEmpty()) {
            LLVMBuildRetVoid(b);
        } else if (rs.size() == 1) {
            LLVMBuildRet(b, operand(rs.get(0)));
        } else {
            LLVMTypeRef st = types.of(fn.signature().results());
            LLVMValueRef agg = LLVMGetUndef(st);
            for (int i = 0; i < rs.size(); i++) {
                agg = LLVMBuildInsertValue(b, agg, operand(rs.get(i)), i, "");
            }
            LLVMBuildRet(b, agg);
        }
        return null;
    }

    // ---- conversions ----

    LLVMValueRef convert(LLVMValueRef v, Type from, Type to) {
        Type fu = from.underlying();
        Type tu = to.underlying();
        LLVMTypeRef lt = types.of(to);
        if (org.tinygo4j.frontend.types.Types.identicalIgnoreTags(fu, tu)) {
            // named <-> underlying, and types that differ in struct tags only (at any
            // depth: []struct{F T "tag"} to []struct{F T}): the same representation
            return v;
        }
        boolean fromPtr = isPointer(fu);
        boolean toPtr = isPointer(tu);
        if (fromPtr && toPtr || fu instanceof org.tinygo4j.frontend.types.Interface
                && tu instanceof org.tinygo4j.frontend.types.Interface) {
            return v;
        }
        boolean fromInt = fu instanceof Basic fb0 && fb0.isInteger();
        boolean toInt = tu instanceof Basic tb0 && tb0.isInteger();
        if (fromPtr && toInt) {
            return LLVMBuildPtrToInt(b, v, lt, "");
        }
        if (toPtr && fromInt) {
            return LLVMBuildIntToPtr(b, v, lt, "");
        }
        if (fu instanceof Basic fb && tu instanceof Basic tb && fb.isInteger() && tb.isInteger()) {
            return resize(v, lt, !fb.isUnsigned());
        }
        if (fu instanceof Basic fb && tu instanceof Basic tb && fb.isString() && tb.isString()) {
            return v;
        }
        if (tu instanceof Basic tb && tb.isString() && fu instanceof org.tinygo4j.frontend.types.Slice fs) {
            boolean runes = fs.elem().underlying() instanceof Basic eb && eb.kind() == Basic.Kind.INT32;
            return call(m.runtimeFunction(runes ? RuntimeAbi.STRING_FROM_RUNES : RuntimeAbi.STRING_FROM_BYTES),
                    LLVMBuildExtractValue(b, v, 0, ""),
                    LLVMBuildExtractValue(b, v, 1, ""));
        }
        if (tu instanceof Basic tb && tb.isString() && fu instanceof Basic fb && fb.isInteger()) {
            // A value outside int32 is not a code point: it must become U+FFFD, not wrap into one.
            LLVMValueRef r = resize(v, types.i32, !fb.isUnsigned());
            if (LLVMGetIntTypeWidth(LLVMTypeOf(v)) > 32) {
                LLVMValueRef back = resize(r, LLVMTypeOf(v), true);
                r = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, back, v, ""), r,
                        LLVMConstInt(types.i32, 0xFFFD, 0), "");
            }
            return call(m.runtimeFunction(RuntimeAbi.STRING_FROM_RUNE), r);
        }
        if (fu instanceof Basic fb && fb.isString() && tu instanceof org.tinygo4j.frontend.types.Slice ts) {
            boolean runes = ts.elem().underlying() instanceof Basic eb && eb.kind() == Basic.Kind.INT32;
            LLVMValueRef r = call(m.runtimeFunction(runes ? RuntimeAbi.RUNES_FROM_STRING : RuntimeAbi.BYTES_FROM_STRING),
                    v);
            LLVMValueRef sl = LLVMGetUndef(lt);
            for (int i = 0; i < 3; i++) {
                sl = LLVMBuildInsertValue(b, sl, LLVMBuildExtractValue(b, r, i, ""), i, "");
            }
            return sl;
        }
        if (fu instanceof Basic fb && tu instanceof Basic tb && fb.isComplex() && tb.isComplex()) {
            LLVMTypeRef part = LLVMStructGetTypeAtIndex(lt, 0);
            LLVMValueRef z = LLVMGetUndef(lt);
            z = LLVMBuildInsertValue(b, z, LLVMBuildFPCast(b, LLVMBuildExtractValue(b, v, 0, ""), part, ""), 0, "");
            return LLVMBuildInsertValue(b, z, LLVMBuildFPCast(b, LLVMBuildExtractValue(b, v, 1, ""), part, ""), 1, "");
        }
        if (fu instanceof Basic fb && tu instanceof Basic tb && (fb.isFloat() || tb.isFloat())
                && (fb.isFloat() || fb.isInteger()) && (tb.isFloat() || tb.isInteger())) {
            if (fb.isFloat() && tb.isFloat()) {
                return LLVMBuildFPCast(b, v, lt, "");
            }
            if (fb.isFloat()) {
                return floatToInt(v, lt, !tb.isUnsigned());
            }
            return fb.isUnsigned() ? LLVMBuildUIToFP(b, v, lt, "") : LLVMBuildSIToFP(b, v, lt, "");
        }
        if (fu instanceof org.tinygo4j.frontend.types.Slice && tu instanceof org.tinygo4j.frontend.types.Pointer tp
                && tp.elem().underlying() instanceof org.tinygo4j.frontend.types.Array arr) {
            // (*[n]T)(s): s's array, when it holds at least n elements
            LLVMValueRef len = LLVMBuildExtractValue(b, v, 1, "");
            LLVMValueRef n = LLVMConstInt(types.uintptr, arr.len(), 0);
            checkPanic(LLVMBuildICmp(b, LLVMIntULT, len, n, ""),
                    () -> call(m.runtimeFunction(RuntimeAbi.PANIC_SLICE_TO_ARRAY), len, n));
            return LLVMBuildExtractValue(b, v, 0, "");
        }
        throw new UnsupportedOperationException("conversion from " + from + " to " + to);
    }

    /**
     * A float converted to an integer type, truncating toward zero. Go leaves values out
     * of the type's range to the implementation; ours saturate to the type's minimum or
     * maximum, and NaN gives 0, on every target, through llvm.fptosi.sat/fptoui.sat.
     */
    private LLVMValueRef floatToInt(LLVMValueRef v, LLVMTypeRef lt, boolean signed) {
        LLVMTypeRef ft = LLVMTypeOf(v);
        String name = "llvm.fpto" + (signed ? "s" : "u") + "i.sat.i" + LLVMGetIntTypeWidth(lt) + "."
                + (LLVMGetTypeKind(ft) == LLVMDoubleTypeKind ? "f64" : "f32");
        LLVMValueRef fn = LLVMGetNamedFunction(m.module, name);
        if (fn == null || fn.isNull()) {
            fn = LLVMAddFunction(m.module, name, LLVMFunctionType(lt, LlvmTypes.refs(ft), 1, 0));
        }
        return call(fn, v);
    }

    /** An integer extended (sign or zero) or truncated to type t. */
    LLVMValueRef resize(LLVMValueRef v, LLVMTypeRef t, boolean signed) {
        int from = LLVMGetIntTypeWidth(LLVMTypeOf(v));
        int to = LLVMGetIntTypeWidth(t);
        if (from == to) {
            return v;
        }
        if (from > to) {
            return LLVMBuildTrunc(b, v, t, "");
        }
        return signed ? LLVMBuildSExt(b, v, t, "") : LLVMBuildZExt(b, v, t, "");
    }

    /** Types whose values are one plain pointer; a map or chan is a pointer to a runtime struct. */
    static boolean isPointer(Type u) {
        return u instanceof Pointer || (u instanceof Basic bt && bt.kind() == Basic.Kind.UNSAFE_POINTER)
                || u instanceof org.tinygo4j.frontend.types.MapType
                || u instanceof org.tinygo4j.frontend.types.Chan; // a pointer to the runtime's channel
    }

    static boolean isSigned(Type t) {
        return t.underlying() instanceof Basic bt && bt.isInteger() && !bt.isUnsigned();
    }

    // ---- indexing with bounds checks ----

    private LLVMValueRef indexAddr(Instr.IndexAddr ia) {
        if (ia.x().type().underlying() instanceof org.tinygo4j.frontend.types.Slice st) {
            LLVMValueRef s = operand(ia.x());
            LLVMValueRef idx = boundsCheck(operand(ia.index()), ia.index().type(), LLVMBuildExtractValue(b, s, 1, ""));
            return LLVMBuildInBoundsGEP2(b, types.of(st.elem()), LLVMBuildExtractValue(b, s, 0, ""), refs(idx), 1, "");
        }
        Array arr = (Array) ((Pointer) ia.x().type().underlying()).elem().underlying();
        nilCheck(ia.x());
        LLVMValueRef len = LLVMConstInt(types.intType, arr.len(), 0);
        LLVMValueRef idx = boundsCheck(operand(ia.index()), ia.index().type(), len);
        LLVMValueRef zero = LLVMConstInt(LLVMTypeOf(idx), 0, 0);
        return LLVMBuildInBoundsGEP2(b, types.of(arr), operand(ia.x()), refs(zero, idx), 2, "");
    }

    private LLVMValueRef stringIndex(Instr.StringIndex si) {
        LLVMValueRef s = operand(si.str());
        LLVMValueRef len = LLVMBuildExtractValue(b, s, 1, "");
        LLVMValueRef idx = boundsCheck(operand(si.index()), si.index().type(), len);
        LLVMValueRef data = LLVMBuildExtractValue(b, s, 0, "");
        LLVMValueRef p = LLVMBuildInBoundsGEP2(b, types.i8, data, refs(idx), 1, "");
        return LLVMBuildLoad2(b, types.i8, p, "");
    }

    /**
     * Panics unless 0 <= idx < len (one unsigned comparison, in the wider of the two
     * widths); returns idx in that width for the address computation.
     */
    LLVMValueRef boundsCheck(LLVMValueRef idx, Type idxType, LLVMValueRef len) {
        boolean signed = isSigned(idxType);
        int iw = LLVMGetIntTypeWidth(LLVMTypeOf(idx));
        int lw = LLVMGetIntTypeWidth(LLVMTypeOf(len));
        LLVMTypeRef wide = types.intN(Math.max(iw, lw));
        LLVMValueRef i = resize(idx, wide, signed);
        LLVMValueRef l = resize(len, wide, false);
        LLVMValueRef bad = LLVMBuildICmp(b, LLVMIntUGE, i, l, "");
        if (iw > LLVMGetIntTypeWidth(types.intType)) {
            // an int64 or uint64 on a 32-bit target: the message shows it whole
            checkPanic(bad, () -> call(m.runtimeFunction(RuntimeAbi.PANIC_INDEX64), resize(idx, types.intN(64), signed),
                    resize(len, types.intType, false), LLVMConstInt(types.i1, signed ? 1 : 0, 0)));
            return i;
        }
        checkPanic(bad, () -> call(m.runtimeFunction(signed ? RuntimeAbi.PANIC_INDEX : RuntimeAbi.PANIC_INDEX_UNSIGNED),
                resize(idx, types.intType, signed),
                resize(len, types.intType, false)));
        return i;
    }

    /**
     * Go's nil pointer check before a load, a store or an address computation through
     * the pointer v: explicit on every target, as address 0 is readable memory on
     * WebAssembly and microcontrollers (and on the host it saves a signal handler).
     */
    void nilCheck(Value v) {
        if (mayBeNil(v)) {
            checkPanic(LLVMBuildIsNull(b, operand(v), ""), () -> call(m.runtimeFunction(RuntimeAbi.PANIC_NIL_DEREF)));
        }
    }

    /**
     * Whether an address may be nil: not the address of a variable, nor one computed
     * from a pointer already checked (a field or an array element), nor one converted
     * from unsafe.Pointer or uintptr, which is how the runtime and unsafe code address
     * raw memory (unchecked, as in C).
     */
    private static boolean mayBeNil(Value v) {
        return switch (v) {
            case Instr.Alloc a -> false;
            case Global g -> false;
            case Instr.FieldAddr fa -> false;
            case Instr.IndexAddr ia -> false;
            case Instr.Convert c -> !(c.x().type().underlying() instanceof Basic bt
                    && (bt.kind() == Basic.Kind.UNSAFE_POINTER || bt.kind() == Basic.Kind.UINTPTR));
            default -> true;
        };
    }

    /** Branches to a panic path when failed is true; continues in a fresh block otherwise. */
    void checkPanic(LLVMValueRef failed, Runnable panic) {
        LLVMBasicBlockRef fail = LLVMAppendBasicBlockInContext(m.ctx, llfn, "panic");
        LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(m.ctx, llfn, "cont");
        LLVMBuildCondBr(b, failed, fail, cont);
        LLVMPositionBuilderAtEnd(b, fail);
        panic.run();
        LLVMBuildUnreachable(b);
        LLVMPositionBuilderAtEnd(b, cont);
    }
}
