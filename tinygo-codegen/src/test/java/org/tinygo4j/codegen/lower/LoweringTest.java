package org.tinygo4j.codegen.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.CodegenTesting.Source;

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
        BuildConfig config = CodegenTesting.config(target);
        return CodegenTesting.lowered(config, CodegenTesting.packages(config, Source.runtime(SOURCE)));
    }

    private static String function(String ir, String name) {
        return CodegenTesting.function(ir, name);
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
