package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * LargeValues' rewrite: a load of an aggregate of more than 128 scalars becomes a copy
 * into a slot, its store a copy out of it, and a part of it an address into the slot
 * and a load of the part; the slot comes from the heap when it is larger than a local
 * may be; a by-pointer parameter's load is taken apart in place; small loads stay.
 */
class LargeValuesTest {

    private static final String IR = """
            declare ptr @runtime.alloc(i32)

            define void @copy(ptr %from, ptr %to) {
            entry:
              %v = load [200 x i32], ptr %from
              store [200 x i32] %v, ptr %to
              ret void
            }

            define i32 @element(ptr %from) {
            entry:
              %v = load [200 x i32], ptr %from
              %e = extractvalue [200 x i32] %v, 5
              ret i32 %e
            }

            define [4 x i32] @small(ptr %from) {
            entry:
              %v = load [4 x i32], ptr %from
              ret [4 x i32] %v
            }
            """;

    @Test
    void largeLoadsBecomeCopiesThroughAStackSlot() {
        CodegenTesting.parsed("wasi", IR, (t, m) -> {
            LargeValues.run(m, Set.of(), 4096);
            Backend.verify(m, "after LargeValues");
            String ir = IrText.print(m);
            String copy = CodegenTesting.function(ir, "copy");
            assertFalse(copy.contains("load [200 x i32]"), copy);
            assertFalse(copy.contains("store [200 x i32]"), copy);
            assertTrue(copy.contains("%large = alloca [200 x i32]"), copy);
            assertTrue(copy.contains("call void @llvm.memcpy.p0.p0.i64(ptr align 4 %large, ptr align 4 %from, i64 800"),
                    copy);
            assertTrue(copy.contains("call void @llvm.memcpy.p0.p0.i64(ptr align 4 %to, ptr align 4 %large, i64 800"),
                    copy);
            String element = CodegenTesting.function(ir, "element");
            assertFalse(element.contains("extractvalue"), element);
            assertTrue(element.contains("getelementptr inbounds [200 x i32], ptr %large, i64 0, i64 5"), element);
            assertTrue(element.contains("load i32, ptr"), element);
            assertTrue(CodegenTesting.function(ir, "small").contains("load [4 x i32], ptr %from"), ir);
            return null;
        });
    }

    @Test
    void aSlotLargerThanALocalMayBeComesFromTheHeap() {
        CodegenTesting.parsed("wasi", IR, (t, m) -> {
            LargeValues.run(m, Set.of(), 256);
            Backend.verify(m, "after LargeValues");
            String copy = CodegenTesting.function(IrText.print(m), "copy");
            assertTrue(copy.contains("%large = call ptr @runtime.alloc(i32 800)"), copy);
            assertFalse(copy.contains("alloca"), copy);
            return null;
        });
    }

    @Test
    void aParameterPassedByPointerIsTakenApartInPlace() {
        String ir = """
                define internal i32 @pick([200 x i32] %a) {
                entry:
                  %e = extractvalue [200 x i32] %a, 7
                  ret i32 %e
                }

                define i32 @caller(ptr %p) {
                entry:
                  %v = load [200 x i32], ptr %p
                  %r = call i32 @pick([200 x i32] %v)
                  ret i32 %r
                }
                """;
        CodegenTesting.parsed("wasi", ir, (t, m) -> {
            LargeValues.run(m, AggregateParams.run(m, 4096), 4096);
            Backend.verify(m, "after AggregateParams and LargeValues");
            String pick = CodegenTesting.function(IrText.print(m), "pick");
            assertTrue(pick.contains("getelementptr inbounds [200 x i32], ptr %a, i64 0, i64 7"), pick);
            assertFalse(pick.contains("alloca"), pick);
            assertFalse(pick.contains("memcpy"), pick);
            return null;
        });
    }
}
