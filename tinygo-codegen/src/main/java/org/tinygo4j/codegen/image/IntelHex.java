package org.tinygo4j.codegen.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Intel HEX encoding of a flash image, as flash tools (avrdude, openocd, ...) read it:
 * data records of up to 16 bytes that never cross a 64 KiB boundary, an extended linear
 * address record (type 04) whenever the upper 16 address bits change, a start linear
 * address record (type 05) if the entry point is not 0, and the end-of-file record.
 */
public final class IntelHex {
    private IntelHex() {}

    /** Encodes the image; lines end with "\n". */
    public static byte[] encode(FlashImage image, long entry) {
        StringBuilder out = new StringBuilder();
        long upper = 0;
        byte[] data = image.data();
        int i = 0;
        while (i < data.length) {
            long addr = image.base() + i;
            if ((addr >>> 16) != upper) {
                upper = addr >>> 16;
                record(out, 0, 0x04, new byte[] {(byte) (upper >>> 8), (byte) upper});
            }
            int n = (int) Math.min(16, Math.min(data.length - i, 0x10000 - (addr & 0xFFFF)));
            byte[] chunk = new byte[n];
            System.arraycopy(data, i, chunk, 0, n);
            record(out, (int) (addr & 0xFFFF), 0x00, chunk);
            i += n;
        }
        if (entry != 0) {
            record(out, 0, 0x05, new byte[] {(byte) (entry >>> 24), (byte) (entry >>> 16), (byte) (entry >>> 8),
                (byte) entry});
        }
        record(out, 0, 0x01, new byte[0]);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void record(StringBuilder out, int addr, int type, byte[] data) {
        int sum = data.length + (addr >>> 8) + (addr & 0xFF) + type;
        out.append(':').append(hex(data.length)).append(hex(addr >>> 8)).append(hex(addr & 0xFF)).append(hex(type));
        for (byte b : data) {
            out.append(hex(b & 0xFF));
            sum += b & 0xFF;
        }
        out.append(hex((-sum) & 0xFF)).append('\n');
    }

    private static String hex(int b) {
        return String.format(Locale.ROOT, "%02X", b);
    }
}
