package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;

/**
 * The vector tables of programs with interrupts, read from their images (built with
 * -debug for the symbol table): on the Nano 33 IoT, which has no emulator,
 * src/test/resources/machine/interrupts_nano33.go handles SERCOM5 (chip interrupt 14,
 * Serial's receive) and the EIC (4, a pin interrupt): vectors 16 + 14 and 16 + 4 hold
 * the compiler's service routines tinygo_irq_14 and tinygo_irq_4 (Thumb addresses),
 * the vectors of the 13 other chip interrupts up to 14 hold Default_Handler, and the
 * chip's table ends there (its symbol tinygo_irqVectors is 15 words). A program
 * without interrupts has no chip vectors at all. On the Uno, vector 18 (USART_RX) of
 * an echo program jumps to the compiler's __vector_18, the others to
 * __vector_default, and the table ends there; the tables of programs without
 * interrupts end after the reset entry or the clock's vector (11 on the Uno, 17 on the
 * Mega).
 */
class InterruptImageTest {
    static final Path NANO33 = Path.of("src/test/resources/machine/interrupts_nano33.go");
    static final long NANO33_FLASH = 0x2000;

    @TempDir
    Path dir;

    private ElfFile build(String target, Path source) throws Exception {
        Path elf = dir.resolve(target + "-" + source.getFileName() + ".elf");
        CompileResult r = Compiler.builder().target(target).debug(true).build()
                .compile(CompileRequest.of(source).withOutput(elf));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        return ElfFile.parse(Files.readAllBytes(elf));
    }

    @Test
    void nano33VectorsPointAtTheHandlers() throws Exception {
        ElfFile elf = build("arduino-nano33", NANO33);
        Map<String, Long> sym = elf.symbols();
        Long table = sym.get("tinygo_irqVectors");
        assertNotNull(table, "no chip vector table");
        assertEquals(NANO33_FLASH + 16 * 4, table.longValue(), "chip vectors right after the 16 system ones");
        long fallback = sym.get("Default_Handler") | 1;
        for (int irq = 0; irq <= 14; irq++) {
            long v = elf.word32Physical(NANO33_FLASH + (16 + irq) * 4L);
            String routine = "tinygo_irq_" + irq;
            if (irq == 4 || irq == 14) {
                assertNotNull(sym.get(routine), routine + " missing");
                assertEquals(sym.get(routine) | 1, v, "vector of chip interrupt " + irq);
            } else {
                assertEquals(fallback, v, "vector of unused chip interrupt " + irq);
                assertFalse(sym.containsKey(routine), routine + " defined");
            }
        }
        long next = elf.word32Physical(NANO33_FLASH + (16 + 15) * 4L);
        assertTrue(next != fallback, "the table goes on past the last interrupt handled");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"arduino-nano33", "microbit", "cortex-m-qemu", "netduinoplus2"})
    void programsWithoutInterruptsHaveNoChipVectors(String target) throws Exception {
        ElfFile elf = build(target, BlinkyTest.BLINKY);
        assertFalse(elf.symbols().containsKey("tinygo_irqVectors"), "blinky has chip vectors");
        assertFalse(elf.symbols().keySet().stream().anyMatch(s -> s.startsWith("tinygo_irq_")), "blinky has a handler");
    }

    @Test
    void unoReceiveVectorJumpsToTheCompilersRoutine() throws Exception {
        ElfFile elf = build("arduino", UartEchoTest.ECHO);
        Map<String, Long> sym = elf.symbols();
        assertNotNull(sym.get("__vector_18"), "no USART_RX routine");
        assertEquals(19 * 4L, sym.get("__vectors_end"), "the table ends after vector 18");
        for (int v = 1; v <= 18; v++) {
            long word = elf.word32Physical(v * 4L);
            // JMP k: 1001 010k kkkk 110k, then the low 16 bits of the word address
            int first = (int) (word & 0xffff);
            assertEquals(0x940c, first & 0xfe0e, "vector " + v + " is not a JMP");
            long target = ((((first >> 4) & 0x1f) << 1 | (first & 1)) << 16 | (word >>> 16)) * 2;
            String expected = v == 18 ? "__vector_18" : v == 11 && sym.containsKey("__vector_11") ? "__vector_11"
                    : "__vector_default";
            assertEquals(sym.get(expected).longValue(), target, "vector " + v);
        }
    }

    @Test
    void avrTablesEndAtTheLastVectorUsed() throws Exception {
        Path println = Path.of("testdata/hello.go");
        Path blinky = Path.of("../examples/blinky/blinky.go");
        assertEquals(4L, build("arduino", println).symbols().get("__vectors_end"), "hello on the Uno: reset only");
        assertEquals(12 * 4L, build("arduino", blinky).symbols().get("__vectors_end"), "blinky on the Uno: up to 11");
        assertEquals(18 * 4L, build("arduino-mega2560", blinky).symbols().get("__vectors_end"),
                "blinky on the Mega: up to 17");
    }
}
