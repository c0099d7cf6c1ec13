package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.OutputFormat;

/**
 * The Cortex-M4F boards without an emulator, itsybitsy-m4 (ATSAMD51G19A) and
 * microbit-v2 (nRF52833), checked in their images. Blinky, hello, fmt, float, goroutine,
 * timer and recover programs build for both; each ELF has its vector table at the start
 * of the program's flash (0x4000 after the ItsyBitsy's UF2 bootloader, 0 on the
 * micro:bit) with an initial stack pointer at the end of RAM (192 KiB, 128 KiB) and a
 * Thumb reset handler in flash, every allocated section lies in flash or RAM, and the
 * reset code enables the FPU (CPACR's address is in it). The flash file each board
 * takes: the ItsyBitsy's UF2 has blocks of the SAMD51 family (0x55114460), in order,
 * from 0x4000; the micro:bit v2's Intel HEX has records with valid checksums, within
 * flash, whose bytes are the ELF's flash contents, from the vector table on. float32
 * arithmetic is VFP instructions with no soft-float float32 routine linked, float64
 * calls the runtime's __aeabi_d* routines (the FPU is single precision), as on
 * netduinoplus2 (Stm32Test); and a program that reads the UART has the compiler's
 * handler at the vector of the UART's receive interrupt (SERCOM3_2, 60; UART0, 2).
 */
class M4BoardImageTest {
    /** A board: its target, the program's flash and the RAM, the UART's receive interrupt. */
    enum Board {
        ITSYBITSY_M4("itsybitsy-m4", 0x4000, 0x80000, 0x20000000L, 0x20030000L, 60, ".uf2"),
        MICROBIT_V2("microbit-v2", 0, 0x80000, 0x20000000L, 0x20020000L, 2, ".hex");

        final String target;
        final long flashStart;
        final long flashEnd;
        final long ramStart;
        final long ramEnd;
        final int uartIrq;
        final String flashFile;

        Board(String target, long flashStart, long flashEnd, long ramStart, long ramEnd, int uartIrq, String flashFile) {
            this.target = target;
            this.flashStart = flashStart;
            this.flashEnd = flashEnd;
            this.ramStart = ramStart;
            this.ramEnd = ramEnd;
            this.uartIrq = uartIrq;
            this.flashFile = flashFile;
        }
    }

    static final int SAMD51_FAMILY = 0x55114460;
    static final long CPACR = 0xE000ED88L;

    @TempDir
    Path dir;

    static final List<String> PROGRAMS = List.of("hello", "fmt_small", "floatops32", "floatops64", "floats",
            "goroutines", "goroutine_floats", "sleeporder", "timerbasics", "recover_floats");

    static Stream<Arguments> boardsAndPrograms() {
        List<Arguments> all = new ArrayList<>();
        for (Board b : Board.values()) {
            all.add(Arguments.of(b, "blinky", BlinkyTest.BLINKY));
            for (String p : PROGRAMS) {
                all.add(Arguments.of(b, p, TestPrograms.DATA.resolve(p + ".go")));
            }
        }
        return all.stream();
    }

    private ElfFile build(Compiler c, Path source, Path out) throws Exception {
        CompileResult r = c.compile(CompileRequest.of(source).withOutput(out));
        assertTrue(r.success(), () -> source + ": " + r.diagnostics().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
        return out.toString().endsWith(".elf") ? ElfFile.parse(Files.readAllBytes(out)) : null;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("boardsAndPrograms")
    void imageFitsTheBoard(Board board, String name, Path source) throws Exception {
        Compiler c = Compiler.builder().target(board.target).build();
        ElfFile elf = build(c, source, dir.resolve(name + ".elf"));
        assertEquals(40, elf.machine(), "EM_ARM");
        long sp = elf.word32Physical(board.flashStart);
        long reset = elf.word32Physical(board.flashStart + 4);
        assertEquals(board.ramEnd, sp, "initial SP");
        assertTrue((reset & 1) == 1, "reset handler 0x" + Long.toHexString(reset) + " lacks the Thumb bit");
        assertTrue(reset > board.flashStart && reset < board.flashEnd, "reset handler 0x" + Long.toHexString(reset));
        for (ElfFile.Section s : elf.sections()) {
            if (!s.alloc() || s.size() == 0) {
                continue;
            }
            boolean inFlash = s.addr() >= board.flashStart && s.addr() + s.size() <= board.flashEnd;
            boolean inRam = s.addr() >= board.ramStart && s.addr() + s.size() <= board.ramEnd;
            assertTrue(inFlash || inRam, "section " + s.name() + " at 0x" + Long.toHexString(s.addr()) + " size "
                    + s.size() + " is outside flash and RAM");
            if (s.type() == ElfFile.SHT_NOBITS) {
                assertTrue(inRam, "bss-like section " + s.name() + " not in RAM");
            }
        }
        ElfFile.Section text = elf.sections().stream().filter(s -> s.name().equals(".text")).findFirst().orElseThrow();
        assertTrue(containsWord(elf.readPhysical(text.addr(), (int) text.size()), CPACR),
                "no CPACR address in the code: the FPU is not enabled at reset");

        Path file = dir.resolve(name + board.flashFile);
        build(c, source, file);
        byte[] bytes = Files.readAllBytes(file);
        if (board.flashFile.equals(".uf2")) {
            checkUf2(board, bytes, elf);
        } else {
            checkHex(board, new String(bytes, StandardCharsets.US_ASCII), elf);
        }
    }

    private static void checkUf2(Board board, byte[] bytes, ElfFile elf) {
        List<Uf2File.Block> blocks = Uf2File.parse(bytes).blocks();
        assertFalse(blocks.isEmpty());
        TreeMap<Long, byte[]> chunks = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Uf2File.Block b = blocks.get(i);
            assertEquals(i, b.blockNo(), "block number");
            assertEquals(blocks.size(), b.numBlocks(), "block count in block " + i);
            assertTrue((b.flags() & Uf2File.FLAG_FAMILY_ID) != 0, "family id flag in block " + i);
            assertEquals(SAMD51_FAMILY, b.familyId(), "family id in block " + i);
            assertTrue(b.address() >= board.flashStart && b.address() + b.payloadSize() <= board.flashEnd,
                    "block " + i + " address 0x" + Long.toHexString(b.address()));
            chunks.put(b.address(), java.util.Arrays.copyOf(b.payload(), b.payloadSize()));
        }
        assertEquals(board.flashStart, blocks.get(0).address());
        sameAsElf(board, elf, chunks);
    }

    /**
     * Reads the Intel HEX records on their own (not through the compiler's encoder):
     * every line is ":" and hex digits whose bytes sum to 0 mod 256; data records
     * (type 00) are placed by the last extended linear address (04); the file ends with
     * the end-of-file record (01). The data must be the ELF's flash contents, in
     * flash, starting at the vector table.
     */
    private static void checkHex(Board board, String hex, ElfFile elf) {
        List<String> lines = hex.lines().toList();
        long upper = 0;
        boolean end = false;
        TreeMap<Long, byte[]> chunks = new TreeMap<>();
        for (String line : lines) {
            assertFalse(end, "a record after the end-of-file record");
            assertTrue(line.matches(":([0-9A-F]{2})+"), "not a record: " + line);
            byte[] rec = new byte[(line.length() - 1) / 2];
            int sum = 0;
            for (int i = 0; i < rec.length; i++) {
                rec[i] = (byte) Integer.parseInt(line.substring(1 + 2 * i, 3 + 2 * i), 16);
                sum += rec[i] & 0xFF;
            }
            assertEquals(0, sum & 0xFF, "checksum of " + line);
            int len = rec[0] & 0xFF;
            assertEquals(len + 5, rec.length, "length of " + line);
            int offset = (rec[1] & 0xFF) << 8 | (rec[2] & 0xFF);
            switch (rec[3]) {
                case 0x00 -> {
                    long addr = upper << 16 | offset;
                    assertTrue(addr >= board.flashStart && addr + len <= board.flashEnd, "record at 0x"
                            + Long.toHexString(addr) + " outside flash");
                    chunks.put(addr, java.util.Arrays.copyOfRange(rec, 4, 4 + len));
                }
                case 0x04 -> upper = (rec[4] & 0xFF) << 8 | (rec[5] & 0xFF);
                case 0x05 -> assertEquals(elf.word32Physical(board.flashStart + 4) & ~1L,
                        ByteBuffer.wrap(rec, 4, 4).order(ByteOrder.BIG_ENDIAN).getInt() & 0xFFFFFFFEL, "start address");
                case 0x01 -> end = true;
                default -> throw new AssertionError("unexpected record type in " + line);
            }
        }
        assertTrue(end, "no end-of-file record");
        assertEquals(board.flashStart, chunks.firstKey(), "the first record is not the vector table's");
        sameAsElf(board, elf, chunks);
    }

    /**
     * The flash file's data (address to bytes) against the ELF's loadable bytes in flash
     * (the code, constants and .data's initial values): no two chunks overlap, every
     * byte of a chunk that the ELF loads equals it, and every byte the ELF loads into
     * flash is in a chunk.
     */
    private static void sameAsElf(Board board, ElfFile elf, TreeMap<Long, byte[]> chunks) {
        long covered = board.flashStart;
        for (Map.Entry<Long, byte[]> c : chunks.entrySet()) {
            assertTrue(c.getKey() >= covered, "chunk at 0x" + Long.toHexString(c.getKey()) + " overlaps the one before");
            covered = c.getKey() + c.getValue().length;
        }
        for (ElfFile.Segment seg : elf.segments()) {
            if (seg.type() != ElfFile.PT_LOAD || seg.fileSize() == 0) {
                continue;
            }
            assertTrue(seg.paddr() >= board.flashStart && seg.paddr() + seg.fileSize() <= board.flashEnd,
                    "segment loaded at 0x" + Long.toHexString(seg.paddr()) + " outside flash");
            byte[] want = elf.readPhysical(seg.paddr(), (int) seg.fileSize());
            for (int i = 0; i < want.length; i++) {
                long addr = seg.paddr() + i;
                Map.Entry<Long, byte[]> c = chunks.floorEntry(addr);
                assertTrue(c != null && addr < c.getKey() + c.getValue().length, "0x" + Long.toHexString(addr)
                        + " is not in the flash file");
                assertEquals(want[i], c.getValue()[(int) (addr - c.getKey())], "byte at 0x" + Long.toHexString(addr));
            }
        }
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

    @ParameterizedTest
    @EnumSource(Board.class)
    void float32InTheFpuFloat64InSoftFloatRoutines(Board board) throws Exception {
        Compiler c = Compiler.builder().target(board.target).debug(true).build();
        ElfFile f32 = build(c, TestPrograms.DATA.resolve("floatops32.go"), dir.resolve("f32.elf"));
        Map<String, Long> sym = f32.symbols();
        for (String routine : List.of("__aeabi_fadd", "__aeabi_fsub", "__aeabi_fmul", "__aeabi_fdiv", "__aeabi_fcmplt",
                "__aeabi_fcmpeq")) {
            assertFalse(sym.containsKey(routine), routine + " is linked: float32 should be done by the FPU");
        }
        ElfFile.Section text = f32.sections().stream().filter(s -> s.name().equals(".text")).findFirst().orElseThrow();
        byte[] code = f32.readPhysical(text.addr(), (int) text.size());
        assertTrue(Stm32Test.countVfp(code, 0xEE30, 0x0A00) > 0, "no vadd.f32 in floatops32");
        assertTrue(Stm32Test.countVfp(code, 0xEE20, 0x0A00) > 0, "no vmul.f32 in floatops32");
        assertTrue(Stm32Test.countVfp(code, 0xEE80, 0x0A00) > 0, "no vdiv.f32 in floatops32");

        Map<String, Long> f64 = build(c, TestPrograms.DATA.resolve("floatops64.go"), dir.resolve("f64.elf")).symbols();
        for (String routine : List.of("__aeabi_dadd", "__aeabi_dsub", "__aeabi_dmul", "__aeabi_ddiv")) {
            assertTrue(f64.containsKey(routine), routine + " is missing: float64 should call the soft-float routines");
        }
    }

    @ParameterizedTest
    @EnumSource(Board.class)
    void uartReceiveVectorIsTheCompilersHandler(Board board) throws Exception {
        Compiler c = Compiler.builder().target(board.target).debug(true).build();
        ElfFile elf = build(c, UartEchoTest.ECHO, dir.resolve("echo.elf"));
        Map<String, Long> sym = elf.symbols();
        String routine = "tinygo_irq_" + board.uartIrq;
        assertNotNull(sym.get(routine), routine + " missing");
        assertEquals(sym.get(routine) | 1, elf.word32Physical(board.flashStart + (16 + board.uartIrq) * 4L),
                "vector of the UART's interrupt");
        long fallback = sym.get("Default_Handler") | 1;
        for (int irq = 0; irq < board.uartIrq; irq++) {
            assertEquals(fallback, elf.word32Physical(board.flashStart + (16 + irq) * 4L), "vector of interrupt " + irq);
        }
    }
}
