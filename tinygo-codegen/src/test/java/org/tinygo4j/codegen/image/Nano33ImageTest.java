package org.tinygo4j.codegen.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tinygo4j.codegen.CodegenException;
import org.tinygo4j.codegen.CodegenTesting;
import org.tinygo4j.codegen.backend.Toolchain;

/**
 * The Arduino Nano 33 IoT has no emulator: its image is checked instead. The program
 * must start after the 8 KiB bootloader with the vector table, the initial SP must be
 * the end of the 32 KiB RAM, the reset vector must point into the program's flash
 * with the Thumb bit set, and every section must lie inside flash or RAM.
 */
class Nano33ImageTest {

    private static final long FLASH = 0x2000;
    private static final long FLASH_END = 256 * 1024;
    private static final long RAM = 0x20000000L;
    private static final long RAM_END = RAM + 32 * 1024;

    private final Toolchain toolchain = new Toolchain();

    @Test
    void vectorTableAtTheProgramStartAndSectionsInsideTheChip() throws Exception {
        LinkedImage image = CodegenTesting.image(toolchain, "arduino-nano33", "hello/cortex-m-loop.ll", false);
        ElfImage elf = image.elf();
        assertEquals(ElfImage.EM_ARM, elf.machine());
        ElfImage.Section vectors = elf.section(".isr_vector").orElseThrow();
        assertEquals(FLASH, vectors.addr());
        assertEquals(16 * 4, vectors.size());
        ByteBuffer v = ByteBuffer.wrap(elf.contents(vectors)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(RAM_END, Integer.toUnsignedLong(v.getInt(0)));
        long reset = Integer.toUnsignedLong(v.getInt(4));
        assertEquals(1, reset & 1, "Thumb bit");
        assertTrue(reset > FLASH && reset < FLASH_END);
        assertEquals(reset, elf.entry());
        for (ElfImage.Section s : elf.sections()) {
            if (s.isAlloc() && s.size() > 0) {
                boolean inFlash = s.addr() >= FLASH && s.end() <= FLASH_END;
                boolean inRam = s.addr() >= RAM && s.end() <= RAM_END;
                assertTrue(inFlash || inRam, s.name() + " at " + Long.toHexString(s.addr()));
            }
        }
        for (ElfImage.Segment p : elf.loadSegments()) {
            assertTrue(p.paddr() >= FLASH && p.paddr() + p.filesz() <= FLASH_END, "loaded into flash");
        }
        ElfImage.Section data = elf.section(".data").orElseThrow();
        assertEquals(RAM, data.addr());
        assertEquals(4, data.size());
        ImageSizes sizes = image.sizes();
        assertEquals(4, sizes.data());
        assertTrue(sizes.code() > 64 && sizes.code() < 256, sizes.toString());
    }

    @Test
    void flashFormatsStartAtTheProgramStart() throws Exception {
        LinkedImage image = CodegenTesting.image(toolchain, "arduino-nano33", "hello/cortex-m-loop.ll", false);
        ElfImage elf = image.elf();
        byte[] vectors = elf.contents(elf.section(".isr_vector").orElseThrow());
        byte[] bin = image.encode(ImageFormat.BIN);
        assertEquals(image.sizes().flash(), bin.length);
        byte[] head = new byte[vectors.length];
        System.arraycopy(bin, 0, head, 0, head.length);
        assertArrayEquals(vectors, head);
        // .data's initial value (7) is stored at the end of the flash image.
        assertEquals(7, ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN).getInt(bin.length - 4));

        ByteBuffer uf2 = ByteBuffer.wrap(image.encode(ImageFormat.UF2)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(FLASH, uf2.getInt(12));
        assertEquals(0x68ed2b88, uf2.getInt(28));
        assertEquals((bin.length + 255) / 256, uf2.getInt(24));

        String hex = new String(image.encode(ImageFormat.HEX), StandardCharsets.US_ASCII);
        assertTrue(hex.startsWith(":10200000"), hex);
        assertTrue(hex.endsWith(":00000001FF\n"));
        assertArrayEquals(image.bytes(), image.encode(ImageFormat.ELF));
    }

    @Test
    void formatsTheTargetCannotHaveAreUserErrors() throws Exception {
        LinkedImage microbit = CodegenTesting.image(toolchain, "microbit", "hello/cortex-m-loop.ll", false);
        CodegenException uf2 = assertThrows(CodegenException.class, () -> microbit.encode(ImageFormat.UF2));
        assertFalse(uf2.isInternal());
        assertEquals("target microbit has no UF2 family id, so it cannot produce a .uf2 file", uf2.getMessage());
        CodegenException wasm = assertThrows(CodegenException.class, () -> microbit.encode(ImageFormat.WASM));
        assertEquals("target microbit cannot produce a .wasm file (it produces .elf)", wasm.getMessage());
    }
}
