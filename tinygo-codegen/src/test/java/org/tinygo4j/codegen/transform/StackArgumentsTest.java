package org.tinygo4j.codegen.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.llvm.IrText;

/**
 * StackArguments' rewrite for avr6: a function type whose arguments pass the 18 bytes
 * of argument registers (each rounded to an even size) keeps the arguments that fit with
 * 2 bytes to spare and takes the rest through a struct in a slot of the caller, at
 * direct and indirect calls alike; types that fit, and every function of a type that an
 * exported function has, stay as they were. That the result runs right is
 * RunProgramsTest's (stackargs.go on the Mega, under qemu).
 */
class StackArgumentsTest {

    private static final String IR = """
            define internal i32 @many(i64 %a, i64 %b, i32 %c, i16 %d) {
            entry:
              %c2 = zext i16 %d to i32
              %s = add i32 %c, %c2
              ret i32 %s
            }

            define internal i32 @few(i64 %a, i64 %b) {
            entry:
              ret i32 0
            }

            define i32 @exported(i64 %a, i64 %b, i64 %c) {
            entry:
              ret i32 1
            }

            define internal i32 @sameTypeAsExported(i64 %a, i64 %b, i64 %c) {
            entry:
              ret i32 2
            }

            define i32 @caller(ptr addrspace(1) %f) {
            entry:
              %r = call i32 @many(i64 1, i64 2, i32 3, i16 4)
              %q = call i32 %f(i64 5, i64 6, i32 7, i16 8)
              %p = call i32 @few(i64 1, i64 2)
              %e = call i32 @sameTypeAsExported(i64 1, i64 2, i64 3)
              %t1 = add i32 %r, %q
              %t2 = add i32 %t1, %p
              %t3 = add i32 %t2, %e
              ret i32 %t3
            }
            """;

    @Test
    void argumentsBeyondTheRegistersGoThroughASlotOfTheCaller() {
        CodegenTesting.parsed("arduino-mega2560", IR, (t, m) -> {
            assertEquals(1, StackArguments.run(m), "only @many is rewritten");
            Backend.verify(m, "after StackArguments");
            String ir = IrText.print(m);
            String many = CodegenTesting.function(ir, "many");
            assertTrue(many.startsWith("define internal i32 @many(i64 %a, i64 %b, ptr %0)"), many);
            assertTrue(many.contains("{ i32, i16 }, ptr %0, i32 0, i32 1\n  %d = load i16"), many);
            String caller = CodegenTesting.function(ir, "caller");
            assertTrue(caller.contains("%args = alloca { i32, i16 }"), caller);
            assertTrue(caller.contains("call addrspace(1) i32 @many(i64 1, i64 2, ptr %args)"), caller);
            assertTrue(caller.contains("store i16 8, ptr"), caller);
            assertTrue(caller.contains("call addrspace(1) i32 %f(i64 5, i64 6, ptr %args1)"), caller);
            assertTrue(caller.contains("@llvm.lifetime.end.p0(i64 6, ptr %args)"), caller);
            // kept as they were
            assertTrue(ir.contains("define internal i32 @few(i64 %a, i64 %b)"), ir);
            assertTrue(ir.contains("define i32 @exported(i64 %a, i64 %b, i64 %c)"), ir);
            assertTrue(ir.contains("define internal i32 @sameTypeAsExported(i64 %a, i64 %b, i64 %c)"), ir);
            assertTrue(caller.contains("call addrspace(1) i32 @sameTypeAsExported(i64 1, i64 2, i64 3)"), caller);
            return null;
        });
    }

    /** Each argument takes an even number of registers: nine bytes fit, ten do not. */
    @Test
    void bytesTakeTwoRegistersEach() {
        String nine = "i8 %a, i8 %b, i8 %c, i8 %d, i8 %e, i8 %f, i8 %g, i8 %h, i8 %i";
        String ir = "define internal void @nine(" + nine + ") {\nentry:\n  ret void\n}\n\n"
                + "define internal void @ten(" + nine + ", i8 %j) {\nentry:\n  ret void\n}\n";
        CodegenTesting.parsed("arduino-mega2560", ir, (t, m) -> {
            assertEquals(1, StackArguments.run(m));
            Backend.verify(m, "after StackArguments");
            String out = IrText.print(m);
            assertTrue(out.contains("define internal void @nine(" + nine + ")"), out);
            // eight stay (16 bytes), with the slot's address in the last two registers
            assertTrue(out.contains("define internal void @ten(i8 %a, i8 %b, i8 %c, i8 %d, i8 %e, i8 %f, i8 %g, i8 %h, ptr %0)"),
                    out);
            return null;
        });
    }
}
