package org.tinygo4j.codegen.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The ELF reader, the flash formats and the size count, against bytes worked out by hand. */
class ImageFormatsTest {

    @Test
    void elfReaderSeesSectionsAndSegments() {
        ElfImage elf = ElfImage.parse(TinyElf.build());
        assertEquals(ElfImage.EM_ARM, elf.machine());
        assertEquals(0x101, elf.entry());
        assertEquals(6, elf.sections().size());
        ElfImage.Section data = elf.section(".data").orElseThrow();
        assertEquals(0x20000000L, data.addr());
        assertEquals(2, data.size());
        assertArrayEquals(new byte[] {5, 6}, elf.contents(data));
        assertEquals(2, elf.loadSegments().size());
        assertEquals(0x108, elf.segments().get(1).paddr());
    }

    @Test
    void binPlacesSegmentsByLoadAddressAndFillsGapsWithFF() {
        FlashImage img = FlashImage.of(ElfImage.parse(TinyElf.build()));
        assertEquals(0x100, img.base());
        assertEquals("01020304ffffffff0506", HexFormat.of().formatHex(img.data()));
    }

    @Test
    void sizesCountLikeLlvmSize() {
        byte[] file = TinyElf.build();
        ImageSizes s = ImageSizes.of(ElfImage.parse(file), file.length);
        assertEquals(new ImageSizes(4, 2, 16, file.length), s);
        assertEquals(6, s.flash());
        assertEquals(18, s.ram());
    }

    @Test
    void intelHexSplitsAt64KiBWithExtendedLinearAddress() {
        byte[] data = new byte[16];
        for (int i = 0; i < 16; i++) {
            data[i] = (byte) i;
        }
        String hex = new String(IntelHex.encode(new FlashImage(0xFFF8, data), 0), StandardCharsets.US_ASCII);
        assertEquals("""
                :08FFF8000001020304050607E5
                :020000040001F9
                :0800000008090A0B0C0D0E0F9C
                :00000001FF
                """, hex);
    }

    @Test
    void intelHexStartsWithTheUpperAddressAndEndsWithTheEntry() {
        String hex = new String(IntelHex.encode(new FlashImage(0x10000, new byte[] {(byte) 0xAA}), 0x2101),
                StandardCharsets.US_ASCII);
        assertEquals("""
                :020000040001F9
                :01000000AA55
                :0400000500002101D5
                :00000001FF
                """, hex);
    }

    @Test
    void uf2BlocksCarryAddressCountAndFamily() {
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        byte[] uf2 = Uf2.encode(new FlashImage(0x2000, data), 0x68ed2b88L);
        assertEquals(1024, uf2.length);
        assertEquals("5546320a57515d9e" + "00200000" + "00200000" + "00010000" + "00000000" + "02000000" + "882bed68",
                HexFormat.of().formatHex(uf2, 0, 32));
        assertEquals("0001020304", HexFormat.of().formatHex(uf2, 32, 37));
        assertEquals(0, uf2[32 + 256]);
        assertEquals("306fb10a", HexFormat.of().formatHex(uf2, 508, 512));
        ByteBuffer b = ByteBuffer.wrap(uf2).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x2100, b.getInt(512 + 12));
        assertEquals(1, b.getInt(512 + 20));
        assertEquals((byte) 0, uf2[512 + 32]); // byte 256 of the image
        assertEquals((byte) 43, uf2[512 + 32 + 43]); // byte 299
        assertEquals(0, uf2[512 + 32 + 44]); // padding
    }

    @Test
    void uf2WithoutFamilyHasNoFlags() {
        byte[] uf2 = Uf2.encode(new FlashImage(0, new byte[] {1}), 0);
        assertEquals("00000000", HexFormat.of().formatHex(uf2, 8, 12));
    }
}
