package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * The Raspberry Pi Pico (RP2040), which no emulator here models, checked in its images.
 * Blinky, hello, fmt, float, goroutine, timer and recover programs build; in each ELF
 * the first 256 bytes of flash (0x10000000) are boot2, whose last word is the CRC32
 * that the bootrom checks (computed here by a bit-serial loop of the test's own:
 * polynomial 0x04C11DB7, initial value all ones, most significant bit first, no final
 * XOR), and which holds the SSI's, VTOR's and the vector table's addresses it uses;
 * the vector table follows at 0x10000100 with the initial stack pointer at the end of
 * the 256 KiB of RAM (0x20040000) and a Thumb reset handler in flash; every allocated
 * section lies in flash (2 MiB) or RAM. The UF2 file has 256-byte payloads of the
 * RP2040 family (0xe48bff56), in order from 0x10000000, whose bytes are the ELF's
 * flash contents, boot2 and its CRC included. A program that reads the UART has the
 * compiler's handler at the vector of UART0's interrupt (20), one with a pin interrupt
 * at IO_BANK0's (13).
 */
class PicoImageTest {
    static final long FLASH_START = 0x10000000L;
    static final long FLASH_END = FLASH_START + 2 * 1024 * 1024;
    static final long VECTORS = FLASH_START + 256;
    static final long RAM_START = 0x20000000L;
    static final long RAM_END = RAM_START + 256 * 1024;
    static final int RP2040_FAMILY = 0xe48bff56;
    static final int UART0_IRQ = 20;
    static final int IO_BANK0_IRQ = 13;
    static final Path BUTTONS = Path.of("src/test/resources/machine/buttons_pico.go");

    @TempDir
    Path dir;

    static final List<String> PROGRAMS = List.of("hello", "fmt_small", "floatops32", "floatops64", "floats",
            "goroutines", "sleeporder", "timerbasics", "recover_floats");

    static Stream<Arguments> programs() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("blinky", BlinkyTest.BLINKY));
        for (String p : PROGRAMS) {
            all.add(Arguments.of(p, TestPrograms.DATA.resolve(p + ".go")));
        }
        return all.stream();
    }

    private static ElfFile build(Compiler c, Path source, Path out) throws Exception {
        CompileResult r = c.compile(CompileRequest.of(source).withOutput(out));
        assertTrue(r.success(), () -> source + ": " + r.diagnostics().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
        return out.toString().endsWith(".elf") ? ElfFile.parse(Files.readAllBytes(out)) : null;
    }

    /** CRC-32/MPEG-2, one bit at a time, written apart from the compiler's. */
    static long crc32Mpeg2(byte[] data, int length) {
        long crc = 0xFFFFFFFFL;
        for (int i = 0; i < length; i++) {
            for (int bit = 7; bit >= 0; bit--) {
                long in = (data[i] >> bit) & 1;
                long top = (crc >> 31) & 1;
                crc = (crc << 1) & 0xFFFFFFFFL;
                if ((top ^ in) != 0) {
                    crc ^= 0x04C11DB7L;
                }
            }
        }
        return crc;
    }

    @Test
    void crcLoopMatchesTheCatalogue() {
        assertEquals(0x0376E6E7L, crc32Mpeg2("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void imageBootsFromBoot2(String name, Path source) throws Exception {
        Compiler c = Compiler.builder().target("pico").build();
        ElfFile elf = build(c, source, dir.resolve(name + ".elf"));
        assertEquals(40, elf.machine(), "EM_ARM");

        byte[] boot2 = elf.readPhysical(FLASH_START, 256);
        long stored = ByteBuffer.wrap(boot2, 252, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        assertEquals(crc32Mpeg2(boot2, 252), stored, "boot2's CRC32");
        for (long word : List.of(0x18000000L, 0x180000F4L, 0xE000ED08L, VECTORS)) {
            assertTrue(containsWord(boot2, word), "boot2 does not use 0x" + Long.toHexString(word));
        }

        long sp = elf.word32Physical(VECTORS);
        long reset = elf.word32Physical(VECTORS + 4);
        assertEquals(RAM_END, sp, "initial SP");
        assertTrue((reset & 1) == 1, "reset handler 0x" + Long.toHexString(reset) + " lacks the Thumb bit");
        assertTrue(reset > VECTORS && reset < FLASH_END, "reset handler 0x" + Long.toHexString(reset));
        for (ElfFile.Section s : elf.sections()) {
            if (!s.alloc() || s.size() == 0) {
                continue;
            }
            boolean inFlash = s.addr() >= FLASH_START && s.addr() + s.size() <= FLASH_END;
            boolean inRam = s.addr() >= RAM_START && s.addr() + s.size() <= RAM_END;
            assertTrue(inFlash || inRam, "section " + s.name() + " at 0x" + Long.toHexString(s.addr()) + " size "
                    + s.size() + " is outside flash and RAM");
            if (s.type() == ElfFile.SHT_NOBITS) {
                assertTrue(inRam, "bss-like section " + s.name() + " not in RAM");
            }
            if (s.name().equals(".boot2")) {
                assertEquals(FLASH_START, s.addr());
                assertEquals(256, s.size());
            } else if (inFlash) {
                assertTrue(s.addr() >= VECTORS, "section " + s.name() + " overlaps boot2");
            }
        }

        Path uf2 = dir.resolve(name + ".uf2");
        build(c, source, uf2);
        checkUf2(Files.readAllBytes(uf2), elf);
    }

    private static void checkUf2(byte[] bytes, ElfFile elf) {
        List<Uf2File.Block> blocks = Uf2File.parse(bytes).blocks();
        assertFalse(blocks.isEmpty());
        TreeMap<Long, byte[]> chunks = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Uf2File.Block b = blocks.get(i);
            assertEquals(i, b.blockNo(), "block number");
            assertEquals(blocks.size(), b.numBlocks(), "block count in block " + i);
            assertTrue((b.flags() & Uf2File.FLAG_FAMILY_ID) != 0, "family id flag in block " + i);
            assertEquals(RP2040_FAMILY, b.familyId(), "family id in block " + i);
            assertEquals(256, b.payloadSize(), "payload of block " + i);
            assertEquals(FLASH_START + 256L * i, b.address(), "address of block " + i);
            assertTrue(b.address() + b.payloadSize() <= FLASH_END, "block " + i + " beyond flash");
            chunks.put(b.address(), Arrays.copyOf(b.payload(), b.payloadSize()));
        }
        // every byte the ELF loads into flash is the UF2's byte at that address
        for (ElfFile.Segment seg : elf.segments()) {
            if (seg.type() != ElfFile.PT_LOAD || seg.fileSize() == 0) {
                continue;
            }
            byte[] want = elf.readPhysical(seg.paddr(), (int) seg.fileSize());
            for (int i = 0; i < want.length; i++) {
                long addr = seg.paddr() + i;
                Map.Entry<Long, byte[]> c = chunks.floorEntry(addr);
                assertTrue(c != null && addr < c.getKey() + c.getValue().length, "0x" + Long.toHexString(addr)
                        + " is not in the UF2 file");
                assertEquals(want[i], c.getValue()[(int) (addr - c.getKey())], "byte at 0x" + Long.toHexString(addr));
            }
        }
        byte[] first = chunks.get(FLASH_START);
        long stored = ByteBuffer.wrap(first, 252, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        assertEquals(crc32Mpeg2(first, 252), stored, "boot2's CRC32 in the UF2 file");
    }

    private static boolean containsWord(byte[] b, long word) {
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= b.length; i += 4) {
            if ((h.getInt(i) & 0xFFFFFFFFL) == word) {
                return true;
            }
        }
        return false;
    }

    @Test
    void uartReceiveVectorIsTheCompilersHandler() throws Exception {
        Compiler c = Compiler.builder().target("pico").debug(true).build();
        ElfFile elf = build(c, UartEchoTest.ECHO, dir.resolve("echo.elf"));
        Map<String, Long> sym = elf.symbols();
        String routine = "tinygo_irq_" + UART0_IRQ;
        assertNotNull(sym.get(routine), routine + " missing");
        assertEquals(sym.get(routine) | 1, elf.word32Physical(VECTORS + (16 + UART0_IRQ) * 4L),
                "vector of UART0's interrupt");
        long fallback = sym.get("Default_Handler") | 1;
        for (int irq = 0; irq < UART0_IRQ; irq++) {
            assertEquals(fallback, elf.word32Physical(VECTORS + (16 + irq) * 4L), "vector of interrupt " + irq);
        }
    }

    @Test
    void pinInterruptVectorIsTheCompilersHandler() throws Exception {
        Compiler c = Compiler.builder().target("pico").debug(true).build();
        ElfFile elf = build(c, BUTTONS, dir.resolve("buttons.elf"));
        Map<String, Long> sym = elf.symbols();
        String routine = "tinygo_irq_" + IO_BANK0_IRQ;
        assertNotNull(sym.get(routine), routine + " missing");
        assertEquals(sym.get(routine) | 1, elf.word32Physical(VECTORS + (16 + IO_BANK0_IRQ) * 4L),
                "vector of IO_BANK0's interrupt");
        long fallback = sym.get("Default_Handler") | 1;
        for (int irq = 0; irq < IO_BANK0_IRQ; irq++) {
            assertEquals(fallback, elf.word32Physical(VECTORS + (16 + irq) * 4L), "vector of interrupt " + irq);
        }
    }
}
