package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.tinygo4j.codegen.transform.FunctionRewrite.callsIn;
import static org.tinygo4j.codegen.transform.FunctionRewrite.paramTypes;
import static org.tinygo4j.codegen.transform.FunctionRewrite.present;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Keeps arguments off the stack on AVR chips with a 3-byte program counter (avr6: the
 * ATmega2560). Their CALL pushes a 3-byte return address, but LLVM 20's AVR back end
 * places a function's incoming stack arguments as if it had 2 bytes, so a callee reads
 * each of them one byte too low (a method value's bound receiver, for one, came out
 * nil). The convention passes arguments in r25 down to r8, 18 bytes, each rounded up to
 * an even size, in order; the first that does not fit and all after it go on the stack.
 * This pass, after the last optimisation (the calls left are real ones), rewrites every
 * function type whose arguments would not fit: the arguments that do fit with 2 bytes to
 * spare stay, and the rest go into a struct in a stack slot of the caller, whose address
 * is the new last argument; the callee loads them from it at its entry. As in
 * {@link AggregateParams}, a function type is rewritten everywhere or nowhere (an
 * indirect call may reach any function of its type), and not where some function of the
 * type is not an internal definition: an export or an import keeps the ABI its other
 * side expects (the runtime's assembly and the libcalls take few arguments).
 */
public final class StackArguments {
    /** The bytes of argument registers, r25 down to r8. */
    static final long REGISTER_BYTES = 18;
    /** The bytes of a result returned in registers; a larger one takes a hidden pointer argument. */
    static final long RESULT_BYTES = 8;
    /** The kind of the memory-effects attribute: a callee that read no memory reads the slot now. */
    private static final int MEMORY = LLVMGetEnumAttributeKindForName("memory", 6);

    private final LLVMModuleRef module;
    private final LLVMTargetDataRef layout;
    private final LLVMBuilderRef b;
    private final LLVMTypeRef ptr;
    private final LLVMValueRef lifetimeStart;
    private final LLVMValueRef lifetimeEnd;
    private final LLVMTypeRef lifetimeType;

    private StackArguments(LLVMModuleRef module, LLVMBuilderRef b) {
        this.module = module;
        this.b = b;
        this.layout = LLVMGetModuleDataLayout(module);
        this.ptr = LLVMPointerTypeInContext(LLVMGetModuleContext(module), 0);
        // (an array, never the single-pointer constructor, which casts: TOOLCHAIN.md)
        PointerPointer<LLVMTypeRef> overload = new PointerPointer<>(new LLVMTypeRef[] {ptr});
        String start = "llvm.lifetime.start";
        String end = "llvm.lifetime.end";
        this.lifetimeStart = LLVMGetIntrinsicDeclaration(module, LLVMLookupIntrinsicID(start, start.length()), overload, 1);
        this.lifetimeEnd = LLVMGetIntrinsicDeclaration(module, LLVMLookupIntrinsicID(end, end.length()), overload, 1);
        this.lifetimeType = LLVMGlobalGetValueType(lifetimeStart);
    }

    /** Rewrites the functions and calls whose arguments would go on the stack; returns how many functions. */
    public static int run(LLVMModuleRef module) {
        LLVMTargetDataRef layout = LLVMGetModuleDataLayout(module);
        Set<Long> kept = new HashSet<>();
        List<LLVMValueRef> functions = new ArrayList<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); present(f); f = LLVMGetNextFunction(f)) {
            LLVMTypeRef ft = LLVMGlobalGetValueType(f);
            if (kept(ft, layout) < 0) {
                continue;
            }
            boolean internal = LLVMCountBasicBlocks(f) > 0 && LLVMIsFunctionVarArg(ft) == 0
                    && (LLVMGetLinkage(f) == LLVMInternalLinkage || LLVMGetLinkage(f) == LLVMPrivateLinkage);
            if (internal) {
                functions.add(f);
            } else {
                kept.add(ft.address());
            }
        }
        LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(module));
        try {
            StackArguments pass = new StackArguments(module, b);
            for (LLVMValueRef f = LLVMGetFirstFunction(module); present(f); f = LLVMGetNextFunction(f)) {
                for (LLVMValueRef call : callsIn(f)) {
                    LLVMTypeRef ft = LLVMGetCalledFunctionType(call);
                    if (LLVMGetInstructionOpcode(call) == LLVMCall && kept(ft, layout) >= 0 && !kept.contains(ft.address())
                            && !present(LLVMIsAInlineAsm(LLVMGetCalledValue(call)))) {
                        pass.rewriteCall(f, call, ft);
                    }
                }
            }
            int n = 0;
            for (LLVMValueRef f : functions) {
                if (!kept.contains(LLVMGlobalGetValueType(f).address())) {
                    pass.rewriteFunction(f);
                    n++;
                }
            }
            return n;
        } finally {
            LLVMDisposeBuilder(b);
        }
    }

    /**
     * How many leading arguments of the function type stay when some would go on the
     * stack (they fit in the registers with 2 bytes left for the struct's address), or
     * -1 when all fit.
     */
    static int kept(LLVMTypeRef ft, LLVMTargetDataRef layout) {
        long budget = REGISTER_BYTES;
        LLVMTypeRef result = LLVMGetReturnType(ft);
        if (LLVMGetTypeKind(result) != LLVMVoidTypeKind && LLVMStoreSizeOfType(layout, result) > RESULT_BYTES) {
            budget -= 2;
        }
        LLVMTypeRef[] params = paramTypes(ft);
        long used = 0;
        int fits = -1;
        for (int i = 0; i < params.length; i++) {
            used += (LLVMStoreSizeOfType(layout, params[i]) + 1) & ~1L;
            if (used > budget) {
                return Math.max(fits, 0);
            }
            if (used + 2 <= budget) {
                fits = i + 1;
            }
        }
        return -1;
    }

    /** The struct of the arguments from index k on. */
    private LLVMTypeRef packed(LLVMTypeRef[] params, int k) {
        LLVMTypeRef[] rest = Arrays.copyOfRange(params, k, params.length);
        return LLVMStructTypeInContext(LLVMGetModuleContext(module), new PointerPointer<>(rest), rest.length, 0);
    }

    /** The rewritten type: the first k arguments, then the struct's address. */
    private LLVMTypeRef rewrittenType(LLVMTypeRef ft, int k) {
        LLVMTypeRef[] params = Arrays.copyOf(paramTypes(ft), k + 1);
        params[k] = ptr;
        return LLVMFunctionType(LLVMGetReturnType(ft), new PointerPointer<>(params), params.length, 0);
    }

    /** Stores the arguments from k on in a slot at the caller's entry and passes its address. */
    private void rewriteCall(LLVMValueRef caller, LLVMValueRef call, LLVMTypeRef ft) {
        LLVMTypeRef[] params = paramTypes(ft);
        int k = kept(ft, layout);
        LLVMTypeRef st = packed(params, k);
        LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(caller);
        LLVMPositionBuilderBefore(b, LLVMGetFirstInstruction(entry));
        LLVMValueRef slot = LLVMBuildAlloca(b, st, "args");
        LLVMPositionBuilderBefore(b, call);
        lifetime(lifetimeStart, slot, st);
        LLVMValueRef[] args = new LLVMValueRef[k + 1];
        for (int i = 0; i < params.length; i++) {
            LLVMValueRef arg = LLVMGetOperand(call, i);
            if (i < k) {
                args[i] = arg;
            } else {
                LLVMBuildStore(b, arg, LLVMBuildStructGEP2(b, st, slot, i - k, ""));
            }
        }
        args[k] = slot;
        LLVMValueRef repl = LLVMBuildCall2(b, rewrittenType(ft, k), LLVMGetCalledValue(call),
                new PointerPointer<>(args), args.length, "");
        LLVMSetInstructionCallConv(repl, LLVMGetInstructionCallConv(call));
        // no tail marker: the callee reads the caller's slot
        copyAttributes(call, repl, k, true);
        LLVMRemoveCallSiteEnumAttribute(repl, LLVMAttributeFunctionIndex, MEMORY);
        LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(call);
        if (present(loc)) {
            LLVMInstructionSetDebugLoc(repl, loc);
        }
        LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(call));
        lifetime(lifetimeEnd, slot, st);
        LLVMReplaceAllUsesWith(call, repl);
        LLVMInstructionEraseFromParent(call);
    }

    /** Makes the function of the new type, moves the body over and loads the packed arguments at its entry. */
    private void rewriteFunction(LLVMValueRef f) {
        LLVMTypeRef ft = LLVMGlobalGetValueType(f);
        LLVMTypeRef[] params = paramTypes(ft);
        int k = kept(ft, layout);
        LLVMValueRef nf = FunctionRewrite.withBodyOf(module, f, rewrittenType(ft, k));
        copyAttributes(f, nf, k, false);
        LLVMRemoveEnumAttributeAtIndex(nf, LLVMAttributeFunctionIndex, MEMORY);
        LLVMPositionBuilderBefore(b, LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(nf)));
        LLVMTypeRef st = packed(params, k);
        LLVMValueRef slot = LLVMGetParam(nf, k);
        for (int i = 0; i < params.length; i++) {
            LLVMValueRef now = i < k ? LLVMGetParam(nf, i)
                    : LLVMBuildLoad2(b, params[i], LLVMBuildStructGEP2(b, st, slot, i - k, ""), "");
            FunctionRewrite.replaceParam(LLVMGetParam(f, i), now, now);
        }
        FunctionRewrite.replace(f, nf);
    }

    /** A call of llvm.lifetime.start or .end for the stack slot of type t. */
    private void lifetime(LLVMValueRef marker, LLVMValueRef slot, LLVMTypeRef t) {
        FunctionRewrite.lifetime(module, b, lifetimeType, marker, slot, t);
    }

    /**
     * Copies the function and return attributes of a function or call site and those of
     * its first k parameters (the packed ones lose theirs: the optimiser is done).
     */
    private static void copyAttributes(LLVMValueRef from, LLVMValueRef to, int k, boolean callSite) {
        List<Integer> indices = new ArrayList<>(List.of(LLVMAttributeFunctionIndex, LLVMAttributeReturnIndex));
        for (int i = 0; i < k; i++) {
            indices.add(i + 1);
        }
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
            for (int i = 0; i < n; i++) {
                LLVMAttributeRef a = attrs.get(LLVMAttributeRef.class, i);
                if (callSite) {
                    LLVMAddCallSiteAttribute(to, index, a);
                } else {
                    LLVMAddAttributeAtIndex(to, index, a);
                }
            }
        }
    }
}
