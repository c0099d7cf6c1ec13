package org.tinygo4j.codegen.image;

import java.util.Arrays;
import java.util.List;

/**
 * The bytes a chip's flash must hold for a linked ELF: every loadable segment placed at
 * its physical (load) address, which for .data is its flash copy, with the gaps between
 * segments filled with 0xFF (erased flash). This is the .bin format, and the input of
 * the UF2 encoder.
 *
 * @param base the address of the first byte
 * @param data the image from {@code base} on
 */
public record FlashImage(long base, byte[] data) {

    /** The flash image of an ELF file; empty if it has nothing to load. */
    public static FlashImage of(ElfImage elf) {
        List<ElfImage.Segment> segs = elf.loadSegments();
        if (segs.isEmpty()) {
            return new FlashImage(0, new byte[0]);
        }
        long lo = segs.stream().mapToLong(ElfImage.Segment::paddr).min().orElseThrow();
        long hi = segs.stream().mapToLong(s -> s.paddr() + s.filesz()).max().orElseThrow();
        byte[] out = new byte[Math.toIntExact(hi - lo)];
        Arrays.fill(out, (byte) 0xFF);
        for (ElfImage.Segment s : segs) {
            byte[] b = elf.contents(s);
            System.arraycopy(b, 0, out, Math.toIntExact(s.paddr() - lo), b.length);
        }
        return new FlashImage(lo, out);
    }

    public long end() {
        return base + data.length;
    }
}
