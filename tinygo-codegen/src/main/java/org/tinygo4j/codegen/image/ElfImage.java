package org.tinygo4j.codegen.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of a little-endian ELF32 or ELF64 file: the header, the section
 * headers with their names, the program headers, and the symbol table if the file kept
 * one. Enough to turn a linked image into flash formats, to count its sizes, and for
 * tests to check where things landed. Malformed input raises IllegalArgumentException.
 */
public final class ElfImage {

    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_NOBITS = 8;
    public static final long SHF_WRITE = 0x1;
    public static final long SHF_ALLOC = 0x2;
    public static final long SHF_EXECINSTR = 0x4;
    public static final int PT_LOAD = 1;

    public static final int EM_386 = 3;
    public static final int EM_ARM = 40;
    public static final int EM_X86_64 = 62;
    public static final int EM_AVR = 83;

    /** A section header. */
    public record Section(String name, int type, long flags, long addr, long offset, long size) {
        public boolean isAlloc() {
            return (flags & SHF_ALLOC) != 0;
        }

        public boolean isWritable() {
            return (flags & SHF_WRITE) != 0;
        }

        public boolean isExec() {
            return (flags & SHF_EXECINSTR) != 0;
        }

        public long end() {
            return addr + size;
        }
    }

    /** A program header; paddr is the load (flash) address, vaddr the run address. */
    public record Segment(int type, int flags, long offset, long vaddr, long paddr, long filesz, long memsz) {}

    /** A symbol of .symtab. */
    public record Symbol(String name, long value, long size, int info, int shndx) {}

    private final byte[] bytes;
    private final boolean is64;
    private final int machine;
    private final int type;
    private final long entry;
    private final int flags;
    private final List<Section> sections;
    private final List<Segment> segments;
    private final List<Symbol> symbols;

    private ElfImage(byte[] bytes) {
        this.bytes = bytes;
        if (!isElf(bytes)) {
            throw new IllegalArgumentException("not an ELF file");
        }
        is64 = bytes[4] == 2;
        if (bytes[5] != 1) {
            throw new IllegalArgumentException("big-endian ELF is not supported");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        type = Short.toUnsignedInt(b.getShort(16));
        machine = Short.toUnsignedInt(b.getShort(18));
        entry = word(b, 24);
        long phoff = word(b, is64 ? 32 : 28);
        long shoff = word(b, is64 ? 40 : 32);
        flags = b.getInt(is64 ? 48 : 36);
        int ehBase = is64 ? 54 : 42;
        int phentsize = Short.toUnsignedInt(b.getShort(ehBase));
        int phnum = Short.toUnsignedInt(b.getShort(ehBase + 2));
        int shentsize = Short.toUnsignedInt(b.getShort(ehBase + 4));
        int shnum = Short.toUnsignedInt(b.getShort(ehBase + 6));
        int shstrndx = Short.toUnsignedInt(b.getShort(ehBase + 8));

        List<Segment> segs = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int o = Math.toIntExact(phoff + (long) i * phentsize);
            if (is64) {
                segs.add(new Segment(b.getInt(o), b.getInt(o + 4), b.getLong(o + 8), b.getLong(o + 16),
                        b.getLong(o + 24), b.getLong(o + 32), b.getLong(o + 40)));
            } else {
                segs.add(new Segment(b.getInt(o), b.getInt(o + 24), u32(b, o + 4), u32(b, o + 8), u32(b, o + 12),
                        u32(b, o + 16), u32(b, o + 20)));
            }
        }
        segments = List.copyOf(segs);

        record RawSection(int name, int type, long flags, long addr, long offset, long size, int link) {}
        List<RawSection> raw = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            int o = Math.toIntExact(shoff + (long) i * shentsize);
            if (is64) {
                raw.add(new RawSection(b.getInt(o), b.getInt(o + 4), b.getLong(o + 8), b.getLong(o + 16),
                        b.getLong(o + 24), b.getLong(o + 32), b.getInt(o + 40)));
            } else {
                raw.add(new RawSection(b.getInt(o), b.getInt(o + 4), u32(b, o + 8), u32(b, o + 12), u32(b, o + 16),
                        u32(b, o + 20), b.getInt(o + 24)));
            }
        }
        long strOff = shstrndx < raw.size() ? raw.get(shstrndx).offset() : -1;
        List<Section> secs = new ArrayList<>();
        for (RawSection r : raw) {
            String name = strOff < 0 ? "" : cString(bytes, strOff + Integer.toUnsignedLong(r.name()));
            secs.add(new Section(name, r.type(), r.flags(), r.addr(), r.offset(), r.size()));
        }
        sections = List.copyOf(secs);

        List<Symbol> syms = new ArrayList<>();
        for (RawSection r : raw) {
            if (r.type() != SHT_SYMTAB) {
                continue;
            }
            long strtab = raw.get(r.link()).offset();
            int entSize = is64 ? 24 : 16;
            for (long o = r.offset() + entSize; o < r.offset() + r.size(); o += entSize) {
                int p = Math.toIntExact(o);
                String name = cString(bytes, strtab + Integer.toUnsignedLong(b.getInt(p)));
                if (is64) {
                    syms.add(new Symbol(name, b.getLong(p + 8), b.getLong(p + 16), Byte.toUnsignedInt(b.get(p + 4)),
                            Short.toUnsignedInt(b.getShort(p + 6))));
                } else {
                    syms.add(new Symbol(name, u32(b, p + 4), u32(b, p + 8), Byte.toUnsignedInt(b.get(p + 12)),
                            Short.toUnsignedInt(b.getShort(p + 14))));
                }
            }
        }
        symbols = List.copyOf(syms);
    }

    /** Parses an ELF file. */
    public static ElfImage parse(byte[] bytes) {
        try {
            return new ElfImage(bytes);
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            throw new IllegalArgumentException("truncated or malformed ELF file", e);
        }
    }

    /** Whether the bytes start with the ELF magic. */
    public static boolean isElf(byte[] b) {
        return b.length >= 52 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F';
    }

    private long word(ByteBuffer b, int off) {
        return is64 ? b.getLong(off) : u32(b, off);
    }

    private static long u32(ByteBuffer b, int off) {
        return Integer.toUnsignedLong(b.getInt(off));
    }

    private static String cString(byte[] bytes, long off) {
        int start = Math.toIntExact(off);
        int end = start;
        while (bytes[end] != 0) {
            end++;
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    public boolean is64() {
        return is64;
    }

    /** e_machine: EM_ARM, EM_AVR, EM_X86_64, ... */
    public int machine() {
        return machine;
    }

    /** e_type: 2 for an executable. */
    public int type() {
        return type;
    }

    public long entry() {
        return entry;
    }

    /** e_flags (on AVR the architecture, on ARM the EABI version). */
    public int flags() {
        return flags;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The symbols of .symtab; empty for a stripped image. */
    public List<Symbol> symbols() {
        return symbols;
    }

    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Symbol> symbol(String name) {
        return symbols.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The file bytes of a section (empty for NOBITS). */
    public byte[] contents(Section s) {
        if (s.type() == SHT_NOBITS) {
            return new byte[0];
        }
        byte[] out = new byte[Math.toIntExact(s.size())];
        System.arraycopy(bytes, Math.toIntExact(s.offset()), out, 0, out.length);
        return out;
    }

    /** The loadable segments that carry bytes, in file order. */
    public List<Segment> loadSegments() {
        return segments.stream().filter(s -> s.type() == PT_LOAD && s.filesz() > 0).toList();
    }

    /** The bytes of a segment as stored in the file. */
    public byte[] contents(Segment s) {
        byte[] out = new byte[Math.toIntExact(s.filesz())];
        System.arraycopy(bytes, Math.toIntExact(s.offset()), out, 0, out.length);
        return out;
    }

    /** The raw file. */
    public byte[] bytes() {
        return bytes.clone();
    }
}
