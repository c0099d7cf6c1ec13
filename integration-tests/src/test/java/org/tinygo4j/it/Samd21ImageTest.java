package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.OutputFormat;
import org.tinygo4j.it.TestPrograms.Program;

/**
 * The SAMD21G18A boards, arduino-nano33 and feather-m0, have no emulator, so their
 * images are checked instead: the ELF has its vector table at the flash start after the
 * 8 KB bootloader (0x2000) with an initial stack pointer inside the 32 KB of RAM and a
 * Thumb reset handler inside flash, every allocated section lies in flash or RAM; the
 * UF2 has valid blocks of the SAMD21 family, numbered in order, starting at 0x2000 with
 * the same vector table. Blinky (package machine, LED on PA17), echo (Serial1 with its
 * receive interrupt: SERCOM5 on the Nano 33 IoT, SERCOM0 on the Feather M0) and
 * peripherals_nano33 (ADC, SPI, I2C and PWM) are checked the same way. The Nano 33 IoT
 * gets every test program that fits it; the Feather M0, the same chip, a few.
 */
class Samd21ImageTest {
    static final long FLASH_START = 0x2000;
    static final long FLASH_END = 0x40000;     // 256 KB
    static final long RAM_START = 0x20000000L;
    static final long RAM_END = 0x20008000L;   // 32 KB
    static final int SAMD21_FAMILY = 0x68ed2b88;

    @TempDir
    Path dir;

    static final List<String> FEATHER_PROGRAMS = List.of("hello", "timerbasics", "recover_small", "blinky", "echo",
            "peripherals_nano33");

    /**
     * The boards and programs: for the Nano 33 IoT the test programs that fit it, and
     * blinky, echo and peripherals_nano33 (package machine); for the Feather M0 those
     * named in FEATHER_PROGRAMS.
     */
    static Stream<Arguments> programs() {
        List<Program> machine = List.of(
                new Program("blinky", BlinkyTest.BLINKY, "", 0, null, "", null, 0, null, false),
                new Program("echo", UartEchoTest.ECHO, "", 0, null, "", null, 0, null, false),
                new Program("peripherals_nano33", PeripheralsTest.MACHINE.resolve("peripherals_nano33.go"), "", 0, null,
                        "", null, 0, null, false));
        Stream<Program> nano33 = Stream.concat(TestPrograms.all().stream().filter(p -> p.runsOn("arduino-nano33")),
                machine.stream());
        Stream<Program> feather = Stream.concat(TestPrograms.all().stream(), machine.stream())
                .filter(p -> FEATHER_PROGRAMS.contains(p.name()));
        return Stream.concat(nano33.map(p -> Arguments.of("arduino-nano33", p)),
                feather.map(p -> Arguments.of("feather-m0", p)));
    }

    private static String diagnostics(CompileResult r) {
        return r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    /**
     * The clock: a program that reads it has the runtime's SysTick handler in vector 15
     * (Thumb, in flash), one that does not keeps the default handler there, which also
     * serves NMI (vector 2).
     */
    @Test
    void sysTickVectorIsTheClockHandlerOnlyWhenTheClockIsUsed() throws Exception {
        Compiler c = Compiler.builder().target("arduino-nano33").build();
        long[] systick = new long[2];
        long[] nmi = new long[2];
        String[] names = {"timerbasics", "hello"};
        for (int i = 0; i < 2; i++) {
            Path elfPath = dir.resolve(names[i] + ".elf");
            CompileResult r = c.compile(CompileRequest.of(TestPrograms.DATA.resolve(names[i] + ".go")).withOutput(elfPath));
            assertTrue(r.success(), () -> "compile failed:\n" + diagnostics(r));
            ElfFile elf = ElfFile.parse(Files.readAllBytes(elfPath));
            nmi[i] = elf.word32Physical(FLASH_START + 2 * 4);
            systick[i] = elf.word32Physical(FLASH_START + 15 * 4);
        }
        assertEquals(nmi[1], systick[1], "hello: SysTick is the default handler");
        assertTrue(systick[0] != nmi[0], "timerbasics: SysTick is still the default handler");
        assertTrue((systick[0] & 1) == 1 && systick[0] > FLASH_START && systick[0] < FLASH_END,
                "timerbasics: SysTick handler 0x" + Long.toHexString(systick[0]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("programs")
    void elfAndUf2AreWellFormed(String target, Program program) throws Exception {
        Compiler c = Compiler.builder().target(target).build();
        Path elfPath = dir.resolve(program.name() + ".elf");
        CompileResult r = c.compile(CompileRequest.of(program.source()).withOutput(elfPath));
        assertTrue(r.success(), () -> "compile failed:\n" + diagnostics(r));
        assertEquals(OutputFormat.ELF, r.artifact().format());
        byte[] elfBytes = Files.readAllBytes(elfPath);
        ElfFile elf = ElfFile.parse(elfBytes);
        assertEquals(40, elf.machine(), "EM_ARM");
        assertFalse(elf.is64());

        long sp = elf.word32Physical(FLASH_START);
        long reset = elf.word32Physical(FLASH_START + 4);
        assertTrue(sp > RAM_START && sp <= RAM_END, "initial SP 0x" + Long.toHexString(sp) + " outside RAM");
        assertTrue((reset & 1) == 1, "reset handler 0x" + Long.toHexString(reset) + " lacks the Thumb bit");
        assertTrue(reset > FLASH_START && reset < FLASH_END, "reset handler 0x" + Long.toHexString(reset) + " outside flash");

        for (ElfFile.Section s : elf.sections()) {
            if (!s.alloc() || s.size() == 0) {
                continue;
            }
            boolean inFlash = s.addr() >= FLASH_START && s.addr() + s.size() <= FLASH_END;
            boolean inRam = s.addr() >= RAM_START && s.addr() + s.size() <= RAM_END;
            assertTrue(inFlash || inRam, "section " + s.name() + " at 0x" + Long.toHexString(s.addr())
                    + " size " + s.size() + " is outside flash and RAM");
            if (s.type() == ElfFile.SHT_NOBITS) {
                assertTrue(inRam, "bss-like section " + s.name() + " not in RAM");
            }
        }

        if (program.name().equals("echo")) {
            // Serial1's receive interrupt is the board's SERCOM's (IRQ 9 + n, vector 16 + 9 + n);
            // the table ends with the last vector the program uses
            int serial1 = target.equals("feather-m0") ? 0 : 5;
            long defaultHandler = elf.word32Physical(FLASH_START + 2 * 4);
            for (int sercom = 0; sercom <= serial1; sercom++) {
                long handler = elf.word32Physical(FLASH_START + (16 + 9 + sercom) * 4);
                assertEquals(sercom != serial1, handler == defaultHandler, "SERCOM" + sercom + "'s vector 0x"
                        + Long.toHexString(handler) + ", Serial1 is SERCOM" + serial1);
            }
        }

        Path uf2Path = dir.resolve(program.name() + ".uf2");
        CompileResult u = c.compile(CompileRequest.of(program.source()).withOutput(uf2Path));
        assertTrue(u.success(), () -> "uf2 compile failed:\n" + diagnostics(u));
        assertEquals(OutputFormat.UF2, u.artifact().format());
        Uf2File uf2 = Uf2File.parse(Files.readAllBytes(uf2Path));
        List<Uf2File.Block> blocks = uf2.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Uf2File.Block b = blocks.get(i);
            assertEquals(i, b.blockNo(), "block number");
            assertEquals(blocks.size(), b.numBlocks(), "block count in block " + i);
            assertTrue((b.flags() & Uf2File.FLAG_FAMILY_ID) != 0, "family id flag in block " + i);
            assertEquals(SAMD21_FAMILY, b.familyId(), "family id in block " + i);
            assertTrue(b.address() >= FLASH_START && b.address() + b.payloadSize() <= FLASH_END,
                    "block " + i + " address 0x" + Long.toHexString(b.address()));
        }
        assertEquals(FLASH_START, blocks.get(0).address());
        byte[] first8 = java.util.Arrays.copyOf(blocks.get(0).payload(), 8);
        assertArrayEquals(elf.readPhysical(FLASH_START, 8), first8, "UF2 does not start with the ELF's vector table");
    }
}
