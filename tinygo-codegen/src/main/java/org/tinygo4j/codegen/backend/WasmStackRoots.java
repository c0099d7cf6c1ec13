package org.tinygo4j.codegen.backend;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMUseRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Makes the values that wasm keeps in locals visible to the conservative collector. A
 * WebAssembly function's locals live outside linear memory, where the collector's scan
 * of the stack cannot see them; a value that stays live across a call (which may
 * allocate and so collect) would be missed. After the last optimisation, this pass
 * gives every such value that could hold a pointer (pointers, integers of 32 bits or
 * more, aggregates of them) a slot of its own in the function's frame, an alloca,
 * which the WebAssembly back end keeps in the linear-memory stack, and stores the value
 * there, with a volatile store that nothing removes, right after it is defined. A
 * slot keeps the last value stored, which is the one still live: SSA values are
 * defined once per execution, and a value from an earlier loop iteration can only
 * stay live through a phi, which has its own slot. The collector scans the
 * linear-memory stack from the stack pointer to its top, and so sees them all.
 *
 * <p>"Live across a call" is over-approximated, as it only has to be safe: a value is
 * spilled when one of its uses is in another block (or a phi), or in its own block
 * after a call. Calls of LLVM intrinsics and inline assembly do not count.
 */
final class WasmStackRoots {
    private WasmStackRoots() {
    }

    /** Spills the values of every function; returns how many values got a slot. */
    static int run(LLVMModuleRef module) {
        int spilled = 0;
        LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(module));
        try {
            for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
                if (LLVMCountBasicBlocks(fn) > 0 && hasCall(fn)) {
                    spilled += spill(b, fn);
                }
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return spilled;
    }

    private static int spill(LLVMBuilderRef b, LLVMValueRef fn) {
        List<LLVMValueRef> values = new ArrayList<>();
        LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
        for (int i = 0; i < LLVMCountParams(fn); i++) {
            LLVMValueRef p = LLVMGetParam(fn, i);
            if (mayHoldPointer(LLVMTypeOf(p)) && liveAcrossCall(p, entry, null)) {
                values.add(p);
            }
        }
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                if (present(LLVMIsAAllocaInst(in)) || !mayHoldPointer(LLVMTypeOf(in))) {
                    continue;
                }
                if (liveAcrossCall(in, bb, in)) {
                    values.add(in);
                }
            }
        }
        if (values.isEmpty()) {
            return 0;
        }
        LLVMValueRef firstEntry = LLVMGetFirstInstruction(entry);
        for (LLVMValueRef v : values) {
            LLVMPositionBuilderBefore(b, firstEntry);
            LLVMValueRef slot = LLVMBuildAlloca(b, LLVMTypeOf(v), "gc.root");
            positionAfterDefinition(b, v, entry);
            LLVMValueRef store = LLVMBuildStore(b, v, slot);
            LLVMSetVolatile(store, 1);
        }
        clearTailMarkers(fn);
        return values.size();
    }

    /** Right after v's definition: after the phis of its block, or in the entry block after the allocas. */
    private static void positionAfterDefinition(LLVMBuilderRef b, LLVMValueRef v, LLVMBasicBlockRef entry) {
        LLVMValueRef at;
        if (present(LLVMIsAArgument(v))) {
            at = LLVMGetFirstInstruction(entry);
        } else {
            at = LLVMGetNextInstruction(v);
        }
        while (present(at) && (present(LLVMIsAPHINode(at)) || present(LLVMIsAAllocaInst(at)))) {
            at = LLVMGetNextInstruction(at);
        }
        LLVMPositionBuilderBefore(b, at);
    }

    /** Whether a use of v may come after a call, counting from def in block bb (def null: the block's start). */
    private static boolean liveAcrossCall(LLVMValueRef v, LLVMBasicBlockRef bb, LLVMValueRef def) {
        for (LLVMUseRef u = LLVMGetFirstUse(v); present(u); u = LLVMGetNextUse(u)) {
            LLVMValueRef user = LLVMGetUser(u);
            if (!present(LLVMIsAInstruction(user))) {
                return true;
            }
            if (present(LLVMIsAPHINode(user)) || !LLVMGetInstructionParent(user).equals(bb)) {
                return true;
            }
            LLVMValueRef in = def == null ? LLVMGetFirstInstruction(bb) : LLVMGetNextInstruction(def);
            for (; present(in) && !in.equals(user); in = LLVMGetNextInstruction(in)) {
                if (isCall(in)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasCall(LLVMValueRef fn) {
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                if (isCall(in)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A call that may reach the collector: anything but an LLVM intrinsic or inline assembly. */
    private static boolean isCall(LLVMValueRef in) {
        if (!present(LLVMIsACallInst(in))) {
            return false;
        }
        LLVMValueRef callee = LLVMGetCalledValue(in);
        if (present(LLVMIsAInlineAsm(callee))) {
            return false;
        }
        return !(present(LLVMIsAFunction(callee)) && LLVMGetIntrinsicID(callee) != 0);
    }

    /** Pointers, integers wide enough for one (wasm32: 32 bits; 64 may pack two), and aggregates of them. */
    static boolean mayHoldPointer(LLVMTypeRef t) {
        return switch (LLVMGetTypeKind(t)) {
            case LLVMPointerTypeKind -> true;
            case LLVMIntegerTypeKind -> LLVMGetIntTypeWidth(t) >= 32;
            case LLVMStructTypeKind -> {
                for (int i = 0; i < LLVMCountStructElementTypes(t); i++) {
                    if (mayHoldPointer(LLVMStructGetTypeAtIndex(t, i))) {
                        yield true;
                    }
                }
                yield false;
            }
            case LLVMArrayTypeKind, LLVMVectorTypeKind -> mayHoldPointer(LLVMGetElementType(t));
            default -> false;
        };
    }

    private static void clearTailMarkers(LLVMValueRef fn) {
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                if (present(LLVMIsACallInst(in)) && LLVMIsTailCall(in) != 0) {
                    LLVMSetTailCall(in, 0);
                }
            }
        }
    }

    private static boolean present(Pointer p) {
        return p != null && !p.isNull();
    }
}
