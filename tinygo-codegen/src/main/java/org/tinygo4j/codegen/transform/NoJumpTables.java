package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Marks every defined function "no-jump-tables". Whether instruction selection turns a
 * switch into a jump table depends on LLVM's process-wide minimum-entries setting,
 * which some targets' lowerings overwrite when they are set up (AVR turns jump tables
 * off, WebAssembly lowers the threshold) and others only read: without this, a host or
 * Cortex-M program compiled after a WASI one in the same JVM came out different (and
 * larger), and an AVR compile running beside a WASI one was handed a jump table its
 * back end cannot select, which aborted the whole JVM. With the attribute the output
 * depends on the module alone, whatever was compiled before or beside it. Switches
 * still become compare trees or, in the optimiser, lookup tables of values.
 */
public final class NoJumpTables {
    private NoJumpTables() {
    }

    /** Adds the attribute to the module's definitions. */
    public static void run(LLVMModuleRef module) {
        String key = "no-jump-tables";
        String value = "true";
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            if (LLVMIsDeclaration(fn) == 0) {
                LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateStringAttribute(
                        LLVMGetModuleContext(module), key, key.length(), value, value.length()));
            }
        }
    }
}
