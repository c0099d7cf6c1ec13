package org.tinygo4j.codegen.llvm;

import static org.bytedeco.llvm.global.LLVM.LLVMCreateMemoryBufferWithMemoryRangeCopy;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMParseIRInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMPrintModuleToString;

import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

/**
 * Textual LLVM IR in and out: parsing a module from text (used by tests and for
 * hand-written runtime pieces) and printing one (for -printir and debugging).
 */
public final class IrText {
    private IrText() {}

    /** Parses IR text into a new module of the target's context; the message of a parse error otherwise. */
    public static LLVMModuleRef parse(LlvmTarget target, String name, String ir) {
        byte[] bytes = ir.getBytes(StandardCharsets.UTF_8);
        BytePointer data = new BytePointer(bytes.length);
        data.put(bytes);
        // The parser takes ownership of the buffer.
        LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(data, bytes.length, new BytePointer(name));
        LLVMModuleRef module = new LLVMModuleRef();
        BytePointer error = new BytePointer((Pointer) null);
        if (LLVMParseIRInContext(target.context(), buf, module, error) != 0) {
            String msg = error.getString();
            LLVMDisposeMessage(error);
            throw new IllegalArgumentException("invalid LLVM IR in " + name + ": " + msg);
        }
        return module;
    }

    /** The module as IR text. */
    public static String print(LLVMModuleRef module) {
        BytePointer p = LLVMPrintModuleToString(module);
        String s = p.getString();
        LLVMDisposeMessage(p);
        return s;
    }
}
