package org.tinygo4j.codegen.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The UF2 format of Microsoft's bootloaders (the file one drops on a board's USB
 * drive): the flash image cut into 256-byte payloads, each in a 512-byte block with
 * the two start magics, flags, target address, payload size, block number, block
 * count, the family id (flag 0x2000) and the end magic.
 */
public final class Uf2 {
    private Uf2() {}

    static final int MAGIC_START0 = 0x0A324655;
    static final int MAGIC_START1 = 0x9E5D5157;
    static final int MAGIC_END = 0x0AB16F30;
    static final int FLAG_FAMILY_ID = 0x00002000;
    static final int PAYLOAD = 256;

    /** Encodes the image; familyId 0 means none (the flags word stays 0). */
    public static byte[] encode(FlashImage image, long familyId) {
        byte[] data = image.data();
        int blocks = (data.length + PAYLOAD - 1) / PAYLOAD;
        ByteBuffer out = ByteBuffer.allocate(blocks * 512).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < blocks; n++) {
            int at = n * 512;
            out.putInt(at, MAGIC_START0);
            out.putInt(at + 4, MAGIC_START1);
            out.putInt(at + 8, familyId != 0 ? FLAG_FAMILY_ID : 0);
            out.putInt(at + 12, (int) (image.base() + (long) n * PAYLOAD));
            out.putInt(at + 16, PAYLOAD);
            out.putInt(at + 20, n);
            out.putInt(at + 24, blocks);
            out.putInt(at + 28, (int) familyId);
            int len = Math.min(PAYLOAD, data.length - n * PAYLOAD);
            out.put(at + 32, data, n * PAYLOAD, len);
            out.putInt(at + 508, MAGIC_END);
        }
        return out.array();
    }
}
