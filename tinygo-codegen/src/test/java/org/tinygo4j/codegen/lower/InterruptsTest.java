package org.tinygo4j.codegen.lower;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.CodegenTesting.Source;

/**
 * interrupt.New lowered (Interrupts): the service routine that calls the handler, and on
 * Cortex-M the chip vector table up to the highest interrupt handled, Default_Handler
 * in the gaps; on AVR the routine is a signal-convention __vector_N and there is no
 * table (the start-up file's JMPs reach it).
 */
class InterruptsTest {
    private static final Source INTERRUPT = new Source("runtime/interrupt", "interrupt", """
            package interrupt

            type Interrupt struct {
            	num int
            }

            func New(id int, handler func(Interrupt)) Interrupt
            """);

    private static final String PROGRAM = """
            package runtime

            import "runtime/interrupt"

            func panicNilFunc() {}

            var count int

            func tick(interrupt.Interrupt) {
            	count++
            }

            //export setUp
            func setUp() int {
            	a := interrupt.New(2, tick)
            	interrupt.New(5, func(interrupt.Interrupt) { count-- })
            	return a.GetNumber()
            }
            """;

    private static String lower(String target) {
        BuildConfig config = CodegenTesting.config(target);
        String iface = INTERRUPT.text() + """

                func (irq Interrupt) GetNumber() int {
                	return irq.num
                }
                """;
        return CodegenTesting.lowered(config, CodegenTesting.packages(config,
                new Source(INTERRUPT.path(), INTERRUPT.name(), iface), Source.runtime(PROGRAM)));
    }

    @Test
    void cortexMGetsRoutinesAndAChipVectorTable() {
        String ir = lower("microbit");
        assertTrue(ir.contains("define void @tinygo_irq_2()"), ir);
        assertTrue(ir.contains("define void @tinygo_irq_5()"), ir);
        assertTrue(ir.contains("@tinygo_irqVectors = constant [6 x ptr] [ptr @Default_Handler, ptr @Default_Handler, "
                + "ptr @tinygo_irq_2, ptr @Default_Handler, ptr @Default_Handler, ptr @tinygo_irq_5], "
                + "section \".isr_vector.irq\""), ir);
        assertTrue(ir.contains("@llvm.used = appending global [1 x ptr] [ptr @tinygo_irqVectors]"), ir);
    }

    @Test
    void avrGetsSignalRoutinesOnly() {
        String ir = lower("arduino");
        assertTrue(ir.contains("define void @__vector_2()") || ir.contains("define avr_signalcc void @__vector_2()")
                || ir.matches("(?s).*define [^\\n]*@__vector_2\\(\\).*"), ir);
        assertTrue(ir.matches("(?s).*\"signal\".*"), ir);
        assertFalse(ir.contains("tinygo_irqVectors"), ir);
    }
}
