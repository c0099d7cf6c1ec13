package org.tinygo4j.codegen.transform;

import static org.bytedeco.llvm.global.LLVM.LLVMCreatePassBuilderOptions;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposePassBuilderOptions;
import static org.bytedeco.llvm.global.LLVM.LLVMRunPasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.IrText;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;

/**
 * SizeAttributes marks definitions (not declarations) optsize at -opt=s, optsize and
 * minsize at -opt=z, nothing at -opt=2; and LLVM's Oz pipeline then leaves a clearing
 * loop as it is, where without the attributes it unrolls it.
 */
class SizeAttributesTest {
    private static final String CLEAR = """
            declare void @elsewhere(ptr)

            define void @clear(ptr %p, i32 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i32 [ 0, %entry ], [ %next, %body ]
              %done = icmp uge i32 %i, %n
              br i1 %done, label %exit, label %body
            body:
              %q = getelementptr i8, ptr %p, i32 %i
              store volatile i8 0, ptr %q
              %next = add i32 %i, 1
              br label %loop
            exit:
              call void @elsewhere(ptr %p)
              ret void
            }
            """;

    private static String marked(OptLevel opt) {
        return CodegenTesting.parsed("cortex-m-qemu", CLEAR, (t, m) -> {
            SizeAttributes.run(m, opt);
            return IrText.print(m);
        });
    }

    @Test
    void definitionsAreMarkedAsClangMarksThem() {
        String z = marked(OptLevel.Z);
        assertTrue(z.matches("(?s).*define void @clear\\(ptr %p, i32 %n\\) #(\\d+).*attributes #\\1 = \\{ minsize optsize \\}.*"), z);
        assertFalse(z.matches("(?s).*declare void @elsewhere\\(ptr\\) #.*"), z);
        String s = marked(OptLevel.S);
        assertTrue(s.matches("(?s).*attributes #\\d+ = \\{ optsize \\}.*"), s);
        assertFalse(s.contains("minsize"), s);
        assertFalse(marked(OptLevel.O2).contains("optsize"));
    }

    private static long storesAfterOz(boolean attributes) {
        return CodegenTesting.parsed("cortex-m-qemu", CLEAR, (t, m) -> {
            if (attributes) {
                SizeAttributes.run(m, OptLevel.Z);
            }
            runOz(t, m);
            String out = IrText.print(m);
            return out.lines().filter(l -> l.contains("store volatile i8 0")).count();
        });
    }

    private static void runOz(LlvmTarget t, LLVMModuleRef m) {
        LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef e = LLVMRunPasses(m, "default<Oz>", t.machine(), opts);
            assertTrue(e == null || e.isNull(), "the pipeline failed");
        } finally {
            LLVMDisposePassBuilderOptions(opts);
        }
    }

    @Test
    void theOzPipelineKeepsLoopsRolledOnlyWithTheAttributes() {
        assertEquals(1, storesAfterOz(true));
        assertTrue(storesAfterOz(false) > 1, "LLVM no longer unrolls without the attributes: SizeAttributes may be moot");
    }
}
