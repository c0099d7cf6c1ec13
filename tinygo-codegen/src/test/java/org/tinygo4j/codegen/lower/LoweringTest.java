package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
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
 * The lowering on one package (named runtime, so that it can define the helpers the
 * lowering calls): the module it builds must pass LLVMVerifyModule, and the IR must
 * carry Go's semantics where LLVM's differ, per target.
 */
class LoweringTest {
    private static final String SOURCE = """
            package runtime

            func udivmod32(n, d uint32) (q, r uint32) { return 0, 0 }
            func divmod32(n, d int32) (q, r int32) { return 0, 0 }
            func udivmod64(n, d uint64) (q, r uint64) { return 0, 0 }
            func divmod64(n, d int64) (q, r int64) { return 0, 0 }
            func panicDivide() {}
            func panicShift() {}
            func panicIndex(i, n int) {}
            func panicIndexUnsigned(i, n int) {}

            //export quo32
            func quo32(a, b int32) int32 { return a / b }

            //export shl8
            func shl8(a uint8, n uint) uint8 { return a << n }

            //export sar16
            func sar16(a int16, n uint) int16 { return a >> n }

            //export pick
            func pick(i int) byte {
            	var a [4]byte
            	a[1] = 7
            	return a[i]
            }
            """;

    private static String lower(String target) {
        BuildConfig config;
        try {
            config = BuildConfig.resolve(TargetRegistry.load().resolve(target), BuildOptions.defaults());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        File f = SourceParser.parse(fs, "rt.go", SOURCE.getBytes(StandardCharsets.UTF_8), diags);
        Universe universe = new Universe();
        Info info = new Info();
        TypeSizes sizes = new TypeSizes(config.pointerSize(), config.intSize(), config.maxAlign());
        Package pkg = new Package("runtime", "runtime", universe.scope());
        new Checker(universe, pkg, info, diags, sizes, (p, pos) -> null).checkFiles(List.of(f));
        Program program = new ProgramBuilder(List.of(pkg), info, sizes, diags).build();
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        try (LlvmTarget t = LlvmTarget.create(config.target(), OptLevel.Z)) {
            LLVMModuleRef m = ModuleLowering.lower(t.context(), program,
                    ModuleLowering.Config.of(config, t.dataLayout()), "test");
            try {
                Backend.verify(m, "after lowering");
                return IrText.print(m);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                LLVMDisposeModule(m);
            }
        }
    }

    private static String function(String ir, String name) {
        int start = ir.indexOf("@" + name + "(");
        start = ir.lastIndexOf("\ndefine", start);
        return ir.substring(start, ir.indexOf("\n}\n", start));
    }

    @Test
    void divisionUsesTheHardwareWhereItExists() {
        String quo = function(lower("host"), "quo32");
        assertTrue(quo.contains("sdiv i32"), quo);
        assertTrue(quo.contains("@runtime.panicDivide"), quo);
        // MinInt32 / -1 must wrap, not trap: the divisor -1 is replaced and the result negated.
        assertTrue(quo.matches("(?s).*icmp eq i32 %\\w+, -1.*"), quo);
    }

    @Test
    void divisionCallsTheRuntimeOnChipsWithoutADivider() {
        for (String target : List.of("arduino", "microbit")) {
            String quo = function(lower(target), "quo32");
            assertFalse(quo.contains("sdiv"), target + ": " + quo);
            assertTrue(quo.contains("@runtime.divmod32"), target + ": " + quo);
        }
        assertTrue(function(lower("cortex-m-qemu"), "quo32").contains("sdiv i32"));
    }

    @Test
    void shiftsByTheWidthOrMoreGiveZeroOrTheSign() {
        String ir = lower("host");
        String shl = function(ir, "shl8");
        assertTrue(shl.contains("icmp uge"), shl);
        assertTrue(shl.contains("select"), shl);
        String sar = function(ir, "sar16");
        assertTrue(sar.contains("ashr i16"), sar);
        assertTrue(sar.contains("i16 15"), sar); // a count >= 16 shifts by 15: the sign fills the value
    }

    @Test
    void arrayIndexIsBoundsChecked() {
        String pick = function(lower("wasi"), "pick");
        assertTrue(pick.contains("@runtime.panicIndex"), pick);
        assertTrue(pick.contains("icmp uge i32"), pick);
    }

    @Test
    void functionsAreNounwindSoNoUnwindTablesAreNeeded() {
        String ir = lower("microbit");
        assertTrue(ir.matches("(?s).*define[^\\n]*@quo32\\([^\\n]*#(\\d+).*attributes #\\1 = \\{[^}]*nounwind.*"), ir);
        assertEquals(-1, ir.indexOf("__aeabi_unwind"));
    }
}
