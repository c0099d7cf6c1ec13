package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * Which values WasmStackRoots puts in frame slots (only those live across a call that
 * may reach the collector, @collect here), and that the module still verifies.
 */
class WasmStackRootsTest {

    private static final String IR = """
            declare void @collect()
            declare void @use(ptr)
            declare void @fdWrite(ptr) #0
            declare void @jsCall(ptr) #1
            declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)

            define ptr @alloc(i32 %n) {
            entry:
              call void @collect()
              ret ptr null
            }

            define ptr @allocTwice() {
            entry:
              %a = call ptr @alloc(i32 8)
              %b = call ptr @alloc(i32 8)
              ret ptr %b
            }

            define void @keeps(ptr %arg) {
            entry:
              %a = call ptr @alloc(i32 8)
              %b = call ptr @alloc(i32 8)
              call void @use(ptr %a)
              call void @use(ptr %arg)
              br label %next
            next:
              %c = call ptr @alloc(i32 8)
              call void @use(ptr %b)
              ret void
            }

            define void @consumedAtOnce(ptr %arg) {
            entry:
              call void @llvm.memset.p0.i32(ptr %arg, i8 0, i32 4, i1 false)
              %a = call ptr @alloc(i32 8)
              call void @use(ptr %a)
              ret void
            }

            define void @quietCalls(ptr %arg) {
            entry:
              %a = call ptr @allocTwice()
              call void @use(ptr %a)
              call void @fdWrite(ptr %a)
              call void @use(ptr %a)
              br label %next
            next:
              call void @use(ptr %arg)
              ret void
            }

            define void @acrossImport(ptr %arg) {
            entry:
              call void @jsCall(ptr %arg)
              call void @use(ptr %arg)
              ret void
            }

            define void @acrossPointer(ptr %arg, ptr %f) {
            entry:
              call void %f()
              call void @use(ptr %arg)
              ret void
            }

            define i8 @noCalls(ptr %p) {
            entry:
              %v = load i8, ptr %p
              ret i8 %v
            }

            define void @derived(ptr %arg, i1 %c) {
            entry:
              %f = getelementptr inbounds i8, ptr %arg, i32 8
              %n = call ptr @alloc(i32 8)
              call void @use(ptr %f)
              %s = select i1 %c, ptr @g, ptr @h
              %x = call ptr @alloc(i32 8)
              call void @use(ptr %s)
              br label %loop
            loop:
              %i = phi i32 [ 0, %entry ], [ %j, %loop ]
              %k = phi i32 [ 0, %entry ], [ %m, %loop ]
              %j = add i32 %i, 1
              %y = call ptr @alloc(i32 %j)
              %p = ptrtoint ptr %y to i32
              %m = add i32 %k, %p
              %done = icmp eq i32 %j, 10
              br i1 %done, label %exit, label %loop
            exit:
              ret void
            }

            define void @usedBeforeCall(ptr %arg) {
            entry:
              %a = call ptr @alloc(i32 8)
              br label %next
            next:
              call void @use(ptr %a)
              call void @use(ptr %arg)
              %b = call ptr @alloc(i32 8)
              ret void
            }

            @g = global i32 0
            @h = global i32 0

            attributes #0 = { "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="fd_write" }
            attributes #1 = { "wasm-import-module"="gojs" "wasm-import-name"="call" }
            """;

    @Test
    void valuesLiveAcrossCollectingCallsGetVolatileSlots() {
        CodegenTesting.parsed("wasi", IR, (t, m) -> {
            // allocTwice: %a (dead, no uses); keeps: %arg (used after @alloc), %a (after the
            // second @alloc), %b (in another block, after a third); quietCalls: %arg (another block);
            // acrossImport and acrossPointer: %arg
            // derived: %arg (its field's address %f is used after a call; the slot of the
            // object's own address serves it), %k (the sum takes in an address; %i and %j
            // count from a constant, %s chooses between globals)
            // usedBeforeCall: %arg (live across the call that makes %a)
            assertEquals(9, WasmStackRoots.run(m, "collect"));
            Backend.verify(m, "after WasmStackRoots");
            String ir = IrText.print(m);
            String keeps = body(ir, "keeps");
            assertEquals(3, keeps.split("store volatile ptr").length - 1, keeps);
            assertEquals(3, keeps.split("alloca ptr").length - 1, keeps);
            // consumedAtOnce: %arg is used before any call, %a goes straight into one
            assertFalse(body(ir, "consumedAtOnce").contains("store volatile"), ir);
            // quietCalls: %a is live only across calls that cannot collect (a WASI import
            // among them); %arg's use is in another block, which counts as across a call
            assertEquals(1, body(ir, "quietCalls").split("store volatile ptr").length - 1, ir);
            // an import of another module may call back into Go; so may a call through a pointer
            assertTrue(body(ir, "acrossImport").contains("store volatile ptr %arg"), ir);
            assertTrue(body(ir, "acrossPointer").contains("store volatile ptr %arg"), ir);
            String derived = body(ir, "derived");
            assertEquals(2, derived.split("store volatile").length - 1, derived);
            assertTrue(derived.contains("store volatile ptr %arg"), derived);
            assertTrue(derived.contains("store volatile i32 %k"), derived);
            // usedBeforeCall: %a's uses in the other block all come before the next collecting call
            String before = body(ir, "usedBeforeCall");
            assertEquals(1, before.split("store volatile").length - 1, before);
            assertTrue(before.contains("store volatile ptr %arg"), before);
            assertFalse(body(ir, "noCalls").contains("alloca"), ir);
            assertFalse(body(ir, "alloc").contains("alloca"), ir);
            return null;
        });
    }

    private static String body(String ir, String name) {
        return CodegenTesting.function(ir, name);
    }
}
