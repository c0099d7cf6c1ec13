package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.lower.InterfaceLowering.pointerShaped;
import static org.tinygo4j.codegen.lower.LlvmTypes.refs;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.InterfaceTypes;

/**
 * Equality in LLVM: == and != of interfaces, structs and arrays (other operands are
 * Arithmetic's), and the hash of an interface map key, which must agree with it.
 * Values of a static type compare inline, element by element in the order gc uses,
 * and long arrays by a loop. Two interfaces compare through one generated function,
 * interface.equal, that finds the dynamic type by its descriptor as the dispatch
 * functions of InterfaceLowering do; runtime.hashmapHashInterface calls the generated
 * interface.hash. One per module (ModuleLowering.equality).
 */
final class Equality {
    private final ModuleLowering m;
    private final LlvmTypes types;
    private final InterfaceTypes table;
    /** The descriptors and the generated functions that interface.equal and interface.hash share. */
    private final InterfaceLowering iface;

    Equality(ModuleLowering m) {
        this.m = m;
        this.types = m.types;
        this.table = m.program.interfaceTypes();
        this.iface = m.interfaces;
    }

    /** Whether a comparison is lowered here: == and != of interfaces, structs and arrays. */
    static boolean compares(Instr.BinOp op) {
        Type u = op.x().type().underlying();
        return (op.op() == Token.EQL || op.op() == Token.NEQ)
                && (u instanceof Interface || u instanceof org.tinygo4j.frontend.types.Struct
                || u instanceof org.tinygo4j.frontend.types.Array);
    }

    LLVMValueRef compare(FunctionLowering fl, Instr.BinOp op) {
        LLVMValueRef eq;
        if (op.x().type().underlying() instanceof Interface
                && (isNilConst(op.x()) || isNilConst(op.y()))) {
            LLVMValueRef v = fl.operand(isNilConst(op.x()) ? op.y() : op.x());
            eq = LLVMBuildIsNull(fl.b, LLVMBuildExtractValue(fl.b, v, 0, ""), "");
        } else {
            eq = equal(fl.b, op.x().type(), fl.operand(op.x()), fl.operand(op.y()));
        }
        return op.op() == Token.EQL ? eq : LLVMBuildNot(fl.b, eq, "");
    }

    private static boolean isNilConst(org.tinygo4j.ssa.ir.Value v) {
        return v instanceof Const c && c.isZero();
    }

    /** a == b for values of comparable type t (the dynamic check for interfaces may panic). */
    LLVMValueRef equal(LLVMBuilderRef b, Type t, LLVMValueRef x, LLVMValueRef y) {
        Type u = t.underlying();
        switch (u) {
            case Interface i -> {
                return iface.callGenerated(b, equalFn(), LLVMBuildExtractValue(b, x, 0, ""),
                        LLVMBuildExtractValue(b, x, 1, ""), LLVMBuildExtractValue(b, y, 0, ""),
                        LLVMBuildExtractValue(b, y, 1, ""));
            }
            case org.tinygo4j.frontend.types.Struct s -> {
                List<Integer> fields = new ArrayList<>();
                List<Type> fieldTypes = new ArrayList<>();
                for (int i = 0; i < s.fields().size(); i++) {
                    if (!s.fields().get(i).name().equals("_")) {
                        fields.add(i);
                        fieldTypes.add(s.fields().get(i).type());
                    }
                }
                return equalElements(b, fieldTypes, fields, x, y);
            }
            case org.tinygo4j.frontend.types.Array a -> {
                if (a.len() > 64) {
                    return equalLongArray(b, a, x, y);
                }
                List<Integer> indices = new ArrayList<>();
                for (int i = 0; i < a.len(); i++) {
                    indices.add(i);
                }
                return equalElements(b, java.util.Collections.nCopies(indices.size(), a.elem()), indices, x, y);
            }
            case Basic bt when bt.isString() -> {
                LLVMValueRef f = m.runtimeFunction(RuntimeAbi.STRING_EQUAL);
                return LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f, refs(x, y), 2, "");
            }
            case Basic bt when bt.isFloat() -> {
                return floatEqual(b, x, y);
            }
            case Basic bt when bt.isComplex() -> {
                LLVMValueRef re = floatEqual(b, LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, y, 0, ""));
                LLVMValueRef im = floatEqual(b, LLVMBuildExtractValue(b, x, 1, ""), LLVMBuildExtractValue(b, y, 1, ""));
                return LLVMBuildAnd(b, re, im, "");
            }
            default -> {
                return LLVMBuildICmp(b, LLVMIntEQ, x, y, "");
            }
        }
    }

    /**
     * The elements (fields or array elements, of types ts at indices) of x and y all
     * equal, in gc's order, which a program can observe: the elements are compared in
     * order and the comparison stops at the first difference, except that between
     * two elements whose comparison may panic (those holding interfaces), the cheap
     * comparisons (numbers, pointers, string lengths) come first and the string bodies
     * after them. So a difference in any cheap element keeps string bodies unread
     * (Go's fixedbugs/issue8606b.go compares strings whose bytes are unreadable).
     */
    private LLVMValueRef equalElements(LLVMBuilderRef b, List<Type> ts, List<Integer> indices, LLVMValueRef x,
            LLVMValueRef y) {
        LLVMValueRef r = LLVMConstInt(types.i1, 1, 0);
        List<Integer> bodies = new ArrayList<>(); // the strings whose lengths were compared
        for (int k = 0; k < indices.size(); k++) {
            Type t = ts.get(k);
            int i = indices.get(k);
            LLVMValueRef xi = LLVMBuildExtractValue(b, x, i, "");
            LLVMValueRef yi = LLVMBuildExtractValue(b, y, i, "");
            if (holdsInterface(t)) {
                r = stringBodies(b, r, bodies, x, y);
                r = and(b, r, t, () -> equal(b, t, xi, yi));
            } else if (t.underlying() instanceof Basic bt && bt.isString()) {
                r = and(b, r, t, () -> LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildExtractValue(b, xi, 1, ""),
                        LLVMBuildExtractValue(b, yi, 1, ""), ""));
                bodies.add(i);
            } else {
                r = and(b, r, t, () -> equal(b, t, xi, yi));
            }
        }
        return stringBodies(b, r, bodies, x, y);
    }

    /** r && the strings at indices of x and y (of equal lengths) are equal, each compared only if those before were. */
    private LLVMValueRef stringBodies(LLVMBuilderRef b, LLVMValueRef r, List<Integer> indices, LLVMValueRef x,
            LLVMValueRef y) {
        LLVMValueRef f = m.runtimeFunction(RuntimeAbi.STRING_EQUAL);
        for (int i : indices) {
            java.util.function.Supplier<LLVMValueRef> body = () -> LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f,
                    refs(LLVMBuildExtractValue(b, x, i, ""), LLVMBuildExtractValue(b, y, i, "")), 2, "");
            if (LLVMIsAConstantInt(r) != null && !LLVMIsAConstantInt(r).isNull()) {
                r = LLVMConstIntGetZExtValue(r) != 0 ? body.get() : r;
            } else {
                r = iface.onlyIf(b, r, body, LLVMConstInt(types.i1, 0, 0), "streq");
            }
        }
        indices.clear();
        return r;
    }

    /**
     * r && (the next element, of type t, is equal). Go compares the elements of structs
     * and arrays in order and stops at the first difference: an element whose
     * comparison may panic (it holds an interface) is compared only when the ones
     * before it were equal.
     */
    private LLVMValueRef and(LLVMBuilderRef b, LLVMValueRef r, Type t, java.util.function.Supplier<LLVMValueRef> next) {
        if (LLVMIsAConstantInt(r) != null && !LLVMIsAConstantInt(r).isNull()) {
            // known already: all equal so far (the first element), or a difference
            return LLVMConstIntGetZExtValue(r) != 0 ? next.get() : r;
        }
        if (!holdsInterface(t)) {
            return LLVMBuildAnd(b, r, next.get(), "");
        }
        return iface.onlyIf(b, r, next, LLVMConstInt(types.i1, 0, 0), "eq");
    }

    private static boolean holdsInterface(Type t) {
        return switch (t.underlying()) {
            case Interface i -> true;
            case org.tinygo4j.frontend.types.Struct s -> s.fields().stream().anyMatch(f -> holdsInterface(f.type()));
            case org.tinygo4j.frontend.types.Array a -> a.len() > 0 && holdsInterface(a.elem());
            default -> false;
        };
    }

    /**
     * == of long arrays: a loop over the elements in memory (unrolled compares would
     * grow with the length); both values go to entry-block allocas first.
     */
    private LLVMValueRef equalLongArray(LLVMBuilderRef b, org.tinygo4j.frontend.types.Array a, LLVMValueRef x,
            LLVMValueRef y) {
        LLVMTypeRef at = types.of(a);
        LLVMTypeRef et = types.of(a.elem());
        LLVMBasicBlockRef start = LLVMGetInsertBlock(b);
        LLVMValueRef fn = LLVMGetBasicBlockParent(start);
        LLVMValueRef px;
        LLVMValueRef py;
        long size = m.sizeOf(a);
        if (size > m.config.maxStackObject()) {
            // too large for the stack: both copies come from the heap
            LLVMValueRef alloc = m.allocFunction(a);
            LLVMValueRef n = LLVMConstInt(types.uintptr, size, 0);
            px = LLVMBuildCall2(b, LLVMGlobalGetValueType(alloc), alloc, refs(n), 1, "");
            py = LLVMBuildCall2(b, LLVMGlobalGetValueType(alloc), alloc, refs(n), 1, "");
        } else {
            LLVMBuilderRef eb = LLVMCreateBuilderInContext(m.ctx);
            try {
                LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
                LLVMValueRef first = LLVMGetFirstInstruction(entry);
                if (first != null && !first.isNull()) {
                    LLVMPositionBuilderBefore(eb, first);
                } else {
                    LLVMPositionBuilderAtEnd(eb, entry);
                }
                px = LLVMBuildAlloca(eb, at, "");
                py = LLVMBuildAlloca(eb, at, "");
            } finally {
                LLVMDisposeBuilder(eb);
            }
        }
        LLVMBuildStore(b, x, px);
        LLVMBuildStore(b, y, py);
        LLVMBasicBlockRef head = LLVMAppendBasicBlockInContext(m.ctx, fn, "arrayeq.head");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(m.ctx, fn, "arrayeq.body");
        LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(m.ctx, fn, "arrayeq.next");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(m.ctx, fn, "arrayeq.done");
        LLVMBuildBr(b, head);
        LLVMPositionBuilderAtEnd(b, head);
        LLVMValueRef i = LLVMBuildPhi(b, types.uintptr, "");
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, i, LLVMConstInt(types.uintptr, a.len(), 0), ""), body, done);
        LLVMPositionBuilderAtEnd(b, body);
        LLVMValueRef[] idx = {LLVMConstInt(types.uintptr, 0, 0), i};
        LLVMValueRef ex = LLVMBuildLoad2(b, et, LLVMBuildInBoundsGEP2(b, at, px, refs(idx), 2, ""), "");
        LLVMValueRef ey = LLVMBuildLoad2(b, et, LLVMBuildInBoundsGEP2(b, at, py, refs(idx), 2, ""), "");
        LLVMValueRef same = equal(b, a.elem(), ex, ey);
        LLVMBasicBlockRef bodyEnd = LLVMGetInsertBlock(b);
        LLVMBuildCondBr(b, same, next, done);
        LLVMPositionBuilderAtEnd(b, next);
        LLVMValueRef i1 = LLVMBuildAdd(b, i, LLVMConstInt(types.uintptr, 1, 0), "");
        LLVMBuildBr(b, head);
        LLVMAddIncoming(i, refs(LLVMConstInt(types.uintptr, 0, 0), i1), refs(start, next), 2);
        LLVMPositionBuilderAtEnd(b, done);
        LLVMValueRef r = LLVMBuildPhi(b, types.i1, "");
        LLVMAddIncoming(r, refs(LLVMConstInt(types.i1, 1, 0), LLVMConstInt(types.i1, 0, 0)), refs(head, bodyEnd), 2);
        return r;
    }

    /**
     * IEEE equality. On chips without an FPU, fcmp would be a call of a soft-float
     * routine, so there it is done inline on the bits: equal bits that are not a NaN, or
     * two zeros.
     */
    private LLVMValueRef floatEqual(LLVMBuilderRef b, LLVMValueRef x, LLVMValueRef y) {
        if (m.config.hasHardwareFloat()) {
            return LLVMBuildFCmp(b, LLVMRealOEQ, x, y, "");
        }
        boolean dbl = LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMDoubleTypeKind;
        LLVMTypeRef it = types.intN(dbl ? 64 : 32);
        long abs = dbl ? 0x7fffffffffffffffL : 0x7fffffffL;
        long inf = dbl ? 0x7ff0000000000000L : 0x7f800000L;
        LLVMValueRef a = LLVMBuildBitCast(b, x, it, "");
        LLVMValueRef c = LLVMBuildBitCast(b, y, it, "");
        LLVMValueRef notNan = LLVMBuildICmp(b, LLVMIntULE, LLVMBuildAnd(b, a, LLVMConstInt(it, abs, 0), ""),
                LLVMConstInt(it, inf, 0), "");
        LLVMValueRef same = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntEQ, a, c, ""), notNan, "");
        LLVMValueRef zeros = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildAnd(b, LLVMBuildOr(b, a, c, ""),
                LLVMConstInt(it, abs, 0), ""), LLVMConstInt(it, 0, 0), "");
        return LLVMBuildOr(b, same, zeros, "");
    }

    private static boolean comparable(Type t) {
        return switch (t.underlying()) {
            case org.tinygo4j.frontend.types.Slice s -> false;
            case MapType mt -> false;
            case Signature s -> false;
            case org.tinygo4j.frontend.types.Struct s -> s.fields().stream().allMatch(f -> comparable(f.type()));
            case org.tinygo4j.frontend.types.Array a -> comparable(a.elem());
            default -> true;
        };
    }


    /**
     * Whether the dynamic type of an interface value is comparable: false when its
     * typecode is one of the program's converted types that == would panic on (one
     * comparison per such type; programs have few). nil's typecode matches none: true,
     * as == on nil never panics.
     */
    LLVMValueRef comparableValue(LLVMBuilderRef b, LLVMValueRef ifaceValue) {
        LLVMValueRef tc = LLVMBuildExtractValue(b, ifaceValue, 0, "");
        LLVMValueRef uncomparable = LLVMConstInt(types.i1, 0, 0);
        for (InterfaceTypes.Entry e : table.entries()) {
            if (!comparable(e.type())) {
                uncomparable = LLVMBuildOr(b, uncomparable,
                        LLVMBuildICmp(b, LLVMIntEQ, tc, iface.descriptor(e.type()), ""), "");
            }
        }
        return LLVMBuildNot(b, uncomparable, "");
    }

    // ---- generated functions ----

    /** interface.equal(tcA, vA, tcB, vB) bool: same dynamic type and equal values; uncomparable types panic. */
    private LLVMValueRef equalFn() {
        String name = "interface.equal";
        LLVMValueRef fn = iface.generated.get(name);
        if (fn != null) {
            return fn;
        }
        fn = iface.newFunction(name, types.i1, types.ptr, types.ptr, types.ptr, types.ptr);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m.ctx, fn, "entry");
            LLVMBasicBlockRef no = LLVMAppendBasicBlockInContext(m.ctx, fn, "differ");
            LLVMBasicBlockRef same = LLVMAppendBasicBlockInContext(m.ctx, fn, "same");
            LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(m.ctx, fn, "equal");
            LLVMPositionBuilderAtEnd(b, no);
            LLVMBuildRet(b, LLVMConstInt(types.i1, 0, 0));
            LLVMPositionBuilderAtEnd(b, yes);
            LLVMBuildRet(b, LLVMConstInt(types.i1, 1, 0));
            LLVMPositionBuilderAtEnd(b, entry);
            LLVMValueRef tc = LLVMGetParam(fn, 0);
            LLVMValueRef va = LLVMGetParam(fn, 1);
            LLVMValueRef vb = LLVMGetParam(fn, 3);
            LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, tc, LLVMGetParam(fn, 2), ""), same, no);
            LLVMPositionBuilderAtEnd(b, same);
            LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
            LLVMBuildCondBr(b, LLVMBuildIsNull(b, tc, ""), yes, next);
            LLVMPositionBuilderAtEnd(b, next);
            for (InterfaceTypes.Entry e : table.entries()) {
                Type t = e.type();
                LLVMBasicBlockRef is = LLVMAppendBasicBlockInContext(m.ctx, fn, "is");
                next = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
                LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, tc, iface.descriptor(t), ""), is, next);
                LLVMPositionBuilderAtEnd(b, is);
                if (!comparable(t)) {
                    LLVMValueRef panic = m.runtimeFunction(RuntimeAbi.PANIC_UNCOMPARABLE);
                    LLVMBuildCall2(b, LLVMGlobalGetValueType(panic), panic, refs(tc), 1, "");
                    LLVMBuildUnreachable(b);
                } else if (pointerShaped(t)) {
                    LLVMBuildRet(b, LLVMBuildICmp(b, LLVMIntEQ, va, vb, ""));
                } else {
                    LLVMTypeRef lt = types.of(t);
                    LLVMBuildRet(b, equal(b, t, LLVMBuildLoad2(b, lt, va, ""), LLVMBuildLoad2(b, lt, vb, "")));
                }
                LLVMPositionBuilderAtEnd(b, next);
            }
            LLVMBuildUnreachable(b);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }

    /**
     * The body of runtime.hashmapHashInterface: interface.hash(tc, v, h) continues the hash
     * h over an interface value by its dynamic type. The typecode goes in first; then
     * pointer-shaped values hash their word, integers, booleans and strings their
     * contents, and other comparable types (floats, whose -0 must hash like +0, arrays,
     * structs) nothing more, which is coarse but consistent with interface.equal.
     * Uncomparable dynamic types panic as Go's runtime does.
     */
    LLVMValueRef hashCall(LLVMBuilderRef b, LLVMValueRef key, LLVMValueRef h) {
        LLVMValueRef tc = LLVMBuildLoad2(b, types.ptr, key, "");
        LLVMValueRef word = LLVMBuildGEP2(b, types.ptr, key, refs(LLVMConstInt(types.i32, 1, 0)), 1, "");
        LLVMValueRef v = LLVMBuildLoad2(b, types.ptr, word, "");
        return iface.callGenerated(b, hashFn(), tc, v, h);
    }

    private LLVMValueRef hashFn() {
        String name = "interface.hash";
        LLVMValueRef fn = iface.generated.get(name);
        if (fn != null) {
            return fn;
        }
        fn = iface.newFunction(name, types.i32, types.ptr, types.ptr, types.i32);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(m.ctx);
        try {
            LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m.ctx, fn, "entry");
            LLVMPositionBuilderAtEnd(b, entry);
            LLVMValueRef tc = LLVMGetParam(fn, 0);
            LLVMValueRef v = LLVMGetParam(fn, 1);
            LLVMValueRef words = LLVMBuildAlloca(b, types.ptr, "word");
            LLVMValueRef hashBytes = m.runtimeFunction(RuntimeAbi.HASHMAP_HASH_BYTES);
            LLVMValueRef ptrSize = LLVMConstInt(types.uintptr, m.sizeOf(Universe.UNSAFE_POINTER), 0);
            LLVMBuildStore(b, tc, words);
            LLVMValueRef h = iface.callGenerated(b, hashBytes, words, ptrSize, LLVMGetParam(fn, 2));
            LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
            LLVMBasicBlockRef nil = LLVMAppendBasicBlockInContext(m.ctx, fn, "nil");
            LLVMBuildCondBr(b, LLVMBuildIsNull(b, tc, ""), nil, next);
            LLVMPositionBuilderAtEnd(b, nil);
            LLVMBuildRet(b, h);
            LLVMPositionBuilderAtEnd(b, next);
            for (InterfaceTypes.Entry e : table.entries()) {
                Type t = e.type();
                LLVMBasicBlockRef is = LLVMAppendBasicBlockInContext(m.ctx, fn, "is");
                next = LLVMAppendBasicBlockInContext(m.ctx, fn, "next");
                LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, tc, iface.descriptor(t), ""), is, next);
                LLVMPositionBuilderAtEnd(b, is);
                Type u = t.underlying();
                if (!comparable(t)) {
                    LLVMValueRef panic = m.runtimeFunction(RuntimeAbi.PANIC_UNHASHABLE);
                    LLVMBuildCall2(b, LLVMGlobalGetValueType(panic), panic, refs(tc), 1, "");
                    LLVMBuildUnreachable(b);
                } else if (pointerShaped(t)) {
                    LLVMBuildStore(b, v, words);
                    LLVMBuildRet(b, iface.callGenerated(b, hashBytes, words, ptrSize, h));
                } else if (u instanceof Basic bt && (bt.isInteger() || bt.isBoolean())) {
                    LLVMValueRef n = LLVMConstInt(types.uintptr, m.sizeOf(t), 0);
                    LLVMBuildRet(b, iface.callGenerated(b, hashBytes, v, n, h));
                } else if (u instanceof Basic bt && bt.isString()) {
                    LLVMBuildRet(b, iface.callGenerated(b, m.runtimeFunction(RuntimeAbi.HASHMAP_HASH_STRING), v, h));
                } else {
                    LLVMBuildRet(b, h);
                }
                LLVMPositionBuilderAtEnd(b, next);
            }
            LLVMBuildRet(b, h);
        } finally {
            LLVMDisposeBuilder(b);
        }
        return fn;
    }
}
