package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * NeverReadGlobals removes the stores into internal globals nothing reads and the heap
 * objects only they kept, and keeps every global, store and allocation something else
 * can observe.
 */
class NeverReadGlobalsTest {

    private static final String IR = """
            %slice = type { ptr, i32, i32 }

            @a = internal constant [4 x i8] c"abcd"
            @b = internal constant [4 x i8] c"efgh"
            @ranges = internal global %slice zeroinitializer
            @source = internal global ptr @a
            @copy = internal global ptr null
            @readtable = internal global %slice zeroinitializer
            @escaping = internal global ptr null
            @addressed = internal global ptr null
            @holder = global ptr @addressed
            @hugesink = internal global ptr null
            @sized = internal global ptr null
            @exported = global ptr null
            @volatile = internal global ptr null

            declare ptr @runtime.alloc(i32)
            declare void @usep(ptr)
            declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)

            define void @init(i32 %n) {
            entry:
              %arr = call ptr @runtime.alloc(i32 16)
              call void @llvm.memset.p0.i32(ptr %arr, i8 0, i32 16, i1 false)
              store ptr @a, ptr %arr
              %e1 = getelementptr ptr, ptr %arr, i32 1
              store ptr @b, ptr %e1
              store ptr %arr, ptr @ranges
              %len = getelementptr %slice, ptr @ranges, i32 0, i32 1
              store i32 2, ptr %len
              store i32 2, ptr getelementptr (%slice, ptr @ranges, i32 0, i32 2)
              %s = load ptr, ptr @source
              store ptr %s, ptr @copy
              %arr2 = call ptr @runtime.alloc(i32 8)
              store ptr @b, ptr %arr2
              store ptr %arr2, ptr @readtable
              %arr3 = call ptr @runtime.alloc(i32 8)
              store ptr @a, ptr %arr3
              call void @usep(ptr %arr3)
              store ptr %arr3, ptr @escaping
              %arr4 = call ptr @runtime.alloc(i32 8)
              store ptr %arr4, ptr @exported
              %arr5 = call ptr @runtime.alloc(i32 8)
              store volatile ptr %arr5, ptr @volatile
              %arr6 = call ptr @runtime.alloc(i32 8)
              store ptr %arr6, ptr @addressed
              %huge = call ptr @runtime.alloc(i32 536870912)
              store ptr @a, ptr %huge
              store ptr %huge, ptr @hugesink
              %arr7 = call ptr @runtime.alloc(i32 %n)
              store ptr %arr7, ptr @sized
              ret void
            }

            define ptr @reader() {
            entry:
              %t = load ptr, ptr @readtable
              ret ptr %t
            }
            """;

    @Test
    void storesNobodyReadsGoWithTheObjectsOnlyTheyKept() {
        CodegenTesting.parsed("cortex-m-qemu", IR, (t, m) -> {
            int removed = NeverReadGlobals.run(m, 256);
            String out = IrText.print(m);
            // @ranges: three writes and its array with the array's three; @copy, @escaping,
            // @hugesink and @sized: one each
            assertEquals(11, removed, out);
            // a large or computed allocation stays (it may be what runs out of memory)
            assertTrue(out.contains("%huge = call ptr @runtime.alloc(i32 536870912)")
                    && out.contains("store ptr @a, ptr %huge"), out);
            assertTrue(out.contains("%arr7 = call ptr @runtime.alloc(i32 %n)"), out);
            assertFalse(out.contains("ptr @hugesink") || out.contains("ptr @sized"), out);
            assertFalse(out.contains("%arr ="), "the array only @ranges held goes: " + out);
            assertFalse(out.contains("store ptr @a, ptr %arr\n"), out);
            assertFalse(out.contains("ptr @ranges"), "no store into @ranges is left: " + out);
            assertFalse(out.contains("load ptr, ptr @source"), "the load that fed @copy goes: " + out);
            assertFalse(out.contains("ptr @copy"), out);
            // a never-read global loses its store even when the value escapes elsewhere,
            // but the object the value points to stays
            assertFalse(out.contains("ptr @escaping"), out);
            assertTrue(out.contains("store ptr @a, ptr %arr3") && out.contains("call void @usep(ptr %arr3)"), out);
            // read by @reader; visible to other modules; stored volatile
            assertTrue(out.contains("store ptr %arr2, ptr @readtable") && out.contains("store ptr @b, ptr %arr2"), out);
            assertTrue(out.contains("store ptr %arr4, ptr @exported"), out);
            assertTrue(out.contains("store volatile ptr %arr5, ptr @volatile"), out);
            assertTrue(out.contains("store ptr %arr6, ptr @addressed"), "its address is in another global: " + out);
            return null;
        });
    }
}
