package org.tinygo4j.it;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader for UF2 files (the USB flashing format of Microsoft's uf2 specification):
 * 512-byte blocks, each with two start magics, flags, target address, payload size,
 * block number, block count, family id (when flag 0x2000 is set), up to 476 payload
 * bytes and an end magic. Parsing checks the magics; the rest is for tests to check.
 */
record Uf2File(List<Block> blocks) {
    static final int MAGIC_START0 = 0x0A324655;
    static final int MAGIC_START1 = 0x9E5D5157;
    static final int MAGIC_END = 0x0AB16F30;
    static final int FLAG_FAMILY_ID = 0x2000;

    record Block(int flags, long address, int payloadSize, int blockNo, int numBlocks, int familyId, byte[] payload) {}

    static Uf2File parse(byte[] b) {
        if (b.length == 0 || b.length % 512 != 0) {
            throw new IllegalArgumentException("UF2 size " + b.length + " is not a positive multiple of 512");
        }
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        List<Block> blocks = new ArrayList<>();
        for (int off = 0; off < b.length; off += 512) {
            if (h.getInt(off) != MAGIC_START0 || h.getInt(off + 4) != MAGIC_START1 || h.getInt(off + 508) != MAGIC_END) {
                throw new IllegalArgumentException("bad UF2 magic in block at offset " + off);
            }
            int size = h.getInt(off + 16);
            if (size < 0 || size > 476) {
                throw new IllegalArgumentException("bad payload size " + size + " at offset " + off);
            }
            byte[] payload = new byte[size];
            System.arraycopy(b, off + 32, payload, 0, size);
            blocks.add(new Block(h.getInt(off + 8), h.getInt(off + 12) & 0xffffffffL, size, h.getInt(off + 20),
                    h.getInt(off + 24), h.getInt(off + 28), payload));
        }
        return new Uf2File(List.copyOf(blocks));
    }
}
