package org.tinygo4j.codegen.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Boot2ChecksumTest {

    @Test
    void crcIsCrc32Mpeg2() {
        // the catalogued check value of CRC-32/MPEG-2 (poly 04C11DB7, init FFFFFFFF,
        // not reflected, no final XOR) over "123456789"
        byte[] check = "x123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x0376E6E7, Boot2Checksum.crc32(check, 1, 9));
        assertEquals(0xFFFFFFFF, Boot2Checksum.crc32(check, 0, 0));
    }

    @Test
    void imagesWithoutBoot2AreLeftAlone() {
        byte[] elf = TinyElf.build();
        byte[] copy = elf.clone();
        assertSame(elf, Boot2Checksum.apply(elf));
        assertArrayEquals(copy, elf);
        byte[] wasm = {0, 'a', 's', 'm', 1, 0, 0, 0};
        assertSame(wasm, Boot2Checksum.apply(wasm));
    }
}
