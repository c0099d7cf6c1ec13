package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * WriteOnlyGlobals removes internal globals whose loads only feed their own updates,
 * and keeps every global whose value something else reads, or that others can see.
 */
class WriteOnlyGlobalsTest {

    private static final String IR = """
            @count = internal global i32 0
            @total = internal global i64 0
            @loop = internal global i32 0
            @read = internal global i32 0
            @exported = global i32 0
            @onlystored = internal global i32 0
            @escapes = internal global i32 0
            @shared = internal global i32 0

            declare void @use(i32)
            declare void @usep(ptr)

            define void @alloc(i32 %size) {
            entry:
              %c = load i32, ptr @count
              %c1 = add i32 %c, 1
              store i32 %c1, ptr @count
              %t = load i64, ptr @total
              %s = zext i32 %size to i64
              %s3 = shl i64 %s, 3
              %t1 = add i64 %t, %s3
              store i64 %t1, ptr @total
              %r = load i32, ptr @read
              %r1 = add i32 %r, 1
              store i32 %r1, ptr @read
              %e = load i32, ptr @exported
              %e1 = add i32 %e, 1
              store i32 %e1, ptr @exported
              store i32 %size, ptr @onlystored
              call void @usep(ptr @escapes)
              %x = load i32, ptr @escapes
              %x1 = add i32 %x, 1
              store i32 %x1, ptr @escapes
              %tt = add i32 %size, 7
              %uu = mul i32 %tt, 2
              call void @use(i32 %uu)
              %h = load i32, ptr @shared
              %h1 = add i32 %h, %uu
              store i32 %h1, ptr @shared
              ret void
            }

            define void @sweep(i32 %n) {
            entry:
              %l0 = load i32, ptr @loop
              br label %head
            head:
              %i = phi i32 [ 0, %entry ], [ %i1, %body ]
              %l = phi i32 [ %l0, %entry ], [ %l1, %body ]
              %done = icmp eq i32 %i, %n
              br i1 %done, label %exit, label %body
            body:
              %l1 = add i32 %l, 1
              %i1 = add i32 %i, 1
              br label %head
            exit:
              store i32 %l, ptr @loop
              ret void
            }

            define void @stats() {
            entry:
              %r = load i32, ptr @read
              call void @use(i32 %r)
              ret void
            }
            """;

    @Test
    void countersNobodyReadsGoAndTheRestStays() {
        CodegenTesting.parsed("cortex-m-qemu", IR, (t, m) -> {
            int removed = WriteOnlyGlobals.run(m);
            String out = IrText.print(m);
            assertEquals(4, removed, out);
            for (String gone : new String[] {"@count", "@total", "@loop", "@shared"}) {
                assertFalse(out.contains(gone), gone + " should be gone: " + out);
            }
            // read by @stats, visible to other modules, never read (globalopt's), address taken
            for (String kept : new String[] {"@read =", "@exported =", "@onlystored =", "@escapes ="}) {
                assertTrue(out.contains(kept), kept + " should stay: " + out);
            }
            assertTrue(out.contains("store i32 %size, ptr @onlystored"), out);
            assertTrue(out.contains("%i1 = add i32 %i, 1"), "the loop's own counter stays: " + out);
            assertFalse(out.contains("%l1"), out);
            assertFalse(out.contains("%s3"), "the dead size computation goes too: " + out);
            // what feeds both the counter and another use stays whole
            assertTrue(out.contains("%tt = add i32 %size, 7") && out.contains("%uu = mul i32 %tt, 2")
                    && out.contains("call void @use(i32 %uu)"), out);
            return null;
        });
    }
}
