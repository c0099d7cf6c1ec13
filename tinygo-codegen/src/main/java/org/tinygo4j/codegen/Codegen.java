package org.tinygo4j.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.backend.BackendException;
import org.tinygo4j.codegen.backend.LinkObserver;
import org.tinygo4j.codegen.backend.LinkedImage;
import org.tinygo4j.codegen.backend.Toolchain;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;
import org.tinygo4j.codegen.lower.ModuleLowering;
import org.tinygo4j.ssa.ir.Program;

/**
 * The code generator's entry point: lowers an SSA program into one LLVM module in a
 * fresh context for the target, then optimises, emits and links it. Everything LLVM
 * lives and dies inside one call, so compilations never share LLVM state.
 */
public final class Codegen {
    private final Toolchain toolchain;
    private LinkObserver observer = LinkObserver.NONE;

    public Codegen(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** Tells observer the link's temporary folder and commands (-work, -x). */
    public Codegen withObserver(LinkObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer);
        return this;
    }

    /** Generates, optimises and links a program as the configuration says (target, -opt, -debug, ...). */
    public LinkedImage compile(Program program, BuildConfig config, String moduleName) throws BackendException {
        return compile(program, config, moduleName, () -> { });
    }

    /**
     * Generates the code of a library (no main, nothing to link) and checks the module
     * LLVM's verifier; the code itself is dropped, as go build drops a library's.
     */
    public void compileLibrary(Program program, BuildConfig config, String moduleName) throws BackendException {
        try (LlvmTarget target = LlvmTarget.create(config.target(), OptLevel.fromFlag(config.opt()))) {
            LLVMModuleRef module = ModuleLowering.lower(target.context(), program,
                    ModuleLowering.Config.of(config, target.dataLayout()), moduleName);
            try {
                Backend.verify(module, "after code generation");
            } finally {
                LLVMDisposeModule(module);
            }
        }
    }

    /**
     * As {@link #compile(Program, BuildConfig, String)}, calling beforeLink once the object
     * code is emitted and before the linker runs (progress reporting; an exception it
     * throws, such as a cancellation, ends the compilation there).
     */
    public LinkedImage compile(Program program, BuildConfig config, String moduleName, Runnable beforeLink)
            throws BackendException {
        try (LlvmTarget target = LlvmTarget.create(config.target(), OptLevel.fromFlag(config.opt()))) {
            LLVMModuleRef module = ModuleLowering.lower(target.context(), program,
                    ModuleLowering.Config.of(config, target.dataLayout()), moduleName);
            try {
                return new Backend(toolchain).withObserver(observer).build(target, module, config, beforeLink);
            } finally {
                LLVMDisposeModule(module);
            }
        }
    }
}
