package org.tinygo4j.codegen.llvm;

import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelAggressive;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelLess;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelNone;

/**
 * The optimisation levels of {@code -opt}, as TinyGo names them (0, 1, 2, s, z), with
 * the new-pass-manager pipeline and the code generator level each one means.
 */
public enum OptLevel {
    O0("0", "default<O0>", LLVMCodeGenLevelNone),
    O1("1", "default<O1>", LLVMCodeGenLevelLess),
    O2("2", "default<O2>", LLVMCodeGenLevelDefault),
    S("s", "default<Os>", LLVMCodeGenLevelDefault),
    Z("z", "default<Oz>", LLVMCodeGenLevelDefault);

    private final String flag;
    private final String pipeline;
    private final int codeGenLevel;

    OptLevel(String flag, String pipeline, int codeGenLevel) {
        this.flag = flag;
        this.pipeline = pipeline;
        this.codeGenLevel = codeGenLevel;
    }

    /** The value of {@code -opt} that selects this level. */
    public String flag() {
        return flag;
    }

    /** The pass pipeline for LLVMRunPasses. */
    public String pipeline() {
        return pipeline;
    }

    /** The LLVMCodeGenOptLevel for the target machine. */
    public int codeGenLevel() {
        return codeGenLevel;
    }

    /** The level an {@code -opt} value names, or null if none does. */
    public static OptLevel fromFlag(String flag) {
        for (OptLevel o : values()) {
            if (o.flag.equals(flag)) {
                return o;
            }
        }
        return null;
    }
}
