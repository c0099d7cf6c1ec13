package org.tinygo4j.codegen.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Test support: a hand-assembled little-endian ELF32 ARM executable, small enough to
 * know every byte: .text (4 bytes at 0x100), .data (2 bytes run at 0x20000000, loaded
 * at 0x108), .bss (16 bytes at 0x20000004), .comment (not allocated), and the program
 * headers the linker would write for them.
 */
final class TinyElf {
    private TinyElf() {}

    static byte[] build() {
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        byte[] names = "\0.text\0.data\0.bss\0.comment\0.shstrtab\0".getBytes(StandardCharsets.US_ASCII);
        int phoff = 52;
        int textOff = 0x100;
        int dataOff = 0x104;
        int commentOff = 0x106;
        int strOff = 0x110;
        int shoff = 0x140;
        b.put(0, new byte[] {0x7f, 'E', 'L', 'F', 1, 1, 1});
        b.putShort(16, (short) 2);
        b.putShort(18, (short) ElfImage.EM_ARM);
        b.putInt(20, 1);
        b.putInt(24, 0x101);
        b.putInt(28, phoff);
        b.putInt(32, shoff);
        b.putShort(40, (short) 52);
        b.putShort(42, (short) 32);
        b.putShort(44, (short) 3);
        b.putShort(46, (short) 40);
        b.putShort(48, (short) 6);
        b.putShort(50, (short) 5);
        // PT_LOAD .text, PT_LOAD .data (VMA in RAM, LMA after .text), PT_LOAD .bss (no file bytes).
        phdr(b, phoff, textOff, 0x100, 0x100, 4, 4);
        phdr(b, phoff + 32, dataOff, 0x20000000, 0x108, 2, 2);
        phdr(b, phoff + 64, 0, 0x20000004, 0x20000004, 0, 16);
        b.put(textOff, new byte[] {1, 2, 3, 4});
        b.put(dataOff, new byte[] {5, 6});
        b.put(commentOff, "0123456789".getBytes(StandardCharsets.US_ASCII));
        b.put(strOff, names);
        // section 0 is the null section
        shdr(b, shoff + 40, 1, 1, 0x6, 0x100, textOff, 4);
        shdr(b, shoff + 80, 7, 1, 0x3, 0x20000000, dataOff, 2);
        shdr(b, shoff + 120, 13, 8, 0x3, 0x20000004, dataOff + 2, 16);
        shdr(b, shoff + 160, 18, 1, 0x30, 0, commentOff, 10);
        shdr(b, shoff + 200, 27, 3, 0, 0, strOff, names.length);
        byte[] out = new byte[shoff + 240];
        b.get(0, out);
        return out;
    }

    private static void phdr(ByteBuffer b, int at, int off, int vaddr, int paddr, int filesz, int memsz) {
        b.putInt(at, ElfImage.PT_LOAD);
        b.putInt(at + 4, off);
        b.putInt(at + 8, vaddr);
        b.putInt(at + 12, paddr);
        b.putInt(at + 16, filesz);
        b.putInt(at + 20, memsz);
        b.putInt(at + 24, 5);
        b.putInt(at + 28, 4);
    }

    private static void shdr(ByteBuffer b, int at, int name, int type, int flags, int addr, int off, int size) {
        b.putInt(at, name);
        b.putInt(at + 4, type);
        b.putInt(at + 8, flags);
        b.putInt(at + 12, addr);
        b.putInt(at + 16, off);
        b.putInt(at + 20, size);
    }
}
