package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * AggregateParams' rewrite: a parameter of more than eight scalars becomes a pointer
 * to a copy the caller makes on its stack, a large result a slot of the caller passed
 * as a new first parameter; small aggregates, and every function of a type that an
 * exported function has, keep their signature.
 */
class AggregateParamsTest {

    private static final String IR = """
            define internal i32 @sum([10 x i32] %a) {
            entry:
              %x = extractvalue [10 x i32] %a, 3
              ret i32 %x
            }

            define internal i32 @small({ i32, i32 } %s) {
            entry:
              %x = extractvalue { i32, i32 } %s, 1
              ret i32 %x
            }

            define i32 @exported([9 x i32] %a) {
            entry:
              %x = extractvalue [9 x i32] %a, 0
              ret i32 %x
            }

            define internal i32 @sameTypeAsExported([9 x i32] %a) {
            entry:
              %x = extractvalue [9 x i32] %a, 1
              ret i32 %x
            }

            define internal [200 x i32] @make(i32 %x) {
            entry:
              %a = insertvalue [200 x i32] zeroinitializer, i32 %x, 0
              ret [200 x i32] %a
            }

            define i32 @caller(ptr %p, ptr %q) {
            entry:
              %v = load [10 x i32], ptr %p
              %r = call i32 @sum([10 x i32] %v)
              %w = load [9 x i32], ptr %q
              %r2 = call i32 @sameTypeAsExported([9 x i32] %w)
              %s = call i32 @small({ i32, i32 } { i32 1, i32 2 })
              %m = call [200 x i32] @make(i32 1)
              %e = extractvalue [200 x i32] %m, 0
              %t1 = add i32 %r, %r2
              %t2 = add i32 %t1, %s
              %t3 = add i32 %t2, %e
              ret i32 %t3
            }
            """;

    @Test
    void largeParametersGoByPointerAndLargeResultsThroughASlot() {
        CodegenTesting.parsed("wasi", IR, (t, m) -> {
            Set<Long> entryLoads = AggregateParams.run(m, 4096);
            Backend.verify(m, "after AggregateParams");
            assertEquals(1, entryLoads.size(), "one by-pointer parameter, loaded at sum's entry");
            String ir = IrText.print(m);
            String sum = CodegenTesting.function(ir, "sum");
            assertTrue(sum.startsWith("define internal i32 @sum(ptr %a)"), sum);
            assertTrue(sum.contains("load [10 x i32], ptr %a"), sum);
            String caller = CodegenTesting.function(ir, "caller");
            assertTrue(caller.contains("%arg.copy = alloca [10 x i32]"), caller);
            assertTrue(caller.contains("store [10 x i32] %v, ptr %arg.copy"), caller);
            assertTrue(caller.contains("call i32 @sum(ptr %arg.copy)"), caller);
            // the copy's lifetime ends with the call, so that calls can share one slot
            assertTrue(caller.contains("@llvm.lifetime.end.p0(i64 40, ptr %arg.copy)"), caller);
            // the result: a slot of the caller, read after the call
            assertTrue(CodegenTesting.function(ir, "make").startsWith("define internal void @make(ptr noalias nocapture %0, i32 %x)"),
                    ir);
            assertTrue(caller.contains("%result = alloca [200 x i32]"), caller);
            assertTrue(caller.contains("call void @make(ptr noalias nocapture %result, i32 1)"), caller);
            assertTrue(caller.contains("load [200 x i32], ptr %result"), caller);
            // its lifetime: from just before the call to the load just after it
            assertTrue(caller.contains("call void @llvm.lifetime.start.p0(i64 800, ptr %result)\n"
                    + "  call void @make(ptr noalias nocapture %result, i32 1)\n"
                    + "  %1 = load [200 x i32], ptr %result, align 4\n"
                    + "  call void @llvm.lifetime.end.p0(i64 800, ptr %result)\n"), caller);
            // kept as they were
            assertTrue(ir.contains("define internal i32 @small({ i32, i32 } %s)"), ir);
            assertTrue(ir.contains("define i32 @exported([9 x i32] %a)"), ir);
            assertTrue(ir.contains("define internal i32 @sameTypeAsExported([9 x i32] %a)"), ir);
            assertTrue(caller.contains("call i32 @sameTypeAsExported([9 x i32] %w)"), caller);
            return null;
        });
    }

    /**
     * On AVR, whose calls return at most 8 bytes in registers, a larger aggregate result
     * (time.Time's 23 bytes) goes through a slot of the caller with lifetime markers after
     * the optimiser (runLate), so
     * that consecutive calls can share one slot (the back end's own slot for such a
     * result had none); on other targets such a result is left to the back end.
     */
    @Test
    void onAvrResultsBeyondTheRegistersGoThroughASlotWithLifetimeMarkers() {
        String ir = """
                define internal { i64, i32, i8, i64, ptr } @now(i32 %x) memory(none) {
                entry:
                  %t = insertvalue { i64, i32, i8, i64, ptr } zeroinitializer, i32 %x, 1
                  ret { i64, i32, i8, i64, ptr } %t
                }

                define internal { i32, i32 } @pair(i32 %x) {
                entry:
                  %p = insertvalue { i32, i32 } zeroinitializer, i32 %x, 1
                  ret { i32, i32 } %p
                }

                define i32 @caller() {
                entry:
                  %a = call { i64, i32, i8, i64, ptr } @now(i32 1)
                  %x = extractvalue { i64, i32, i8, i64, ptr } %a, 1
                  %b = call { i64, i32, i8, i64, ptr } @now(i32 2)
                  %y = extractvalue { i64, i32, i8, i64, ptr } %b, 1
                  %p = call { i32, i32 } @pair(i32 3)
                  %z = extractvalue { i32, i32 } %p, 1
                  %s = add i32 %x, %y
                  %r = add i32 %s, %z
                  ret i32 %r
                }
                """;
        CodegenTesting.parsed("arduino", ir, (t, m) -> {
            // before the optimiser such results are left alone (inlining must not change)
            String before = IrText.print(m);
            assertEquals(Set.of(), AggregateParams.run(m, 4096));
            assertEquals(before, IrText.print(m));
            AggregateParams.runLate(m);
            Backend.verify(m, "after AggregateParams.runLate");
            String out = IrText.print(m);
            assertTrue(CodegenTesting.function(out, "now").startsWith("define internal void @now(ptr noalias nocapture %0, i32 %x) addrspace(1) {"),
                    out);
            String caller = CodegenTesting.function(out, "caller");
            String[][] calls = {{"%result", "1", "%0"}, {"%result1", "2", "%1"}};
            for (String[] c : calls) {
                String slot = c[0];
                assertTrue(caller.contains("call addrspace(1) void @llvm.lifetime.start.p0(i64 23, ptr " + slot + ")\n"
                        + "  call addrspace(1) void @now(ptr noalias nocapture " + slot + ", i32 " + c[1] + ")\n"
                        + "  " + c[2] + " = load { i64, i32, i8, i64, ptr }, ptr " + slot + ", align 1\n"
                        + "  call addrspace(1) void @llvm.lifetime.end.p0(i64 23, ptr " + slot + ")\n"), caller);
            }
            // it writes memory now
            assertFalse(out.contains("memory(none)"), out);
            // 8 bytes return in registers
            assertTrue(out.contains("define internal { i32, i32 } @pair(i32 %x)"), out);
            assertTrue(caller.contains("call addrspace(1) { i32, i32 } @pair(i32 3)"), caller);
            return null;
        });
        CodegenTesting.parsed("cortex-m-qemu", ir, (t, m) -> {
            String before = IrText.print(m);
            assertEquals(Set.of(), AggregateParams.run(m, 4096));
            AggregateParams.runLate(m);
            assertEquals(before, IrText.print(m));
            return null;
        });
    }

    @Test
    void aModuleWithoutLargeAggregatesIsLeftAlone() {
        String ir = """
                define internal i32 @small({ i32, i32 } %s) {
                entry:
                  %x = extractvalue { i32, i32 } %s, 1
                  ret i32 %x
                }
                """;
        CodegenTesting.parsed("wasi", ir, (t, m) -> {
            String before = IrText.print(m);
            assertEquals(Set.of(), AggregateParams.run(m, 4096));
            assertEquals(before, IrText.print(m));
            assertFalse(before.contains("lifetime"));
            return null;
        });
    }
}
