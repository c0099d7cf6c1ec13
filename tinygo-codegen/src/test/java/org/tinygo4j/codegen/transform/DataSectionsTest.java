package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * DataSections gives each defined global a section of its own by kind (constant,
 * zero, initialised) and name, keeps a section that is set, and leaves declarations.
 */
class DataSectionsTest {

    @Test
    void eachGlobalGetsASectionOfItsKindAndName() {
        String ir = """
                @main.table = internal constant [2 x i32] [i32 1, i32 2]
                @main.counter = internal global i32 0
                @main.start = internal global i32 7
                @main.vectors = internal constant [1 x i32] [i32 3], section ".isr_vector"
                @main.outside = external global i32
                """;
        CodegenTesting.parsed("cortex-m-qemu", ir, (t, m) -> {
            DataSections.run(m);
            String out = IrText.print(m);
            assertTrue(out.contains("@main.table = internal constant [2 x i32] [i32 1, i32 2], section "
                    + "\".rodata.main.table\""), out);
            assertTrue(out.contains("@main.counter = internal global i32 0, section \".bss.main.counter\""), out);
            assertTrue(out.contains("@main.start = internal global i32 7, section \".data.main.start\""), out);
            assertTrue(out.contains("section \".isr_vector\""), out);
            assertTrue(out.contains("@main.outside = external global i32\n"), out);
            return null;
        });
    }
}
