package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
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
 * <p>Only calls that may reach the collector count ({@link #collecting}): while the
 * collector runs, every frame on the wasm stack is stopped at such a call, so a value
 * live only across other calls is never live in a stopped frame. A function without
 * such a call gets no slots at all.
 *
 * <p>"Live across a call" is over-approximated, as it only has to be safe: a value is
 * spilled when one of its uses is in another block (or a phi), or in its own block
 * after a collecting call.
 */
public final class WasmStackRoots {
    private WasmStackRoots() {
    }

    /** The module's WASI imports: host functions that never call back into the module. */
    private static final String WASI_MODULE = "wasi_snapshot_preview1";

    /** The addresses of the functions whose calls may reach the collector. */
    private final Set<Long> collecting = new HashSet<>();

    private WasmStackRoots(LLVMModuleRef module, String collector) {
        LLVMValueRef gc = LLVMGetNamedFunction(module, collector);
        if (present(gc)) {
            collecting.add(gc.address());
        }
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
            if (LLVMCountBasicBlocks(fn) == 0 && LLVMGetIntrinsicID(fn) == 0 && reentrantImport(fn)) {
                collecting.add(fn.address());
            }
        }
        // a function collects when it calls one that does, or calls through a pointer
        for (boolean changed = true; changed; ) {
            changed = false;
            for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
                if (LLVMCountBasicBlocks(fn) > 0 && !collecting.contains(fn.address()) && hasCollectingCall(fn)) {
                    collecting.add(fn.address());
                    changed = true;
                }
            }
        }
    }

    /**
     * Whether calling the declaration fn may run Go code again: an import of any module
     * but WASI's (a JavaScript host can call the module's exports from an import).
     * Declarations that are not imports resolve inside the module at link time.
     */
    private static boolean reentrantImport(LLVMValueRef fn) {
        String key = "wasm-import-module";
        LLVMAttributeRef a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, key, key.length());
        if (!present(a)) {
            return false;
        }
        int[] len = new int[1];
        BytePointer v = LLVMGetStringAttributeValue(a, len);
        return !v.getString(StandardCharsets.UTF_8).substring(0, len[0]).equals(WASI_MODULE);
    }

    /**
     * Spills the values of every function that may collect; collector names the
     * collector's mark phase, which the runtime keeps out of line. Returns how many
     * values got a slot.
     */
    public static int run(LLVMModuleRef module, String collector) {
        WasmStackRoots roots = new WasmStackRoots(module, collector);
        int spilled = 0;
        LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(module));
        try {
            for (LLVMValueRef fn = LLVMGetFirstFunction(module); present(fn); fn = LLVMGetNextFunction(fn)) {
                if (LLVMCountBasicBlocks(fn) > 0 && roots.hasCollectingCall(fn)) {
                    spilled += roots.spill(b, fn);
                }
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        return spilled;
    }

    private int spill(LLVMBuilderRef b, LLVMValueRef fn) {
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
    private boolean liveAcrossCall(LLVMValueRef v, LLVMBasicBlockRef bb, LLVMValueRef def) {
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

    private boolean hasCollectingCall(LLVMValueRef fn) {
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); present(in); in = LLVMGetNextInstruction(in)) {
                if (isCall(in)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A call (or invoke) that may reach the collector: of a function that may collect,
     * or through a pointer; not of an LLVM intrinsic or inline assembly.
     */
    private boolean isCall(LLVMValueRef in) {
        if (!present(LLVMIsACallInst(in)) && !present(LLVMIsAInvokeInst(in))) {
            return false;
        }
        LLVMValueRef callee = LLVMGetCalledValue(in);
        if (present(LLVMIsAInlineAsm(callee))) {
            return false;
        }
        if (!present(LLVMIsAFunction(callee))) {
            return true;
        }
        return collecting.contains(callee.address());
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
