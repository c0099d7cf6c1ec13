package org.tinygo4j.codegen.lower;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.CodegenTesting.Source;

/**
 * Interfaces in the lowering, InterfaceLowering (one package named runtime that stubs the hooks): type
 * descriptors only for converted types, dispatch by generated compare-and-call
 * functions, methods built only when an interface call reaches them, and a module
 * that verifies on a 64-bit and on the 16-bit-pointer target.
 */
class InterfaceLoweringTest {
    private static final String SOURCE = """
            package runtime

            func alloc(size uintptr) *byte { return nil }
            func allocNoscan(size uintptr) *byte { return nil }
            func stringEqual(a, b string) bool { return false }
            func panicNilMethod() {}
            func panicwrap(pkg, typ, meth string) {}
            func panicTypeAssert(iface string, have *byte, want string) {}
            func panicAssertIface(have *byte, want, missing string) {}
            func panicUncomparable(have *byte) {}

            type Shape interface{ Area() int }

            type Sq struct{ s int }

            func (q Sq) Area() int   { return q.s * q.s }
            func (q Sq) Unused() int { return 1 }

            type Never struct{}

            func (Never) Area() int { return 0 }

            //export area
            func area(s Shape) int { return s.Area() }

            //export box
            func box(n int) Shape { return Sq{n} }

            //export isNever
            func isNever(x interface{}) bool { _, ok := x.(Never); return ok }

            //export same
            func same(a, b Shape) bool { return a == b }
            """;

    private static String lower(String target) {
        BuildConfig config = CodegenTesting.config(target);
        return CodegenTesting.lowered(config, CodegenTesting.packages(config, Source.runtime(SOURCE)));
    }

    @Test
    void onlyConvertedTypesHaveDescriptorsAndOnlyInvokedMethodsAreBuilt() {
        String ir = lower("host");
        assertTrue(ir.contains("@\"type:runtime.Sq\" = private constant"), ir);
        // Never is only asserted to: its descriptor exists for the comparison, but its
        // method is not built, since no value of it can reach an interface call.
        assertFalse(ir.contains("define internal i64 @runtime.Never.Area"), ir);
        assertTrue(ir.contains("define internal i64 @runtime.Sq.Area"), ir);
        assertFalse(ir.contains("@runtime.Sq.Unused"), ir);
    }

    @Test
    void callsDispatchThroughAGeneratedCompareAndCallFunction() {
        String ir = lower("host");
        int start = ir.indexOf("define internal i64 @\"interface.invoke:Area()(int)\"");
        assertTrue(start >= 0, ir);
        String invoke = ir.substring(start, ir.indexOf("\n}\n", start));
        assertTrue(invoke.contains("icmp eq ptr %0, @\"type:runtime.Sq\""), invoke);
        assertTrue(invoke.contains("call i64 @runtime.Sq.Area"), invoke);
        assertTrue(invoke.contains("call void @runtime.panicNilMethod()"), invoke);
        assertTrue(ir.contains("define internal i1 @interface.equal("), ir);
    }

    @Test
    void interfacesLowerOnSixteenBitPointers() {
        String ir = lower("arduino");
        assertTrue(ir.contains("\"interface.invoke:Area()(int)\""), ir);
    }
}
