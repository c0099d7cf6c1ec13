package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.LLVMAddAttributeAtIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMAttributeFunctionIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateEnumAttribute;
import static org.bytedeco.llvm.global.LLVM.LLVMGetEnumAttributeAtIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMGetEnumAttributeKindForName;
import static org.bytedeco.llvm.global.LLVM.LLVMGetFirstFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMGetModuleContext;
import static org.bytedeco.llvm.global.LLVM.LLVMGetNextFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMIsDeclaration;

import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.tinygo4j.codegen.llvm.OptLevel;

/**
 * Marks every function defined in the module {@code optsize} at -opt=s and also {@code
 * minsize} at -opt=z, as clang does for -Os and -Oz. LLVM's size pipelines ({@code default<Os>},
 * {@code default<Oz>}) do not do it themselves, and the passes that decide how much code to make
 * read the attributes, not the pipeline: without them the loop unroller unrolled the
 * collector's clearing loops four times and the inliner used its speed threshold.
 * Measured over 23 integration programs (docs/ARCHITECTURE.md, "The pass list"):
 * about 10% smaller on the micro:bit and the host, a few percent on wasi, and mixed
 * within a few percent either way on the Uno.
 */
public final class SizeAttributes {
    private SizeAttributes() {
    }

    private static boolean optnone(LLVMValueRef f) {
        LLVMAttributeRef a = LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                LLVMGetEnumAttributeKindForName("optnone", 7));
        return a != null && !a.isNull();
    }

    /** Marks the module's definitions for opt; nothing at -opt=0, 1 and 2. */
    public static void run(LLVMModuleRef module, OptLevel opt) {
        if (opt != OptLevel.S && opt != OptLevel.Z) {
            return;
        }
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        LLVMAttributeRef optsize = LLVMCreateEnumAttribute(ctx, LLVMGetEnumAttributeKindForName("optsize", 7), 0);
        LLVMAttributeRef minsize = LLVMCreateEnumAttribute(ctx, LLVMGetEnumAttributeKindForName("minsize", 7), 0);
        for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            if (LLVMIsDeclaration(f) != 0 || optnone(f)) {
                continue; // (the verifier rejects optsize and minsize beside optnone)
            }
            LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, optsize);
            if (opt == OptLevel.Z) {
                LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, minsize);
            }
        }
    }
}
