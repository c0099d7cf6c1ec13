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

    private static final String CONSTRUCTORS = """
            %string = type { ptr, i32 }

            @text = internal constant [5 x i8] c"range"
            @errRange = internal global ptr null
            @errSyntax = internal global ptr null
            @errRead = internal global ptr null
            @errTold = internal global ptr null
            @errHuge = internal global ptr null

            declare ptr @runtime.alloc(i32)
            declare void @usep(ptr)

            define internal ptr @newError(%string %s) {
            entry:
              %obj = call ptr @runtime.alloc(i32 8)
              %p = extractvalue %string %s, 0
              store ptr %p, ptr %obj
              %lenp = getelementptr i8, ptr %obj, i32 4
              %n = extractvalue %string %s, 1
              store i32 %n, ptr %lenp
              ret ptr %obj
            }

            define internal ptr @newTold(ptr %q) {
            entry:
              %obj = call ptr @runtime.alloc(i32 8)
              store ptr %q, ptr %obj
              call void @usep(ptr %obj)
              ret ptr %obj
            }

            define internal ptr @newHuge() {
            entry:
              %obj = call ptr @runtime.alloc(i32 536870912)
              ret ptr %obj
            }

            define void @init() {
            entry:
              %e1 = call ptr @newError(%string { ptr @text, i32 5 })
              store ptr %e1, ptr @errRange
              %e2 = call ptr @newError(%string { ptr @text, i32 3 })
              store ptr %e2, ptr @errSyntax
              %e3 = call ptr @newError(%string { ptr @text, i32 4 })
              store ptr %e3, ptr @errRead
              %e4 = call ptr @newTold(ptr @text)
              store ptr %e4, ptr @errTold
              %e5 = call ptr @newHuge()
              store ptr %e5, ptr @errHuge
              ret void
            }

            define ptr @reader() {
            entry:
              %e = load ptr, ptr @errRead
              ret ptr %e
            }
            """;

    @Test
    void callsOfConstructorsGoLikeAllocations() {
        CodegenTesting.parsed("cortex-m-qemu", CONSTRUCTORS, (t, m) -> {
            int removed = NeverReadGlobals.run(m, 256);
            String out = IrText.print(m);
            // the stores into @errRange, @errSyntax, @errTold and @errHuge (the calls left
            // unused are not counted, as unused allocations are not)
            assertEquals(4, removed, out);
            assertFalse(out.contains("%e1 =") || out.contains("%e2 ="), out);
            // read: kept
            assertTrue(out.contains("%e3 = call ptr @newError(%string { ptr @text, i32 4 })")
                    && out.contains("store ptr %e3, ptr @errRead"), out);
            // a constructor that lets its object escape, or allocates a large one, is none
            assertTrue(out.contains("%e4 = call ptr @newTold(ptr @text)"), out);
            assertTrue(out.contains("%e5 = call ptr @newHuge()"), out);
            assertFalse(out.contains("ptr @errTold") || out.contains("ptr @errHuge"), out);
            return null;
        });
    }
}
