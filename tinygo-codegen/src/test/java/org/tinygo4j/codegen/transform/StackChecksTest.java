package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * Where StackChecks puts a check: in functions that can recur (directly, through a
 * cycle, or through a pointer) and in those with a large frame, not in a leaf; inline on
 * the host and WebAssembly, as a call of one generated runtime.stackCheck on the
 * microcontrollers; and a program that cannot recur keeps no check and drops the
 * bounds' initialisation.
 */
class StackChecksTest {

    /** The runtime's side (runtime/stack_*.go), UINTPTR standing for the target's. */
    private static final String RUNTIME = """
            @runtime.stackLimit = internal global UINTPTR 0

            define internal void @runtime.stackOverflow() {
            entry:
              unreachable
            }

            define internal void @runtime.initStackBounds() {
            entry:
              store UINTPTR 16, ptr @runtime.stackLimit
              ret void
            }

            define void @runtime.initAll() {
            entry:
              ret void
            }

            define i32 @leaf(i32 %n) {
            entry:
              %r = add i32 %n, 1
              ret i32 %r
            }
            """;

    private static final String RECURSIONS = """
            define i32 @recursive(i32 %n) {
            entry:
              %c = icmp eq i32 %n, 0
              br i1 %c, label %done, label %more
            more:
              %m = sub i32 %n, 1
              %r = call i32 @recursive(i32 %m)
              ret i32 %r
            done:
              ret i32 0
            }

            define void @ping(i32 %n) {
            entry:
              call void @pong(i32 %n)
              ret void
            }

            define void @pong(i32 %n) {
            entry:
              call void @ping(i32 %n)
              ret void
            }

            define void @viaPointer(ptr %f) {
            entry:
              call void %f(ptr @viaPointer)
              ret void
            }

            define i32 @bigFrame(i32 %i) {
            entry:
              %a = alloca [64 x i32]
              %p = getelementptr [64 x i32], ptr %a, i32 0, i32 %i
              store i32 1, ptr %p
              %v = load i32, ptr %p
              ret i32 %v
            }
            """;

    @Test
    void recursionsAndLargeFramesAreCheckedInlineOnTheHost() {
        CodegenTesting.parsed("host", RUNTIME.replace("UINTPTR", "i64") + RECURSIONS, (t, m) -> {
            assertTrue(StackChecks.prepare(m));
            // recursive, ping and pong, viaPointer (which may call itself through %f)
            int checked = StackChecks.run(m, () -> { });
            Backend.verify(m, "after StackChecks");
            String ir = IrText.print(m);
            for (String name : new String[] {"recursive", "ping", "pong", "viaPointer"}) {
                String f = CodegenTesting.function(ir, name);
                assertTrue(f.contains("stackcheck.overflow:"), f);
                assertTrue(f.contains("load volatile i64, ptr @runtime.stackLimit"), f);
                assertTrue(f.contains("call void @runtime.stackOverflow()"), f);
            }
            // 256 bytes of stack objects are under half the host's 8 KiB reserve
            assertFalse(CodegenTesting.function(ir, "bigFrame").contains("stackcheck"), ir);
            assertFalse(CodegenTesting.function(ir, "leaf").contains("stackcheck"), ir);
            assertEquals(4, checked);
            // the bounds are initialised first thing in runtime.initAll
            assertTrue(CodegenTesting.function(ir, "runtime.initAll").contains("call void @runtime.initStackBounds()"));
            return null;
        });
    }

    @Test
    void onTheMicrocontrollersEachCheckIsACallOfOneCheckFunction() {
        CodegenTesting.parsed("cortex-m-qemu", RUNTIME.replace("UINTPTR", "i32") + RECURSIONS, (t, m) -> {
            assertTrue(StackChecks.prepare(m));
            // 256 bytes of stack objects are at least half of the Arm reserve: bigFrame too
            assertEquals(5, StackChecks.run(m, () -> { }));
            Backend.verify(m, "after StackChecks");
            String ir = IrText.print(m);
            String check = CodegenTesting.function(ir, "runtime.stackCheck");
            assertTrue(check.contains("@llvm.read_register"), check);
            assertTrue(check.contains("call void @runtime.stackOverflow()"), check);
            for (String name : new String[] {"recursive", "ping", "pong", "viaPointer", "bigFrame"}) {
                assertTrue(CodegenTesting.function(ir, name).contains("call void @runtime.stackCheck()"), name);
            }
            assertFalse(CodegenTesting.function(ir, "leaf").contains("stackCheck"), ir);
            return null;
        });
    }

    @Test
    void aProgramThatCannotRecurHasNoCheckAndNoBounds() {
        CodegenTesting.parsed("host", RUNTIME.replace("UINTPTR", "i64"), (t, m) -> {
            assertTrue(StackChecks.prepare(m));
            AtomicInteger cleanUps = new AtomicInteger();
            assertEquals(0, StackChecks.run(m, cleanUps::incrementAndGet));
            assertEquals(1, cleanUps.get(), "the clean-up ran once");
            String ir = IrText.print(m);
            assertFalse(CodegenTesting.function(ir, "runtime.initAll").contains("initStackBounds"), ir);
            assertFalse(ir.contains("stackcheck"), ir);
            return null;
        });
    }

    @Test
    void withoutTheRuntimesPiecesThereIsNothingToDo() {
        CodegenTesting.parsed("host", RECURSIONS, (t, m) -> {
            assertFalse(StackChecks.prepare(m));
            assertEquals(0, StackChecks.run(m, () -> { }));
            assertFalse(IrText.print(m).contains("stackcheck"));
            return null;
        });
    }
}
