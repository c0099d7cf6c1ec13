package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * FlashStrings moves to AVR program memory the string constants whose every use prints
 * them (runtime.write's data, directly, through a constant part, or through a printing
 * parameter), and keeps every constant that anything else may read in RAM.
 */
class FlashStringsTest {

    private static final String IR = """
            @printed = private unnamed_addr constant [5 x i8] c"hello"
            @sliced = private unnamed_addr constant [7 x i8] c"a slice"
            @message = private unnamed_addr constant [8 x i8] c"deadlock"
            @other = private unnamed_addr constant [3 x i8] c"oom"
            @compared = private unnamed_addr constant [4 x i8] c"same"
            @passed = private unnamed_addr constant [4 x i8] c"arg!"
            @chosen = private unnamed_addr constant [3 x i8] c"yes"
            @maybe = private unnamed_addr constant [3 x i8] c"nay"
            @exported = constant [3 x i8] c"pub"
            @stored = private unnamed_addr constant [4 x i8] c"kept"
            @table = internal global { ptr, i16 } { ptr @stored, i16 4 }

            define internal void @runtime.write(ptr %p, i16 %n) {
            entry:
              %b = load i8, ptr %p
              ret void
            }

            define internal void @runtime.fatalPrint({ ptr, i16 } %msg) {
            entry:
              %p = extractvalue { ptr, i16 } %msg, 0
              %n = extractvalue { ptr, i16 } %msg, 1
              call void @runtime.write(ptr %p, i16 %n)
              ret void
            }

            define internal void @keep({ ptr, i16 } %s) {
            entry:
              %p = extractvalue { ptr, i16 } %s, 0
              call void @runtime.write(ptr %p, i16 4)
              %b = load i8, ptr %p
              ret void
            }

            declare i1 @equal(ptr, ptr)

            define void @main(i1 %c, ptr %q) {
            entry:
              call void @runtime.write(ptr @printed, i16 5)
              call void @runtime.write(ptr @printed, i16 2)
              call void @runtime.write(ptr getelementptr inbounds (i8, ptr @sliced, i16 2), i16 5)
              call void @runtime.fatalPrint({ ptr, i16 } { ptr @message, i16 8 })
              call void @runtime.fatalPrint({ ptr, i16 } { ptr @other, i16 3 })
              call void @runtime.write(ptr @compared, i16 4)
              %e = call i1 @equal(ptr @compared, ptr %q)
              call void @keep({ ptr, i16 } { ptr @passed, i16 4 })
              %s = select i1 %c, ptr @chosen, ptr @maybe
              call void @runtime.write(ptr %s, i16 3)
              call void @runtime.write(ptr @exported, i16 3)
              call void @runtime.write(ptr @stored, i16 4)
              ret void
            }
            """;

    @Test
    void printedOnlyStringsGoToFlashAndTheRestStays() {
        CodegenTesting.parsed("arduino", IR, (t, m) -> {
            int moved = FlashStrings.run(m);
            String out = IrText.print(m);
            assertEquals(4, moved, out);
            for (String flash : new String[] {"@printed", "@sliced", "@message", "@other"}) {
                assertTrue(out.contains(flash + " = private unnamed_addr addrspace(1) constant"), flash + ": " + out);
            }
            // compared, passed to a function that also loads it, behind a select, visible
            // to other modules, in another global's initialiser: all stay in RAM
            for (String ram : new String[] {"@compared", "@passed", "@chosen", "@maybe", "@stored"}) {
                assertTrue(out.contains(ram + " = private unnamed_addr constant"), ram + ": " + out);
            }
            assertTrue(out.contains("@exported = constant [3 x i8]"), out);
            assertTrue(out.contains("void @tinygo.flashWrite(ptr addrspace(1) @printed, i16 5)"), out);
            assertTrue(out.contains("void @tinygo.flashWrite(ptr addrspace(1) getelementptr inbounds"
                    + " (i8, ptr addrspace(1) @sliced, i16 2), i16 5)"), out);
            // fatalPrint's callers pass the flash address; its write reads flash
            assertTrue(out.contains("void @runtime.fatalPrint({ ptr, i16 } { ptr addrspacecast"
                    + " (ptr addrspace(1) @message to ptr), i16 8 })"), out);
            assertTrue(out.contains("addrspacecast ptr %p to ptr addrspace(1)"), out);
            assertFalse(out.contains("call addrspace(1) void @runtime.write(ptr %p, i16 %n)"), out);
            // @keep reads its string with an ordinary load: its write stays one of RAM
            assertTrue(out.contains("void @runtime.write(ptr %p, i16 4)"), out);
            assertTrue(out.contains("void @runtime.write(ptr %s, i16 3)"), out);
            // the loop reads program memory
            assertTrue(out.contains("load i8, ptr addrspace(1)"), out);
            return null;
        });
    }

    @Test
    void otherTargetsAreLeftAlone() {
        CodegenTesting.parsed("cortex-m-qemu", IR, (t, m) -> {
            String before = IrText.print(m);
            assertEquals(0, FlashStrings.run(m));
            assertEquals(before, IrText.print(m));
            return null;
        });
    }
}
