package org.tinygo4j.codegen.image;

/**
 * The post-link step of RP2040 images: the bootrom runs the first 256 bytes of flash
 * (boot2, section {@code .boot2} of the target's linker script) only if the last 4 hold
 * the CRC32 of the first 252, so the linked ELF gets that checksum written into its
 * {@code .boot2} section, and every format made from it (bin, hex, UF2) carries it. The
 * CRC is the bootrom's: polynomial 0x04C11DB7, initial value 0xFFFFFFFF, bits taken most
 * significant first (not reflected), no final XOR (CRC-32/MPEG-2), stored little-endian.
 * Computed here rather than written into boot2's source, so that boot2 can change
 * without anyone recomputing a constant.
 */
public final class Boot2Checksum {
    /** The section that holds boot2. */
    public static final String SECTION = ".boot2";
    /** boot2's size, checksum included. */
    public static final int SIZE = 256;

    private Boot2Checksum() {}

    /**
     * {@return the ELF with the checksum of its {@code .boot2} section written, or the
     * same array when it has no such section (every target but the RP2040's)}
     *
     * @param elf a linked ELF file
     */
    public static byte[] apply(byte[] elf) {
        if (!ElfImage.isElf(elf)) {
            return elf;
        }
        ElfImage image = ElfImage.parse(elf);
        ElfImage.Section boot2 = image.section(SECTION).orElse(null);
        if (boot2 == null) {
            return elf;
        }
        if (boot2.size() != SIZE || boot2.type() != ElfImage.SHT_PROGBITS) {
            throw new IllegalArgumentException("section " + SECTION + " holds " + boot2.size()
                    + " bytes, not the " + SIZE + " of boot2");
        }
        byte[] out = elf.clone();
        int at = Math.toIntExact(boot2.offset());
        int crc = crc32(out, at, SIZE - 4);
        for (int i = 0; i < 4; i++) {
            out[at + SIZE - 4 + i] = (byte) (crc >>> (8 * i));
        }
        return out;
    }

    /**
     * {@return the CRC-32/MPEG-2 of length bytes of data from offset}
     *
     * @param data   the bytes
     * @param offset where they start
     * @param length how many
     */
    public static int crc32(byte[] data, int offset, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = 0; i < length; i++) {
            crc ^= (data[offset + i] & 0xFF) << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = crc < 0 ? crc << 1 ^ 0x04C11DB7 : crc << 1;
            }
        }
        return crc;
    }
}
