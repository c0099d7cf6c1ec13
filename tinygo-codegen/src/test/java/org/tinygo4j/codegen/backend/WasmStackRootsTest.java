package org.tinygo4j.codegen.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.llvm.IrText;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;

/** Which values WasmStackRoots puts in frame slots, and that the module still verifies. */
class WasmStackRootsTest {

    private static final String IR = """
            declare ptr @alloc(i32)
            declare void @use(ptr)
            declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)

            define void @keeps(ptr %arg) {
            entry:
              %a = call ptr @alloc(i32 8)
              %b = call ptr @alloc(i32 8)
              call void @use(ptr %a)
              call void @use(ptr %arg)
              br label %next
            next:
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

            define i8 @noCalls(ptr %p) {
            entry:
              %v = load i8, ptr %p
              ret i8 %v
            }
            """;

    @Test
    void valuesLiveAcrossCallsGetVolatileSlots() throws Exception {
        try (LlvmTarget t = LlvmTarget.create(Builds.target("wasi"), OptLevel.Z)) {
            LLVMModuleRef m = IrText.parse(t, "roots", IR);
            // keeps: %arg (used after the call of @alloc), %a (after @alloc for %b), %b (another block)
            assertEquals(3, WasmStackRoots.run(m));
            Backend.verify(m, "after WasmStackRoots");
            String ir = IrText.print(m);
            String keeps = ir.substring(ir.indexOf("define void @keeps"), ir.indexOf("define void @consumedAtOnce"));
            assertEquals(3, keeps.split("store volatile ptr").length - 1, keeps);
            assertEquals(3, keeps.split("alloca ptr").length - 1, keeps);
            // consumedAtOnce: %arg is used before any call, %a goes straight into one
            String consumed = ir.substring(ir.indexOf("define void @consumedAtOnce"), ir.indexOf("define i8 @noCalls"));
            assertFalse(consumed.contains("store volatile"), consumed);
            assertTrue(ir.substring(ir.indexOf("define i8 @noCalls")).indexOf("alloca") < 0);
        }
    }
}
