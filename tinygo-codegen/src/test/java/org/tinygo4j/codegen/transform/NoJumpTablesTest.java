package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.IrText;

/** NoJumpTables marks every definition, and no declaration, "no-jump-tables". */
class NoJumpTablesTest {

    @Test
    void everyDefinitionIsMarked() {
        String ir = """
                declare i32 @elsewhere(i32)

                define i32 @choose(i32 %x) {
                entry:
                  switch i32 %x, label %other [
                    i32 0, label %a
                    i32 1, label %b
                    i32 2, label %c
                    i32 3, label %d
                  ]
                a:
                  ret i32 10
                b:
                  ret i32 11
                c:
                  ret i32 12
                d:
                  ret i32 13
                other:
                  %r = call i32 @elsewhere(i32 %x)
                  ret i32 %r
                }

                define internal void @helper() {
                entry:
                  ret void
                }
                """;
        CodegenTesting.parsed("cortex-m-qemu", ir, (t, m) -> {
            NoJumpTables.run(m);
            String out = IrText.print(m);
            assertTrue(out.matches("(?s).*define i32 @choose\\(i32 %x\\) #(\\d+).*attributes #\\1 = \\{ "
                    + "\"no-jump-tables\"=\"true\" \\}.*"), out);
            assertTrue(out.matches("(?s).*define internal void @helper\\(\\) #\\d+ \\{.*"), out);
            assertFalse(out.matches("(?s).*declare i32 @elsewhere\\(i32\\) #.*"), out);
            assertEquals(1, out.split("no-jump-tables", -1).length - 1, "one attribute group: " + out);
            return null;
        });
    }
}
