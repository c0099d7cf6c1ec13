package org.tinygo4j.codegen.backend;

import static org.bytedeco.llvm.global.LLVM.LLVMAddFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMAppendBasicBlockInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMFunctionType;
import static org.bytedeco.llvm.global.LLVM.LLVMModuleCreateWithNameInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMVoidTypeInContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenException;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;

/** What the backend reports when a module is broken (our bug) or a program is too large (the user's). */
class BackendErrorsTest {

    private final Toolchain toolchain = new Toolchain();

    @Test
    void aModuleThatDoesNotVerifyIsAnInternalError() {
        try (LlvmTarget t = LlvmTarget.create(CodegenTesting.target("host"), OptLevel.Z)) {
            LLVMModuleRef m = LLVMModuleCreateWithNameInContext("broken", t.context());
            LLVMTypeRef fn = LLVMFunctionType(LLVMVoidTypeInContext(t.context()), (PointerPointer<?>) null, 0, 0);
            LLVMValueRef main = LLVMAddFunction(m, "main", fn);
            LLVMAppendBasicBlockInContext(t.context(), main, "entry"); // no terminator
            CodegenException e = assertThrows(CodegenException.class,
                    () -> new Backend(toolchain).build(t, m, CodegenTesting.config("host", false)));
            assertTrue(e.isInternal());
            assertTrue(e.getMessage().startsWith("LLVM module does not verify before optimisation"), e.getMessage());
        }
    }

    @Test
    void aProgramLargerThanRamIsTheUsersError() {
        CodegenException e = assertThrows(CodegenException.class,
                () -> CodegenTesting.image(toolchain, "microbit", "hello/too-big.ll", false));
        assertFalse(e.isInternal(), e.getMessage());
        assertTrue(e.getMessage().startsWith("the program is too large for the target"), e.getMessage());
    }

    @Test
    void targetMachinesForEveryBuiltinTarget() {
        for (String name : List.of("host", "wasi", "cortex-m-qemu", "microbit", "arduino-nano33", "arduino")) {
            try (LlvmTarget t = LlvmTarget.create(CodegenTesting.target(name), OptLevel.S)) {
                assertEquals(CodegenTesting.target(name).llvmTarget(), t.triple());
                assertFalse(t.dataLayout().isEmpty());
                int pointerBits = CodegenTesting.config(name, false).pointerSize() * 8;
                // The data layout's default pointer size agrees with BuildConfig.pointerSize().
                assertEquals(pointerBits, pointerBitsOf(t.dataLayout()), name + ": " + t.dataLayout());
            }
        }
    }

    private static int pointerBitsOf(String layout) {
        for (String part : layout.split("-")) {
            if (part.startsWith("p:")) {
                return Integer.parseInt(part.split(":")[1]);
            }
        }
        return 64; // LLVM's default when the layout does not say
    }

    @Test
    void goFunctionsLeftUndefinedAreTheUsersErrorByPackage() {
        String lld = """
                ld.lld: error: undefined symbol: os/signal.signal_enable
                >>> referenced by main
                >>>               main.o:(os/signal.Notify)

                ld.lld: error: undefined symbol: runtime/metrics.runtime_readMetrics
                >>> referenced by main
                >>>               main.o:(main)

                ld.lld: error: undefined symbol: os/signal.signal_disable
                >>> referenced by main
                >>>               main.o:(main)""";
        CodegenException e = Backend.linkError(lld, 1);
        assertFalse(e.isInternal(), e.getMessage());
        assertEquals("package os/signal is not supported on this target yet: the runtime does not provide "
                + "os/signal.signal_disable, os/signal.signal_enable (declared without a body in Go's sources; "
                + "gc's runtime supplies it)\n"
                + "package runtime/metrics is not supported on this target yet: the runtime does not provide "
                + "runtime/metrics.runtime_readMetrics (declared without a body in Go's sources; gc's runtime "
                + "supplies it)", e.getMessage());
    }

    @Test
    void otherUndefinedSymbolsAreOurs() {
        CodegenException e = Backend.linkError("""
                ld.lld: error: undefined symbol: os/signal.signal_enable
                ld.lld: error: undefined symbol: memcpy""", 1);
        assertTrue(e.isInternal());
        assertTrue(e.getMessage().startsWith("the linker failed (exit 1): "), e.getMessage());
    }
}
