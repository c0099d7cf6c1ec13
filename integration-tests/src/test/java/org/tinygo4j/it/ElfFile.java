package org.tinygo4j.it;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of an ELF reader to check linked images in tests: the header, the
 * section headers with their names, and the program headers, for 32- and 64-bit
 * little-endian files (the only kinds our targets produce).
 */
record ElfFile(byte[] bytes, boolean is64, int machine, long entry, List<Section> sections, List<Segment> segments) {

    static final int SHF_ALLOC = 0x2;
    static final int SHT_NOBITS = 8;
    static final int PT_LOAD = 1;

    record Section(String name, int type, long flags, long addr, long offset, long size) {
        boolean alloc() {
            return (flags & SHF_ALLOC) != 0;
        }
    }

    record Segment(int type, long offset, long vaddr, long paddr, long fileSize, long memSize) {}

    static ElfFile parse(byte[] b) {
        if (b.length < 52 || b[0] != 0x7f || b[1] != 'E' || b[2] != 'L' || b[3] != 'F') {
            throw new IllegalArgumentException("not an ELF file");
        }
        if (b[5] != 1) {
            throw new IllegalArgumentException("not little-endian");
        }
        boolean is64 = b[4] == 2;
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int machine = h.getShort(18) & 0xffff;
        long entry = is64 ? h.getLong(24) : h.getInt(24) & 0xffffffffL;
        long phoff = is64 ? h.getLong(32) : h.getInt(28) & 0xffffffffL;
        long shoff = is64 ? h.getLong(40) : h.getInt(32) & 0xffffffffL;
        int at = is64 ? 54 : 42;
        int phentsize = h.getShort(at) & 0xffff;
        int phnum = h.getShort(at + 2) & 0xffff;
        int shentsize = h.getShort(at + 4) & 0xffff;
        int shnum = h.getShort(at + 6) & 0xffff;
        int shstrndx = h.getShort(at + 8) & 0xffff;

        List<Segment> segs = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int p = (int) (phoff + (long) i * phentsize);
            segs.add(is64
                    ? new Segment(h.getInt(p), h.getLong(p + 8), h.getLong(p + 16), h.getLong(p + 24), h.getLong(p + 32), h.getLong(p + 40))
                    : new Segment(h.getInt(p), u32(h, p + 4), u32(h, p + 8), u32(h, p + 12), u32(h, p + 16), u32(h, p + 20)));
        }
        record Raw(int name, int type, long flags, long addr, long offset, long size) {}
        List<Raw> raw = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            int s = (int) (shoff + (long) i * shentsize);
            raw.add(is64
                    ? new Raw(h.getInt(s), h.getInt(s + 4), h.getLong(s + 8), h.getLong(s + 16), h.getLong(s + 24), h.getLong(s + 32))
                    : new Raw(h.getInt(s), h.getInt(s + 4), u32(h, s + 8), u32(h, s + 12), u32(h, s + 16), u32(h, s + 20)));
        }
        List<Section> secs = new ArrayList<>();
        long strOff = shnum > shstrndx ? raw.get(shstrndx).offset() : -1;
        for (Raw r : raw) {
            secs.add(new Section(strOff < 0 ? "" : cString(b, (int) (strOff + r.name())), r.type(), r.flags(), r.addr(), r.offset(), r.size()));
        }
        return new ElfFile(b, is64, machine, entry, List.copyOf(secs), List.copyOf(segs));
    }

    /** Bytes stored at a physical (load) address, from the PT_LOAD segment that holds them. */
    byte[] readPhysical(long paddr, int n) {
        for (Segment s : segments) {
            if (s.type() == PT_LOAD && paddr >= s.paddr() && paddr + n <= s.paddr() + s.fileSize()) {
                byte[] out = new byte[n];
                System.arraycopy(bytes, (int) (s.offset() + paddr - s.paddr()), out, 0, n);
                return out;
            }
        }
        throw new IllegalArgumentException("no loadable bytes at 0x" + Long.toHexString(paddr));
    }

    long word32Physical(long paddr) {
        return ByteBuffer.wrap(readPhysical(paddr, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
    }

    /** The symbol table (.symtab with .strtab; empty when the image is stripped): name to value. */
    java.util.Map<String, Long> symbols() {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        Section symtab = sections.stream().filter(x -> x.name().equals(".symtab")).findFirst().orElse(null);
        Section strtab = sections.stream().filter(x -> x.name().equals(".strtab")).findFirst().orElse(null);
        if (symtab == null || strtab == null) {
            return out;
        }
        ByteBuffer h = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int size = is64 ? 24 : 16;
        for (long at = symtab.offset(); at + size <= symtab.offset() + symtab.size(); at += size) {
            int name = h.getInt((int) at);
            long value = is64 ? h.getLong((int) at + 8) : u32(h, (int) at + 4);
            if (name != 0) {
                out.put(cString(bytes, (int) (strtab.offset() + name)), value);
            }
        }
        return out;
    }

    private static long u32(ByteBuffer h, int at) {
        return h.getInt(at) & 0xffffffffL;
    }

    private static String cString(byte[] b, int at) {
        int end = at;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, at, end - at, StandardCharsets.US_ASCII);
    }
}
