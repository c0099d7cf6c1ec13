package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Gives every defined global its own section (as -fdata-sections): {@code .rodata.},
 * {@code .bss.}, {@code .data.} or (AVR flash) {@code .progmem.data.} and its name, which the linker scripts' wildcards
 * collect as before. Functions have their own sections already (the lowering names
 * them); without the same for data, the linker's --gc-sections could drop a function
 * nothing calls (a collector reached only through an export, a panic printer) but not
 * the variables and strings it used, which all shared one .data, .bss or .rodata
 * section. Not on WebAssembly, where the lowering gives functions no sections either.
 */
public final class DataSections {
    private DataSections() {
    }

    /** Names a section for each defined global that has none yet. */
    public static void run(LLVMModuleRef module) {
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            if (LLVMIsDeclaration(g) != 0) {
                continue;
            }
            BytePointer section = LLVMGetSection(g);
            if (section != null && !section.isNull() && !section.getString().isEmpty()) {
                continue;
            }
            LLVMValueRef init = LLVMGetInitializer(g);
            // (a constant outside address space 0 is in AVR's program memory: .progmem.)
            String kind = LLVMIsGlobalConstant(g) != 0
                    ? LLVMGetPointerAddressSpace(LLVMTypeOf(g)) != 0 ? ".progmem.data." : ".rodata."
                    : init == null || init.isNull() || LLVMIsNull(init) != 0 ? ".bss." : ".data.";
            LLVMSetSection(g, kind + LLVMGetValueName(g).getString());
        }
    }
}
