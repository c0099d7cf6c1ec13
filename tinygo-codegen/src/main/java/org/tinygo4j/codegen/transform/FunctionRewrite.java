package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueMetadataEntry;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * What the passes that change a function's signature share ({@link AggregateParams},
 * {@link StackArguments}): LLVM cannot change a function's type in place, so a pass
 * makes a function of the new type, moves the old one's body and properties over,
 * replaces the old parameters, and then puts the new function in the old one's place
 * under its name.
 */
final class FunctionRewrite {
    private FunctionRewrite() {}

    static LLVMTypeRef[] paramTypes(LLVMTypeRef ft) {
        int n = LLVMCountParamTypes(ft);
        PointerPointer<LLVMTypeRef> pp = new PointerPointer<>(n);
        if (n > 0) {
            LLVMGetParamTypes(ft, pp);
        }
        LLVMTypeRef[] out = new LLVMTypeRef[n];
        for (int i = 0; i < n; i++) {
            out[i] = pp.get(LLVMTypeRef.class, i);
        }
        return out;
    }

    /** The call and invoke instructions of a function. */
    static List<LLVMValueRef> callsIn(LLVMValueRef f) {
        List<LLVMValueRef> calls = new ArrayList<>();
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); present(bb); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef i = LLVMGetFirstInstruction(bb); present(i); i = LLVMGetNextInstruction(i)) {
                int op = LLVMGetInstructionOpcode(i);
                if (op == LLVMCall || op == LLVMInvoke) {
                    calls.add(i);
                }
            }
        }
        return calls;
    }

    /**
     * A new, nameless function of type ft with f's linkage, calling convention, section,
     * alignment, personality and metadata, and f's body; attributes and parameters are
     * the caller's to carry over.
     */
    static LLVMValueRef withBodyOf(LLVMModuleRef module, LLVMValueRef f, LLVMTypeRef ft) {
        LLVMValueRef nf = LLVMAddFunction(module, "", ft);
        LLVMSetLinkage(nf, LLVMGetLinkage(f));
        LLVMSetFunctionCallConv(nf, LLVMGetFunctionCallConv(f));
        BytePointer section = LLVMGetSection(f);
        if (present(section) && !section.getString().isEmpty()) {
            LLVMSetSection(nf, section);
        }
        if (LLVMGetAlignment(f) != 0) {
            LLVMSetAlignment(nf, LLVMGetAlignment(f));
        }
        if (LLVMHasPersonalityFn(f) != 0) {
            LLVMSetPersonalityFn(nf, LLVMGetPersonalityFn(f));
        }
        SizeTPointer count = new SizeTPointer(1);
        LLVMValueMetadataEntry md = LLVMGlobalCopyAllMetadata(f, count);
        if (present(md)) {
            for (int i = 0; i < count.get(); i++) {
                LLVMGlobalSetMetadata(nf, LLVMValueMetadataEntriesGetKind(md, i), LLVMValueMetadataEntriesGetMetadata(md, i));
            }
            LLVMDisposeValueMetadataEntries(md);
        }
        LLVMGlobalClearMetadata(f);

        // the body: moved block by block after a placeholder, which then goes
        LLVMBasicBlockRef placeholder = LLVMAppendBasicBlockInContext(LLVMGetModuleContext(module), nf, "");
        LLVMBasicBlockRef last = placeholder;
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); present(bb); bb = LLVMGetFirstBasicBlock(f)) {
            LLVMMoveBasicBlockAfter(bb, last);
            last = bb;
        }
        LLVMDeleteBasicBlock(placeholder);
        return nf;
    }

    /** Gives named the old parameter's name and puts value in the old parameter's place. */
    static void replaceParam(LLVMValueRef old, LLVMValueRef named, LLVMValueRef value) {
        SizeTPointer len = new SizeTPointer(1);
        BytePointer name = LLVMGetValueName2(old, len);
        LLVMSetValueName2(named, name, len.get());
        LLVMReplaceAllUsesWith(old, value);
    }

    /** Puts nf in f's place: every use of f now uses nf, which takes f's name. */
    static void replace(LLVMValueRef f, LLVMValueRef nf) {
        SizeTPointer nameLength = new SizeTPointer(1);
        BytePointer name = LLVMGetValueName2(f, nameLength);
        long nameBytes = nameLength.get();
        byte[] nameCopy = new byte[(int) nameBytes];
        name.get(nameCopy);
        LLVMReplaceAllUsesWith(f, nf);
        LLVMDeleteFunction(f);
        LLVMSetValueName2(nf, new BytePointer(nameCopy), nameBytes);
    }

    /** A call of llvm.lifetime.start or .end (marker, of type) for the stack slot of type t. */
    static void lifetime(LLVMModuleRef module, LLVMBuilderRef b, LLVMTypeRef markerType, LLVMValueRef marker,
            LLVMValueRef slot, LLVMTypeRef t) {
        long size = LLVMABISizeOfType(LLVMGetModuleDataLayout(module), t);
        LLVMValueRef[] args = {LLVMConstInt(LLVMInt64TypeInContext(LLVMGetModuleContext(module)), size, 0), slot};
        LLVMBuildCall2(b, markerType, marker, new PointerPointer<>(args), 2, "");
    }

    static boolean present(Pointer p) {
        return p != null && !p.isNull();
    }
}
