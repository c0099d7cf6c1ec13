package org.tinygo4j.it;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Adds a section that is not loaded (no SHF_ALLOC, no segment) to a 32-bit
 * little-endian ELF file, as tests need to hand an emulator extra information in the
 * image (simavr's {@code .mmcu}). The section data, a new section-name table (the old
 * one plus the new name) and a new section header table are appended; the ELF header
 * points at the new table. Program headers and loaded bytes stay as they were.
 */
final class ElfSections {
    private ElfSections() {}

    static byte[] add32(byte[] elf, String name, byte[] data) {
        ByteBuffer h = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        if (elf[4] != 1 || elf[5] != 1) {
            throw new IllegalArgumentException("not a 32-bit little-endian ELF file");
        }
        int shoff = h.getInt(0x20);
        int shentsize = Short.toUnsignedInt(h.getShort(0x2E));
        int shnum = Short.toUnsignedInt(h.getShort(0x30));
        int shstrndx = Short.toUnsignedInt(h.getShort(0x32));
        int strHeader = shoff + shstrndx * shentsize;
        int strOff = h.getInt(strHeader + 16);
        int strSize = h.getInt(strHeader + 20);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(elf);
        int newStrOff = out.size();
        out.writeBytes(Arrays.copyOfRange(elf, strOff, strOff + strSize));
        out.writeBytes((name + "\0").getBytes(StandardCharsets.US_ASCII));
        int newStrSize = out.size() - newStrOff;
        int dataOff = out.size();
        out.writeBytes(data);
        while (out.size() % 4 != 0) {
            out.write(0);
        }
        int newShoff = out.size();
        byte[] headers = Arrays.copyOfRange(elf, shoff, shoff + shnum * shentsize);
        ByteBuffer hb = ByteBuffer.wrap(headers).order(ByteOrder.LITTLE_ENDIAN);
        hb.putInt(shstrndx * shentsize + 16, newStrOff);
        hb.putInt(shstrndx * shentsize + 20, newStrSize);
        out.writeBytes(headers);
        ByteBuffer s = ByteBuffer.allocate(shentsize).order(ByteOrder.LITTLE_ENDIAN);
        s.putInt(strSize);     // sh_name: the new name's offset in the table
        s.putInt(1);           // SHT_PROGBITS
        s.putInt(0);           // sh_flags
        s.putInt(0);           // sh_addr
        s.putInt(dataOff);
        s.putInt(data.length);
        s.putInt(0).putInt(0); // sh_link, sh_info
        s.putInt(1);           // sh_addralign
        s.putInt(0);           // sh_entsize
        out.writeBytes(s.array());

        byte[] result = out.toByteArray();
        ByteBuffer r = ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN);
        r.putInt(0x20, newShoff);
        r.putShort(0x30, (short) (shnum + 1));
        return result;
    }
}
