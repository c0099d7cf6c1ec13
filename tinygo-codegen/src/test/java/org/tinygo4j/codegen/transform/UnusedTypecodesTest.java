package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * UnusedTypecodes folds the comparisons against a descriptor that nothing but
 * comparisons names, and leaves every descriptor a value can carry.
 */
class UnusedTypecodesTest {

    private static final String IR = """
            @"type:main.gone" = private constant i8 0
            @"type:main.boxed" = private constant i8 0
            @"type:main.inTable" = private constant i8 0
            @"type:main.ordered" = private constant i8 0
            @"type:main.exported" = constant i8 0
            @table = internal global ptr @"type:main.inTable"
            @sink = internal global ptr null

            define i1 @isGone(ptr %tc) {
            entry:
              %eq = icmp eq ptr %tc, @"type:main.gone"
              ret i1 %eq
            }

            define i1 @notGone(ptr %tc) {
            entry:
              %ne = icmp ne ptr @"type:main.gone", %tc
              ret i1 %ne
            }

            define i1 @isBoxed(ptr %tc) {
            entry:
              store ptr @"type:main.boxed", ptr @sink
              %eq = icmp eq ptr %tc, @"type:main.boxed"
              ret i1 %eq
            }

            define i1 @isInTable(ptr %tc) {
            entry:
              %eq = icmp eq ptr %tc, @"type:main.inTable"
              ret i1 %eq
            }

            define i1 @isOrdered(ptr %tc) {
            entry:
              %lt = icmp ult ptr %tc, @"type:main.ordered"
              ret i1 %lt
            }

            define i1 @isExported(ptr %tc) {
            entry:
              %eq = icmp eq ptr %tc, @"type:main.exported"
              ret i1 %eq
            }
            """;

    @Test
    void comparisonsAgainstDescriptorsNoValueCarriesFold() {
        CodegenTesting.parsed("cortex-m-qemu", IR, (t, m) -> {
            int folded = UnusedTypecodes.run(m);
            String out = IrText.print(m);
            assertEquals(2, folded, out);
            assertTrue(out.contains("define i1 @isGone(ptr %tc) {\nentry:\n  ret i1 false"), out);
            assertTrue(out.contains("define i1 @notGone(ptr %tc) {\nentry:\n  ret i1 true"), out);
            // stored (a box's typecode), in another global, compared by order, visible to
            // other modules: a value may carry them
            assertTrue(out.contains("icmp eq ptr %tc, @\"type:main.boxed\""), out);
            assertTrue(out.contains("icmp eq ptr %tc, @\"type:main.inTable\""), out);
            assertTrue(out.contains("icmp ult ptr %tc, @\"type:main.ordered\""), out);
            assertTrue(out.contains("icmp eq ptr %tc, @\"type:main.exported\""), out);
            assertFalse(out.contains("icmp eq ptr %tc, @\"type:main.gone\""), out);
            return null;
        });
    }
}
