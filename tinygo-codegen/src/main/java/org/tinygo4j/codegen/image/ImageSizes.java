package org.tinygo4j.codegen.image;

/**
 * The sizes of a linked image, counted as llvm-size's Berkeley format does: code is
 * every allocated read-only section (instructions and constants in flash), data every
 * allocated writable section with contents (it occupies flash and RAM), bss every
 * allocated section without contents. One refinement: a read-only section that is
 * copied from flash to RAM at start-up (its segment's run and load addresses differ,
 * as for AVR's constants) counts as data, since it costs RAM as well as flash. For
 * WebAssembly only the file size is known.
 */
public record ImageSizes(long code, long data, long bss, long fileBytes) {

    /** Bytes of flash used: code and the load image of data. */
    public long flash() {
        return code + data;
    }

    /** Bytes of RAM used statically: data and bss. */
    public long ram() {
        return data + bss;
    }

    /** The sizes of an ELF image. */
    public static ImageSizes of(ElfImage elf, long fileBytes) {
        long code = 0;
        long data = 0;
        long bss = 0;
        for (ElfImage.Section s : elf.sections()) {
            if (!s.isAlloc()) {
                continue;
            }
            if (s.type() == ElfImage.SHT_NOBITS) {
                bss += s.size();
            } else if (s.isWritable() || copiedToRam(elf, s)) {
                data += s.size();
            } else {
                code += s.size();
            }
        }
        return new ImageSizes(code, data, bss, fileBytes);
    }

    static boolean copiedToRam(ElfImage elf, ElfImage.Section s) {
        for (ElfImage.Segment p : elf.loadSegments()) {
            if (s.addr() >= p.vaddr() && s.end() <= p.vaddr() + p.memsz() && s.size() > 0) {
                return p.vaddr() != p.paddr();
            }
        }
        return false;
    }

    /** The sizes of a WebAssembly file. */
    public static ImageSizes ofWasm(long fileBytes) {
        return new ImageSizes(0, 0, 0, fileBytes);
    }
}
