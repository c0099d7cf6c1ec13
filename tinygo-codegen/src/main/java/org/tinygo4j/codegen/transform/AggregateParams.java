package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.transform.FunctionRewrite.callsIn;
import static org.tinygo4j.codegen.transform.FunctionRewrite.paramTypes;
import static org.tinygo4j.codegen.transform.FunctionRewrite.present;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Passes large aggregates by pointer. The lowering gives a Go parameter of struct or
 * array type an LLVM aggregate parameter, and LLVM's back ends split such a parameter
 * into one machine parameter per scalar it holds: encoding/base64's Encoding (330
 * bytes, whose methods WithPadding and Strict take it by value) became a function of
 * 330 i32 parameters on WebAssembly, with a load and a push for each at every call, and
 * one more than the 255 argument slots a JVM method may have, so that Chicory's compiler
 * made a class the JVM rejects (VerifyError). This pass runs before the optimiser:
 * each parameter whose type holds more than {@link #MAX_SCALARS} scalars (and at most
 * {@link #MAX_BY_POINTER}, or more than {@link #MAX_SPLIT}) becomes a
 * pointer to a copy that the caller makes on its stack just before the call; the
 * callee loads the value at its entry, and the optimiser then reads the fields it uses
 * through the pointer instead ({@link LargeValues} takes that load apart in place when
 * the value is large). A result that {@link LargeValues} counts as large goes the other
 * way: the caller passes the address of a slot as a new first parameter, the callee's
 * returns store into it, and the caller loads the result from it after the call. On AVR
 * so does every aggregate result of more than {@link #AVR_RESULT_BYTES} bytes: the back
 * end would return it through a stack slot of the caller anyway, one for each call and
 * without lifetime markers, so that a function calling five functions that return a
 * time.Time kept five 23-byte slots. The slots made here have markers (the argument
 * copies' from just before the call to just after it, the result's from just before the
 * call to the load just after it, the slot's only other use), so the stack coloring gives
 * the calls of a function one slot between them.
 *
 * <p>A function type is rewritten everywhere or nowhere, since an indirect call of it
 * may reach any function of that type: unless some function of the type is not a
 * definition with internal linkage (an export or an import keeps the ABI its other
 * side expects, and with it every function of its type). A call whose type no
 * function of the module has (reflect's call thunks are made for every signature
 * that reflect could call) is rewritten too.
 */
public final class AggregateParams {
    /** Scalars a parameter may hold and still be passed by value (a string has 2, a slice 3). */
    static final int MAX_SCALARS = 8;
    /**
     * Scalars above which a parameter stays as it was: the copy in the caller and the
     * callee's load of the whole value cost more stack than the split parameters did
     * (Go's fixedbugs/issue51101.go recurses 20 deep with a [1000]int and overflowed the
     * 64 KiB wasm stack with them); the JVM's limit concerns types of 256 to 512.
     */
    static final int MAX_BY_POINTER = 512;
    /**
     * Scalars above which a parameter goes by pointer again: split into that many
     * machine parameters it costs more compile time than any stack it saves (a struct
     * holding a [20000]int32 took 57 s to compile as 20,002 parameters).
     */
    static final int MAX_SPLIT = 4096;
    /**
     * The bytes of a result that AVR's calling convention returns in registers (r18 to
     * r25); a larger aggregate result goes through a slot of the caller.
     */
    static final long AVR_RESULT_BYTES = 8;
    /** The kind of the memory-effects attribute (memory(none) and the like). */
    private static final int MEMORY = LLVMGetEnumAttributeKindForName("memory", 6);

    private final LLVMModuleRef module;
    /** Slots larger than this (bytes) come from the heap (LargeValues.slot). */
    private final long maxStackObject;
    private final LLVMBuilderRef b;
    private final LLVMTypeRef ptr;
    /** llvm.lifetime.start and .end, and their type. */
    private final LLVMValueRef lifetimeStart;
    private final LLVMValueRef lifetimeEnd;
    private final LLVMTypeRef lifetimeType;
    /** The loads at the entry of rewritten functions of their by-pointer parameters (addresses). */
    private final Set<Long> entryLoads = new HashSet<>();
    private final Results results;

    /**
     * Which results go through a slot: those LargeValues counts as large, and aggregates
     * of more than registerBytes bytes (none when negative).
     */
    private record Results(LLVMTargetDataRef layout, long registerBytes) {
        static boolean avr(LLVMModuleRef module) {
            BytePointer triple = LLVMGetTarget(module);
            return present(triple) && triple.getString().startsWith("avr");
        }

        boolean large(LLVMTypeRef t) {
            if (LargeValues.large(t)) {
                return true;
            }
            int kind = LLVMGetTypeKind(t);
            return registerBytes >= 0 && (kind == LLVMStructTypeKind || kind == LLVMArrayTypeKind)
                    && LLVMABISizeOfType(layout, t) > registerBytes;
        }
    }

    private AggregateParams(LLVMModuleRef module, LLVMBuilderRef b, long maxStackObject, Results results) {
        this.results = results;
        this.maxStackObject = maxStackObject;
        this.module = module;
        this.b = b;
        this.ptr = LLVMPointerTypeInContext(LLVMGetModuleContext(module), 0);
        // (an array, never the single-pointer constructor, which casts: TOOLCHAIN.md)
        PointerPointer<LLVMTypeRef> overload = new PointerPointer<>(new LLVMTypeRef[] {ptr});
        String start = "llvm.lifetime.start";
        String end = "llvm.lifetime.end";
        this.lifetimeStart = LLVMGetIntrinsicDeclaration(module, LLVMLookupIntrinsicID(start, start.length()), overload, 1);
        this.lifetimeEnd = LLVMGetIntrinsicDeclaration(module, LLVMLookupIntrinsicID(end, end.length()), overload, 1);
        this.lifetimeType = LLVMGlobalGetValueType(lifetimeStart);
    }

    /**
     * Rewrites the functions and calls of qualifying types; returns the addresses of the
     * loads that read each by-pointer parameter at its function's entry (from the
     * caller's private copy, which nothing else reads or writes).
     */
    public static Set<Long> run(LLVMModuleRef module, long maxStackObject) {
        return run(module, maxStackObject, new Results(LLVMGetModuleDataLayout(module), -1));
    }

    /**
     * After the optimiser, on AVR: gives each aggregate result of more than
     * {@link #AVR_RESULT_BYTES} bytes a slot of the caller with lifetime markers, in
     * place of the back end's slot without them. After the optimiser, so that it changes
     * no inlining (done before it, runtime.divmod64's two-word result through a slot kept
     * it out of line, and timeparse_small.go grew by 1 KB); the calls left are real ones.
     */
    public static void runLate(LLVMModuleRef module) {
        if (Results.avr(module)) {
            run(module, Long.MAX_VALUE, new Results(LLVMGetModuleDataLayout(module), AVR_RESULT_BYTES));
        }
    }

    private static Set<Long> run(LLVMModuleRef module, long maxStackObject, Results results) {
        Set<Long> kept = new HashSet<>();
        List<LLVMValueRef> functions = new ArrayList<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); present(f); f = LLVMGetNextFunction(f)) {
            LLVMTypeRef ft = LLVMGlobalGetValueType(f);
            if (!hasLargeParam(ft, results)) {
                continue;
            }
            boolean internal = LLVMCountBasicBlocks(f) > 0
                    && (LLVMGetLinkage(f) == LLVMInternalLinkage || LLVMGetLinkage(f) == LLVMPrivateLinkage);
            if (internal) {
                functions.add(f);
            } else {
                kept.add(ft.address());
            }
        }
        if (functions.isEmpty() && !anyLargeCall(module, kept, results)) {
            return Set.of();
        }
        LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(module));
        try {
            AggregateParams pass = new AggregateParams(module, b, maxStackObject, results);
            for (LLVMValueRef f = LLVMGetFirstFunction(module); present(f); f = LLVMGetNextFunction(f)) {
                for (LLVMValueRef call : callsIn(f)) {
                    LLVMTypeRef ft = LLVMGetCalledFunctionType(call);
                    if (hasLargeParam(ft, results) && !kept.contains(ft.address()) && !inlineAsm(call)) {
                        pass.rewriteCall(f, call, ft);
                    }
                }
            }
            for (LLVMValueRef f : functions) {
                if (!kept.contains(LLVMGlobalGetValueType(f).address())) {
                    pass.rewriteFunction(f);
                }
            }
            return pass.entryLoads;
        } finally {
            LLVMDisposeBuilder(b);
        }
    }

    private static boolean anyLargeCall(LLVMModuleRef module, Set<Long> kept, Results results) {
        for (LLVMValueRef f = LLVMGetFirstFunction(module); present(f); f = LLVMGetNextFunction(f)) {
            for (LLVMValueRef call : callsIn(f)) {
                LLVMTypeRef ft = LLVMGetCalledFunctionType(call);
                if (hasLargeParam(ft, results) && !kept.contains(ft.address()) && !inlineAsm(call)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some parameter of the function type ft holds more than MAX_SCALARS scalars,
     * or its result goes through a slot ({@link Results}) of the caller whose address is
     * the new first parameter.
     */
    private static boolean hasLargeParam(LLVMTypeRef ft, Results results) {
        if (results.large(LLVMGetReturnType(ft))) {
            return true;
        }
        int n = LLVMCountParamTypes(ft);
        if (n == 0) {
            return false;
        }
        LLVMTypeRef[] params = paramTypes(ft);
        for (LLVMTypeRef t : params) {
            if (large(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean largeResult(LLVMTypeRef ft) {
        return results.large(LLVMGetReturnType(ft));
    }

    private static boolean large(LLVMTypeRef t) {
        int kind = LLVMGetTypeKind(t);
        if (kind != LLVMStructTypeKind && kind != LLVMArrayTypeKind) {
            return false;
        }
        long n = scalars(t);
        return n > MAX_SCALARS && n <= MAX_BY_POINTER || n > MAX_SPLIT;
    }

    /** The scalars an aggregate holds, as a back end splits it (saturating, for huge arrays). */
    static long scalars(LLVMTypeRef t) {
        switch (LLVMGetTypeKind(t)) {
            case LLVMStructTypeKind -> {
                long n = 0;
                for (int i = 0; i < LLVMCountStructElementTypes(t); i++) {
                    n += scalars(LLVMStructGetTypeAtIndex(t, i));
                    if (n > MAX_SPLIT) {
                        return n;
                    }
                }
                return n;
            }
            case LLVMArrayTypeKind -> {
                long len = LLVMGetArrayLength2(t);
                return len == 0 ? 0 : Math.min(len * scalars(LLVMGetElementType(t)), Integer.MAX_VALUE);
            }
            default -> {
                return 1;
            }
        }
    }

    /** The rewritten type: large aggregate parameters become pointers. */
    private LLVMTypeRef pointerType(LLVMTypeRef ft) {
        LLVMTypeRef[] params = paramTypes(ft);
        for (int i = 0; i < params.length; i++) {
            if (large(params[i])) {
                params[i] = ptr;
            }
        }
        LLVMTypeRef result = LLVMGetReturnType(ft);
        if (largeResult(ft)) {
            LLVMTypeRef[] withSlot = new LLVMTypeRef[params.length + 1];
            withSlot[0] = ptr;
            System.arraycopy(params, 0, withSlot, 1, params.length);
            params = withSlot;
            result = LLVMVoidTypeInContext(LLVMGetModuleContext(module));
        }
        return LLVMFunctionType(result, new PointerPointer<>(params), params.length,
                LLVMIsFunctionVarArg(ft));
    }

    private static boolean inlineAsm(LLVMValueRef call) {
        return present(LLVMIsAInlineAsm(LLVMGetCalledValue(call)));
    }

    /** Stores each large argument in a fresh stack slot of the caller and passes its address. */
    private void rewriteCall(LLVMValueRef caller, LLVMValueRef call, LLVMTypeRef ft) {
        LLVMTypeRef[] params = paramTypes(ft);
        boolean sret = largeResult(ft);
        int first = sret ? 1 : 0;
        LLVMValueRef[] args = new LLVMValueRef[params.length + first];
        List<LLVMValueRef> slots = new ArrayList<>();
        LLVMValueRef resultSlot = null;
        if (sret) {
            if (LLVMGetInstructionOpcode(call) != LLVMCall) {
                throw new IllegalStateException("invoke of a function with a large result");
            }
            resultSlot = LargeValues.slot(module, b, LLVMGetReturnType(ft), call, "result", maxStackObject);
            args[0] = resultSlot;
            if (LargeValues.onStack(resultSlot)) {
                LLVMPositionBuilderBefore(b, call);
                lifetime(lifetimeStart, resultSlot, LLVMGetReturnType(ft));
            }
        }
        for (int i = 0; i < params.length; i++) {
            args[i + first] = LLVMGetOperand(call, i);
            if (large(params[i])) {
                LLVMValueRef slot = LargeValues.slot(module, b, params[i], call, "arg.copy", maxStackObject);
                LLVMPositionBuilderBefore(b, call);
                if (LargeValues.onStack(slot)) {
                    lifetime(lifetimeStart, slot, params[i]);
                    slots.add(slot);
                }
                LLVMBuildStore(b, args[i + first], slot);
                args[i + first] = slot;
            }
        }
        LLVMPositionBuilderBefore(b, call);
        LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(call);
        LLVMValueRef callee = LLVMGetCalledValue(call);
        LLVMTypeRef nft = pointerType(ft);
        LLVMValueRef repl = LLVMGetInstructionOpcode(call) == LLVMInvoke
                ? LLVMBuildInvoke2(b, nft, callee, new PointerPointer<>(args), args.length,
                        LLVMGetNormalDest(call), LLVMGetUnwindDest(call), "")
                : LLVMBuildCall2(b, nft, callee, new PointerPointer<>(args), args.length, "");
        LLVMSetInstructionCallConv(repl, LLVMGetInstructionCallConv(call));
        // no tail marker: the callee reads the caller's stack slot
        copyAttributes(call, repl, params, true, sret);
        if (sret) {
            slotAttributes(repl, true);
            // the callee now writes memory (the optimiser may have found it wrote none)
            LLVMRemoveCallSiteEnumAttribute(repl, LLVMAttributeFunctionIndex, MEMORY);
        }
        if (present(loc)) {
            LLVMInstructionSetDebugLoc(repl, loc);
        }
        if (LLVMGetInstructionOpcode(call) == LLVMCall) {
            // the slots' lifetimes end with the call, so that the stack coloring gives
            // the copies of a function's calls one slot between them
            LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(call));
            for (int i = 0; i < slots.size(); i++) {
                lifetime(lifetimeEnd, slots.get(i), LLVMGetAllocatedType(slots.get(i)));
            }
        }
        if (sret) {
            // the result, read from the slot (LargeValues takes this load apart)
            LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(call));
            repl = LLVMBuildLoad2(b, LLVMGetReturnType(ft), resultSlot, "");
            if (LargeValues.onStack(resultSlot)) {
                // the load is the slot's last use: the callee stores its result there and
                // keeps no address of it, and the slot is this call's alone; where
                // LargeValues turns the load into a copy, the copy takes its place
                LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(repl));
                lifetime(lifetimeEnd, resultSlot, LLVMGetReturnType(ft));
            }
        }
        LLVMReplaceAllUsesWith(call, repl);
        LLVMInstructionEraseFromParent(call);
    }

    /** Makes the function of the new type, moves the body over, and loads each large parameter at entry. */
    private void rewriteFunction(LLVMValueRef f) {
        LLVMTypeRef ft = LLVMGlobalGetValueType(f);
        LLVMTypeRef[] params = paramTypes(ft);
        LLVMValueRef nf = FunctionRewrite.withBodyOf(module, f, pointerType(ft));
        boolean sret = largeResult(ft);
        int shift = sret ? 1 : 0;
        copyAttributes(f, nf, params, false, sret);
        if (sret) {
            slotAttributes(nf, false);
            LLVMRemoveEnumAttributeAtIndex(nf, LLVMAttributeFunctionIndex, MEMORY);
        }
        LLVMValueRef first = LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(nf));
        for (int i = 0; i < params.length; i++) {
            LLVMValueRef param = LLVMGetParam(nf, i + shift);
            LLVMValueRef now = param;
            if (large(params[i])) {
                LLVMPositionBuilderBefore(b, first);
                now = LLVMBuildLoad2(b, params[i], param, "");
                entryLoads.add(now.address());
            }
            FunctionRewrite.replaceParam(LLVMGetParam(f, i), param, now);
        }
        if (sret) {
            // return v becomes a store of v in the caller's slot (LargeValues turns the
            // store of a loaded value into a memcpy)
            LLVMValueRef slot = LLVMGetParam(nf, 0);
            List<LLVMValueRef> rets = new ArrayList<>();
            for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(nf); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
                LLVMValueRef t = LLVMGetBasicBlockTerminator(bb);
                if (present(t) && LLVMGetInstructionOpcode(t) == LLVMRet) {
                    rets.add(t);
                }
            }
            for (LLVMValueRef r : rets) {
                LLVMPositionBuilderBefore(b, r);
                LLVMBuildStore(b, LLVMGetOperand(r, 0), slot);
                LLVMValueRef now = LLVMBuildRetVoid(b);
                LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(r);
                if (present(loc)) {
                    LLVMInstructionSetDebugLoc(now, loc);
                }
                LLVMInstructionEraseFromParent(r);
            }
        }
        FunctionRewrite.replace(f, nf);
    }

    /**
     * Marks the result slot (the first parameter) of a function or call noalias and
     * nocapture: each call passes a slot of its own that nothing else reads or writes
     * during the call, and the callee only stores its result there (as the back end's
     * own slot for a result it cannot return in registers was).
     */
    private void slotAttributes(LLVMValueRef v, boolean callSite) {
        for (String name : new String[] {"noalias", "nocapture"}) {
            int kind = LLVMGetEnumAttributeKindForName(name, name.length());
            if (kind == 0) {
                continue; // (not an attribute of this LLVM)
            }
            LLVMAttributeRef a = LLVMCreateEnumAttribute(LLVMGetModuleContext(module), kind, 0);
            if (callSite) {
                LLVMAddCallSiteAttribute(v, 1, a);
            } else {
                LLVMAddAttributeAtIndex(v, 1, a);
            }
        }
    }

    /** A call of llvm.lifetime.start or .end for the stack slot of type t. */
    private void lifetime(LLVMValueRef marker, LLVMValueRef slot, LLVMTypeRef t) {
        FunctionRewrite.lifetime(module, b, lifetimeType, marker, slot, t);
    }

    /**
     * Copies the function, return and parameter attributes of a function or call site,
     * except those of the parameters that became pointers (an aggregate has none).
     */
    private static void copyAttributes(LLVMValueRef from, LLVMValueRef to, LLVMTypeRef[] params, boolean callSite,
            boolean sret) {
        List<Integer> indices = new ArrayList<>(List.of(LLVMAttributeFunctionIndex));
        if (!sret) {
            indices.add(LLVMAttributeReturnIndex); // a void result has none
        }
        for (int i = 0; i < params.length; i++) {
            if (!large(params[i])) {
                indices.add(i + 1);
            }
        }
        int shift = sret ? 1 : 0;
        for (int index : indices) {
            int n = callSite ? LLVMGetCallSiteAttributeCount(from, index) : LLVMGetAttributeCountAtIndex(from, index);
            if (n == 0) {
                continue;
            }
            PointerPointer<LLVMAttributeRef> attrs = new PointerPointer<>(n);
            if (callSite) {
                LLVMGetCallSiteAttributes(from, index, attrs);
            } else {
                LLVMGetAttributesAtIndex(from, index, attrs);
            }
            int at = index > 0 ? index + shift : index; // parameters move up behind the result slot
            for (int k = 0; k < n; k++) {
                LLVMAttributeRef a = attrs.get(LLVMAttributeRef.class, k);
                if (callSite) {
                    LLVMAddCallSiteAttribute(to, at, a);
                } else {
                    LLVMAddAttributeAtIndex(to, at, a);
                }
            }
        }
    }

}
