package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Slice;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Slices as {ptr, len, cap} (lengths in uintptr width): make, slicing of slices,
 * arrays and strings with Go's bounds rules, append and copy through the runtime.
 */
final class Slices {
    private final FunctionLowering fl;
    private final LLVMBuilderRef b;
    private final LlvmTypes types;

    Slices(FunctionLowering fl) {
        this.fl = fl;
        this.b = fl.b;
        this.types = fl.types;
    }

    private LLVMValueRef word(Value v) {
        return fl.resize(fl.operand(v), types.uintptr, FunctionLowering.isSigned(v.type()));
    }

    /** v extended to 64 bits as its type says. */
    private LLVMValueRef wide(Value v) {
        return fl.resize(fl.operand(v), types.intN(64), FunctionLowering.isSigned(v.type()));
    }

    private LLVMValueRef slice(LLVMTypeRef t, LLVMValueRef ptr, LLVMValueRef len, LLVMValueRef cap) {
        LLVMValueRef s = LLVMGetUndef(t);
        s = LLVMBuildInsertValue(b, s, ptr, 0, "");
        s = LLVMBuildInsertValue(b, s, len, 1, "");
        return LLVMBuildInsertValue(b, s, cap, 2, "");
    }

    private int ptrBits() {
        return 8 * fl.m.program.sizes().ptrSize();
    }

    /** The largest int of the target (int is as wide as a pointer). */
    private long maxInt() {
        return ptrBits() == 64 ? Long.MAX_VALUE : (1L << (ptrBits() - 1)) - 1;
    }

    private long elemSize(Type elem) {
        return fl.m.sizeOf(elem);
    }

    /**
     * make([]T, len, cap): checks the sizes as Go does, then allocates zeroed memory. A
     * length or capacity is out of range when negative (a huge unsigned value here),
     * above the largest int, or when that many elements would exceed Go's largest
     * allocation (1<<48 bytes on 64-bit targets, the address space on smaller ones);
     * a length above the capacity is out of range too. Go names the length when the
     * length alone is at fault, the capacity otherwise.
     */
    LLVMValueRef make(Instr.MakeSlice ms) {
        Type elem = ((Slice) ms.type().underlying()).elem();
        LLVMValueRef len = word(ms.len());
        LLVMValueRef cap = word(ms.cap());
        int ptrBits = ptrBits();
        long maxAlloc = ptrBits == 64 ? 1L << 48 : (1L << ptrBits) - 1;
        long maxInt = maxInt();
        long elemBytes = elemSize(elem); // zero-sized elements take no memory: only int bounds them
        LLVMValueRef maxCount = LLVMConstInt(types.uintptr,
                elemBytes == 0 ? maxInt : Math.min(maxAlloc / elemBytes, maxInt), 0);
        LLVMValueRef badLen = LLVMBuildOr(b, LLVMBuildICmp(b, LLVMIntUGT, len, maxCount, ""),
                outOfInt(ms.len(), maxInt), "");
        LLVMValueRef badCap = LLVMBuildOr(b, LLVMBuildICmp(b, LLVMIntUGT, cap, maxCount, ""),
                outOfInt(ms.cap(), maxInt), "");
        badCap = LLVMBuildOr(b, badCap, LLVMBuildICmp(b, LLVMIntUGT, len, cap, ""), "");
        LLVMValueRef bad = LLVMBuildOr(b, badLen, badCap, "");
        fl.checkPanic(bad, () -> fl.call(fl.m.runtimeFunction(RuntimeAbi.PANIC_MAKE_SLICE), badLen));
        LLVMValueRef bytes = LLVMBuildMul(b, cap, LLVMConstInt(types.uintptr, elemBytes, 0), "");
        LLVMValueRef ptr = fl.call(fl.m.allocFunction(elem), bytes);
        return slice(types.of(ms.type()), ptr, len, cap);
    }

    /**
     * unsafe.Slice(ptr, len): a slice of len elements at ptr, checked as Go does: len
     * must be a non-negative int, and len elements must fit between ptr and the end of
     * the address space (which a nil ptr with a non-zero len does not).
     */
    LLVMValueRef unsafeSlice(Instr.BuiltinCall bc) {
        Type elem = ((Slice) bc.type().underlying()).elem();
        Value n = bc.args().get(1);
        LLVMValueRef ptr = fl.operand(bc.args().get(0));
        LLVMValueRef len = word(n);
        long maxInt = maxInt();
        long elemBytes = elemSize(elem);
        // (a negative len, sign-extended to a word, is above the largest int too)
        LLVMValueRef badLen = LLVMBuildOr(b, outOfInt(n, maxInt),
                LLVMBuildICmp(b, LLVMIntUGT, len, LLVMConstInt(types.uintptr, maxInt, 0), ""), "");
        LLVMValueRef tooLong = LLVMConstInt(types.i1, 0, 0);
        if (elemBytes > 0) {
            // len*size overflows a word, or runs past the end of the address space
            LLVMValueRef maxCount = LLVMConstInt(types.uintptr, Long.divideUnsigned(-1L >>> (64 - ptrBits()), elemBytes), 0);
            LLVMValueRef mem = LLVMBuildMul(b, len, LLVMConstInt(types.uintptr, elemBytes, 0), "");
            LLVMValueRef room = LLVMBuildNeg(b, LLVMBuildPtrToInt(b, ptr, types.uintptr, ""), "");
            tooLong = LLVMBuildOr(b, LLVMBuildICmp(b, LLVMIntUGT, len, maxCount, ""),
                    LLVMBuildICmp(b, LLVMIntUGT, mem, room, ""), "");
        }
        LLVMValueRef nilPtr = LLVMBuildAnd(b, LLVMBuildNot(b, badLen, ""), LLVMBuildIsNull(b, ptr, ""), "");
        fl.checkPanic(LLVMBuildOr(b, badLen, tooLong, ""),
                () -> fl.call(fl.m.runtimeFunction(RuntimeAbi.PANIC_UNSAFE_SLICE), nilPtr));
        return slice(types.of(bc.type()), ptr, len, len);
    }

    /**
     * Whether a size is negative or, when its type is wider than a word (an int64 on a
     * 32-bit target), above the largest int: the word it is cut to would hide that.
     */
    private LLVMValueRef outOfInt(Value v, long maxInt) {
        LLVMValueRef x = fl.operand(v);
        LLVMTypeRef t = LLVMTypeOf(x);
        if (LLVMGetIntTypeWidth(t) <= LLVMGetIntTypeWidth(types.uintptr)) {
            return negative(v);
        }
        // a negative value is a huge unsigned one
        return LLVMBuildICmp(b, LLVMIntUGT, x, LLVMConstInt(t, maxInt, 0), "");
    }

    /** Whether an index wider than a word (an int64 or uint64 on a 32-bit target) does not fit in one. */
    private LLVMValueRef beyondWord(Value v) {
        LLVMValueRef x = fl.operand(v);
        LLVMTypeRef t = LLVMTypeOf(x);
        int w = LLVMGetIntTypeWidth(types.uintptr);
        if (LLVMGetIntTypeWidth(t) <= w) {
            return LLVMConstInt(types.i1, 0, 0);
        }
        long limit = FunctionLowering.isSigned(v.type()) ? (1L << (w - 1)) - 1 : (1L << w) - 1;
        return LLVMBuildICmp(b, LLVMIntUGT, x, LLVMConstInt(t, limit, 0), "");
    }

    private LLVMValueRef negative(Value v) {
        LLVMValueRef x = fl.operand(v);
        if (!FunctionLowering.isSigned(v.type())) {
            return LLVMConstInt(types.i1, 0, 0);
        }
        return LLVMBuildICmp(b, LLVMIntSLT, x, LLVMConstInt(LLVMTypeOf(x), 0, 0), "");
    }

    /** x[low:high:max] of a slice, a pointer to an array, or a string. */
    LLVMValueRef slice(Instr.Slice sl) {
        Type xt = sl.x().type().underlying();
        LLVMValueRef x = fl.operand(sl.x());
        LLVMValueRef ptr;
        LLVMValueRef len;
        LLVMValueRef cap;
        Type elem;
        boolean string = xt instanceof Basic bt && bt.isString();
        if (xt instanceof Slice st) {
            ptr = LLVMBuildExtractValue(b, x, 0, "");
            len = LLVMBuildExtractValue(b, x, 1, "");
            cap = LLVMBuildExtractValue(b, x, 2, "");
            elem = st.elem();
        } else if (string) {
            ptr = LLVMBuildExtractValue(b, x, 0, "");
            len = LLVMBuildExtractValue(b, x, 1, "");
            cap = len;
            elem = org.tinygo4j.frontend.types.Universe.BYTE;
        } else {
            Array arr = (Array) ((Pointer) xt).elem().underlying();
            fl.nilCheck(sl.x()); // slicing a nil array pointer panics, as Go's does
            ptr = x;
            len = LLVMConstInt(types.uintptr, arr.len(), 0);
            cap = len;
            elem = arr.elem();
        }
        LLVMValueRef low = sl.low() == null ? LLVMConstInt(types.uintptr, 0, 0) : word(sl.low());
        LLVMValueRef high = sl.high() == null ? len : word(sl.high());
        LLVMValueRef max = sl.max() == null ? cap : word(sl.max());
        // 0 <= low <= high <= max <= cap; a negative bound is a huge unsigned value.
        LLVMValueRef bad = LLVMBuildICmp(b, LLVMIntUGT, low, high, "");
        bad = LLVMBuildOr(b, bad, LLVMBuildICmp(b, LLVMIntUGT, high, max, ""), "");
        bad = LLVMBuildOr(b, bad, LLVMBuildICmp(b, LLVMIntUGT, max, cap, ""), "");
        for (Value v : new Value[] {sl.low(), sl.high(), sl.max()}) {
            if (v != null) {
                bad = LLVMBuildOr(b, bad, negative(v), "");
                bad = LLVMBuildOr(b, bad, beyondWord(v), "");
            }
        }
        int flags = (sl.max() != null ? 1 : 0) | (xt instanceof Slice ? 0 : 2);
        Value[] idx = {sl.low(), sl.high(), sl.max()};
        for (int i = 0; i < 3; i++) {
            if (idx[i] != null && FunctionLowering.isSigned(idx[i].type())) {
                flags |= 4 << i;
            }
        }
        int panicFlags = flags;
        boolean wide = false;
        for (Value v : idx) {
            // wider than int (not uintptr: the AVR's int is 32 bits, its uintptr 16)
            wide |= v != null && LLVMGetIntTypeWidth(LLVMTypeOf(fl.operand(v))) > LLVMGetIntTypeWidth(types.intType);
        }
        if (wide) {
            // an int64 or uint64 index on a 32-bit target: the message shows it whole
            LLVMTypeRef i64 = types.intN(64);
            LLVMValueRef[] whole = {
                sl.low() == null ? LLVMConstInt(i64, 0, 0) : wide(sl.low()),
                sl.high() == null ? fl.resize(len, i64, false) : wide(sl.high()),
                sl.max() == null ? fl.resize(cap, i64, false) : wide(sl.max())};
            // in memory: the AVR would pass the last of three 64-bit arguments on the stack
            fl.checkPanic(bad, () -> {
                LLVMTypeRef at = LLVMArrayType2(i64, 3);
                LLVMValueRef slot = fl.entryAlloca(at, "bounds");
                for (int i = 0; i < 3; i++) {
                    LLVMValueRef zero = LLVMConstInt(types.intType, 0, 0);
                    LLVMValueRef field = LLVMBuildInBoundsGEP2(b, at, slot, refs(zero, LLVMConstInt(types.intType, i, 0)),
                            2, "");
                    LLVMBuildStore(b, whole[i], field);
                }
                fl.call(fl.m.runtimeFunction(RuntimeAbi.PANIC_SLICE64), LLVMConstInt(types.i8, panicFlags, 0), cap, slot);
            });
        } else {
            fl.checkPanic(bad, () -> fl.call(fl.m.runtimeFunction(RuntimeAbi.PANIC_SLICE), low, high, max, cap,
                    LLVMConstInt(types.i8, panicFlags, 0)));
        }
        LLVMValueRef newLen = LLVMBuildSub(b, high, low, "");
        LLVMValueRef newCap = string ? newLen : LLVMBuildSub(b, max, low, "");
        LLVMValueRef offset = low;
        if (sl.low() != null && !(sl.low() instanceof Const c && c.isZero())) {
            // An empty result keeps the old base, as gc's does, rather than point one past
            // the end of the object (into the next one).
            LLVMValueRef empty = LLVMBuildICmp(b, LLVMIntEQ, newCap, LLVMConstInt(types.uintptr, 0, 0), "");
            offset = LLVMBuildSelect(b, empty, LLVMConstInt(types.uintptr, 0, 0), low, "");
        }
        LLVMValueRef base = LLVMBuildGEP2(b, types.of(elem), ptr, refs(offset), 1, "");
        if (string) {
            LLVMValueRef s = LLVMGetUndef(types.string);
            s = LLVMBuildInsertValue(b, s, base, 0, "");
            return LLVMBuildInsertValue(b, s, newLen, 1, "");
        }
        return slice(types.of(sl.type()), base, newLen, newCap);
    }

    /** append(s, add...) through runtime.sliceAppend, which grows the backing array when needed. */
    LLVMValueRef append(Instr.BuiltinCall bc) {
        Type elem = ((Slice) bc.type().underlying()).elem();
        LLVMValueRef s = fl.operand(bc.args().get(0));
        LLVMValueRef add = fl.operand(bc.args().get(1));
        LLVMValueRef r = fl.call(fl.m.runtimeFunction(RuntimeAbi.SLICE_APPEND),
                LLVMBuildExtractValue(b, s, 0, ""), LLVMBuildExtractValue(b, s, 1, ""),
                LLVMBuildExtractValue(b, s, 2, ""), LLVMBuildExtractValue(b, add, 0, ""),
                LLVMBuildExtractValue(b, add, 1, ""), LLVMConstInt(types.uintptr, appendElemSize(elem), 0));
        return slice(types.of(bc.type()), LLVMBuildExtractValue(b, r, 0, ""), LLVMBuildExtractValue(b, r, 1, ""),
                LLVMBuildExtractValue(b, r, 2, ""));
    }

    /** sliceAppend's element size, with the top bit set when elements hold no pointers. */
    private long appendElemSize(Type elem) {
        long size = elemSize(elem);
        if (!ModuleLowering.hasPointers(elem)) {
            size |= 1L << (8 * fl.m.program.sizes().ptrSize() - 1);
        }
        return size;
    }

    /**
     * copy(dst, src), src possibly a string: min of the lengths, then llvm.memmove. The
     * intrinsic (unlike a runtime call) tells LLVM that neither pointer is captured, so
     * copying into a local array leaves it eligible for the stack.
     */
    LLVMValueRef copy(Instr.BuiltinCall bc) {
        Type elem = ((Slice) bc.args().get(0).type().underlying()).elem();
        LLVMValueRef dst = fl.operand(bc.args().get(0));
        LLVMValueRef src = fl.operand(bc.args().get(1));
        LLVMValueRef dstLen = LLVMBuildExtractValue(b, dst, 1, "");
        LLVMValueRef srcLen = LLVMBuildExtractValue(b, src, 1, "");
        LLVMValueRef n = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntULT, srcLen, dstLen, ""), srcLen, dstLen, "copy.n");
        LLVMValueRef bytes = LLVMBuildMul(b, n, LLVMConstInt(types.uintptr, elemSize(elem), 0), "copy.bytes");
        if (fl.m.readsFlash(bc)) {
            // from a table in program memory (ReadOnlyData.programMemory)
            fl.call(fl.m.flashCopy(), LLVMBuildExtractValue(b, dst, 0, ""),
                    fl.m.flashPointer(b, LLVMBuildExtractValue(b, src, 0, "")), bytes);
        } else {
            LLVMBuildMemMove(b, LLVMBuildExtractValue(b, dst, 0, ""), 1, LLVMBuildExtractValue(b, src, 0, ""), 1,
                    bytes);
        }
        return fl.resize(n, types.intType, true);
    }
}
