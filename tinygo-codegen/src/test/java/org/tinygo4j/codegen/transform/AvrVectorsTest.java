package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.IrText;

/** AvrVectors makes the table up to the highest __vector_N the module defines. */
class AvrVectorsTest {

    @Test
    void tableEndsAtTheHighestDefinedVector() {
        String ir = """
                declare void @__vector_20()

                define avr_signalcc void @__vector_3() {
                entry:
                  ret void
                }

                define avr_signalcc void @__vector_11() {
                entry:
                  ret void
                }
                """;
        CodegenTesting.parsed("arduino", ir, (t, m) -> {
            assertEquals(11, AvrVectors.lastVector(m), "declarations do not count");
            AvrVectors.run(m);
            String out = IrText.print(m);
            assertTrue(out.contains("jmp __init"), out);
            for (int i = 1; i <= 11; i++) {
                assertTrue(out.contains("jmp __vector_" + i + "\""), "vector " + i + ": " + out);
            }
            assertFalse(out.contains("jmp __vector_12"), out);
            assertTrue(out.contains("__vectors_end:"), out);
            return null;
        });
    }

    @Test
    void noVectorsLeavesTheResetEntryAndAStartUpTableStays() {
        assertEquals("\n    .section .vectors, \"ax\", @progbits\n    .global __vectors\n__vectors:\n"
                + "    jmp __init\n    .global __vectors_end\n__vectors_end:\n", AvrVectors.table(0));
        String ir = """
                module asm ".global __vectors"
                module asm "__vectors:"

                define avr_signalcc void @__vector_5() {
                entry:
                  ret void
                }
                """;
        CodegenTesting.parsed("arduino", ir, (t, m) -> {
            AvrVectors.run(m);
            assertFalse(IrText.print(m).contains("jmp __init"), "a start-up table is kept as it is");
            return null;
        });
    }
}
