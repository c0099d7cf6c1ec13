package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.LLVMCreatePassBuilderOptions;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposePassBuilderOptions;
import static org.bytedeco.llvm.global.LLVM.LLVMRunPasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.llvm.IrText;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;
import org.tinygo4j.frontend.types.Checker;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.build.ProgramBuilder;
import org.tinygo4j.ssa.ir.Program;

/**
 * The coroutine lowering on wasi (scheduler coroutines), on a package named runtime
 * with the scheduler's intrinsics: async functions become LLVM coroutines with the
 * results-pointer convention, the module verifies, LLVM's default pipeline splits
 * them (no coroutine intrinsic is left), plain functions stay plain, and an exported
 * (plain) caller of an async function traps when it blocks.
 */
class CoroutinesTest {
    private static final String SOURCE = """
            package runtime

            import "unsafe"

            var heap [4096]byte
            var used uintptr

            //go:noinline
            func alloc(n uintptr) unsafe.Pointer {
            	p := unsafe.Pointer(&heap[used])
            	used += (n + 7) &^ 7
            	return p
            }

            func panicIndex(i, n int) {}
            func panicIndexUnsigned(i, n int) {}

            func pause()
            func coroStart(fn func()) unsafe.Pointer
            func coroResume(frame unsafe.Pointer) bool

            var waiting int

            func wait() int {
            	waiting++
            	pause()
            	return waiting
            }

            func twice() (int, int) {
            	a := wait()
            	b := wait()
            	return a, b
            }

            func work() {
            	x, y := twice()
            	waiting = x + y
            }

            func plain(a, b int) int { return a*b + 1 }

            //export start
            func start() unsafe.Pointer { return coroStart(work) }

            //export resume
            func resume(f unsafe.Pointer) bool { return coroResume(f) }

            //export direct
            func direct() int { return wait() + plain(2, 3) }
            """;

    private static String lower(boolean optimise) {
        BuildConfig config;
        try {
            config = BuildConfig.resolve(TargetRegistry.load().resolve("wasi"), BuildOptions.defaults());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(config.coroutines());
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        File f = SourceParser.parse(fs, "rt.go", SOURCE.getBytes(StandardCharsets.UTF_8), diags);
        Universe universe = new Universe();
        Info info = new Info();
        TypeSizes sizes = new TypeSizes(config.pointerSize(), config.intSize(), config.maxAlign());
        Package pkg = new Package("runtime", "runtime", universe.scope());
        new Checker(universe, pkg, info, diags, sizes, (p, pos) -> p.equals("unsafe") ? universe.unsafe() : null)
                .checkFiles(List.of(f));
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        Program program = new ProgramBuilder(List.of(pkg), info, sizes, diags).build();
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        try (LlvmTarget t = LlvmTarget.create(config.target(), OptLevel.Z)) {
            LLVMModuleRef m = ModuleLowering.lower(t.context(), program,
                    ModuleLowering.Config.of(config, t.dataLayout()), "test");
            try {
                Backend.verify(m, "after lowering");
                if (optimise) {
                    LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
                    LLVMErrorRef e = LLVMRunPasses(m, "default<Oz>", t.machine(), opts);
                    LLVMDisposePassBuilderOptions(opts);
                    assertTrue(e == null || e.isNull(), "the pipeline failed");
                    Backend.verify(m, "after optimisation");
                }
                return IrText.print(m);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                LLVMDisposeModule(m);
            }
        }
    }

    private static String define(String ir, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\ndefine [^\n]*@" + java.util.regex.Pattern.quote(name)
                + "\\([^\n]*").matcher(ir);
        assertTrue(m.find(), name + " is defined");
        return m.group().substring(1);
    }

    @Test
    void asyncFunctionsAreCoroutinesWithAResultsPointer() {
        String ir = lower(false);
        // wait() int: no parameters but the results pointer; returns a frame
        assertTrue(define(ir, "runtime.wait").matches("define internal ptr @runtime.wait\\(ptr %\\d+\\).*"),
                define(ir, "runtime.wait"));
        assertTrue(define(ir, "runtime.twice").contains("ptr @runtime.twice(ptr"), define(ir, "runtime.twice"));
        assertTrue(define(ir, "runtime.plain").contains("i32 @runtime.plain(i32"), define(ir, "runtime.plain"));
        assertTrue(ir.contains("@llvm.coro.suspend"), "pause suspends");
        assertTrue(ir.contains("@llvm.coro.resume"), "a resumed caller resumes its callee");
        assertTrue(ir.contains("@tinygo.coroutineBlocked"));
        assertTrue(ir.contains("presplitcoroutine"));
        // the exported caller cannot wait: it traps when wait blocks
        int at = ir.indexOf(define(ir, "direct"));
        String direct = ir.substring(at, ir.indexOf("\n}\n", at));
        assertTrue(direct.contains("@llvm.trap"), direct);
        assertFalse(define(ir, "direct").contains("ptr @direct"), "exports keep their signature");
    }

    @Test
    void theDefaultPipelineSplitsThem() {
        String ir = lower(true);
        assertFalse(ir.matches("(?s).*call [^\\n]*@llvm\\.coro\\.[^\\n]*"), "no coroutine intrinsic is left");
        assertTrue(ir.contains(".resume("), "a resume function per coroutine");
        assertTrue(ir.contains("@runtime.alloc"), "frames come from the heap");
    }
}
