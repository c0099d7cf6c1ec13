package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * Which heap allocations HeapToStack turns into stack slots: those of a constant size
 * within the limit whose address is only loaded from, stored to, offset, compared or
 * passed to a nocapture parameter or to a defined function's parameter (also inside a
 * slice value) that only does the same; not those that are returned, stored, passed to
 * a parameter that may keep them, or too large.
 */
class HeapToStackTest {

    private static final String IR = """
            declare ptr @runtime.alloc(i32)
            declare ptr @runtime.allocNoscan(i32)
            declare void @readOnly(ptr nocapture)
            declare void @keep(ptr)
            declare i32 @other()

            define i32 @local() {
            entry:
              %p = call ptr @runtime.alloc(i32 8)
              store i32 7, ptr %p
              %q = getelementptr i8, ptr %p, i32 4
              store i32 1, ptr %q
              call void @readOnly(ptr %p)
              %v = load i32, ptr %p
              %t = tail call i32 @other()
              %s = add i32 %v, %t
              ret i32 %s
            }

            define ptr @returned() {
            entry:
              %p = call ptr @runtime.alloc(i32 8)
              ret ptr %p
            }

            define void @stored(ptr %out) {
            entry:
              %p = call ptr @runtime.alloc(i32 8)
              store ptr %p, ptr %out
              ret void
            }

            define void @passed() {
            entry:
              %p = call ptr @runtime.alloc(i32 8)
              call void @keep(ptr %p)
              ret void
            }

            define internal i32 @readSlice({ ptr, i32, i32 } %s) {
            entry:
              %p = extractvalue { ptr, i32, i32 } %s, 0
              %v = load i32, ptr %p
              ret i32 %v
            }

            define internal i32 @readThrough(ptr %p, i32 %n) {
            entry:
              %v = load i32, ptr %p
              %z = icmp eq i32 %n, 0
              br i1 %z, label %done, label %again
            again:
              %m = sub i32 %n, 1
              %w = call i32 @readThrough(ptr %p, i32 %m)
              br label %done
            done:
              ret i32 %v
            }

            define internal void @keepSlice({ ptr, i32, i32 } %s, ptr %out) {
            entry:
              %p = extractvalue { ptr, i32, i32 } %s, 0
              store ptr %p, ptr %out
              ret void
            }

            define i32 @sliced() {
            entry:
              %p = call ptr @runtime.allocNoscan(i32 8)
              %a = insertvalue { ptr, i32, i32 } undef, ptr %p, 0
              %b = insertvalue { ptr, i32, i32 } %a, i32 2, 1
              %v = call i32 @readSlice({ ptr, i32, i32 } %b)
              %w = call i32 @readThrough(ptr %p, i32 3)
              %s = add i32 %v, %w
              ret i32 %s
            }

            define i32 @slicedPointers() {
            entry:
              %p = call ptr @runtime.alloc(i32 8)
              %a = insertvalue { ptr, i32, i32 } undef, ptr %p, 0
              %b = insertvalue { ptr, i32, i32 } %a, i32 2, 1
              %v = call i32 @readSlice({ ptr, i32, i32 } %b)
              ret i32 %v
            }

            define void @slicedKept(ptr %out) {
            entry:
              %p = call ptr @runtime.alloc(i32 8)
              %a = insertvalue { ptr, i32, i32 } undef, ptr %p, 0
              %b = insertvalue { ptr, i32, i32 } %a, i32 2, 1
              call void @keepSlice({ ptr, i32, i32 } %b, ptr %out)
              ret void
            }

            define i32 @tooLarge() {
            entry:
              %p = call ptr @runtime.alloc(i32 4096)
              %v = load i32, ptr %p
              ret i32 %v
            }
            """;

    @Test
    void aLocalAllocationBecomesAZeroedStackSlotAndEscapingOnesStay() {
        CodegenTesting.parsed("cortex-m-qemu", IR, (t, m) -> {
            assertEquals(2, HeapToStack.run(m, 256));
            Backend.verify(m, "after HeapToStack");
            String ir = IrText.print(m);
            String local = CodegenTesting.function(ir, "local");
            assertFalse(local.contains("@runtime.alloc"), local);
            assertTrue(local.contains("alloca [8 x i8]"), local);
            // the heap hands out zeroed memory: so must the slot, where the call was
            assertTrue(local.matches("(?s).*call void @llvm\\.memset[^\\n]*i8 0, i32 8.*"), local);
            // a tail call promises that no caller alloca is passed: no longer true
            assertFalse(local.contains("tail call"), local);
            // a slice of it passed to a function that only reads through it, and the
            // pointer passed to a recursive one that only reads: followed into the callees,
            // for an object without pointers only (one with pointers, moved to the stack,
            // would be a conservative root for as long as its frame lives)
            String sliced = CodegenTesting.function(ir, "sliced");
            assertFalse(sliced.contains("@runtime.alloc"), sliced);
            for (String name : new String[] {"returned", "stored", "passed", "slicedKept", "slicedPointers",
                "tooLarge"}) {
                String f = CodegenTesting.function(ir, name);
                assertTrue(f.contains("call ptr @runtime.alloc"), f);
                assertFalse(f.contains("alloca"), f);
            }
            return null;
        });
    }

    @Test
    void withoutFollowingCalleesOnlyNocaptureParametersKeepAnAllocationLocal() {
        CodegenTesting.parsed("cortex-m-qemu", IR, (t, m) -> {
            assertEquals(1, HeapToStack.run(m, 256, false));
            String ir = IrText.print(m);
            assertFalse(CodegenTesting.function(ir, "local").contains("@runtime.alloc"));
            assertTrue(CodegenTesting.function(ir, "sliced").contains("call ptr @runtime.allocNoscan"));
            return null;
        });
    }

    @Test
    void aLimitOfZeroTurnsThePassOff() {
        CodegenTesting.parsed("cortex-m-qemu", IR, (t, m) -> {
            assertEquals(0, HeapToStack.run(m, 0));
            assertTrue(CodegenTesting.function(IrText.print(m), "local").contains("@runtime.alloc"));
            return null;
        });
    }
}
