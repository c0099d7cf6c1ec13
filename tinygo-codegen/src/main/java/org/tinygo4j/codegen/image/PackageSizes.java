package org.tinygo4j.codegen.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sizes of a linked image per Go package (-size full), read from the linker's map
 * (lld's and wasm-ld's -Map). Every input section that made it into the image counts
 * for the package of the symbol it defines (functions and named globals carry their Go
 * link name, "runtime.gcAlloc", "(*fmt.pp).doPrint", "type:main.T"), or, without a
 * symbol, of the name its section was given after it. Sections whose name is no Go name
 * (anonymous string and boxed constants, assembly routines, the vector table) count as
 * "(unknown)", the compiler's interface dispatch functions as "(interfaces)". Each output section's kind comes from the image: instructions (code),
 * read-only data (rodata), data copied to RAM (data), zero-filled RAM (bss); for
 * WebAssembly the CODE section is code and the memory segments .rodata, .data and .bss
 * their kinds. On ELF images the bytes no input section accounts for (alignment
 * between sections) are "(padding)", so the rows add up to the image's sizes.
 */
public final class PackageSizes {
    private PackageSizes() {
    }

    /** One row: a package (or "(unknown)", "(padding)") and its bytes of each kind. */
    public record Row(String name, long code, long rodata, long data, long bss) {
        /** Bytes of flash: code, constants and the load image of data. */
        public long flash() {
            return code + rodata + data;
        }

        /** Bytes of RAM used statically: data and bss. */
        public long ram() {
            return data + bss;
        }

        Row plus(Kind k, long n) {
            return new Row(name, code + (k == Kind.CODE ? n : 0), rodata + (k == Kind.RODATA ? n : 0),
                    data + (k == Kind.DATA ? n : 0), bss + (k == Kind.BSS ? n : 0));
        }
    }

    enum Kind { CODE, RODATA, DATA, BSS, NONE }

    /**
     * The rows of image, sorted by name, from the map its link wrote; packagePaths are
     * the program's import paths, which name the rows of type descriptors (whose names
     * say "fs.PathError", the package's name, not "io/fs").
     */
    public static List<Row> of(LinkedImage image, String linkMap, java.util.Collection<String> packagePaths) {
        ElfImage elf = image.isWasm() ? null : image.elf();
        Map<String, Row> rows = new TreeMap<>();
        Kind kind = Kind.NONE;
        String input = null; // the current input section's name, until its first symbol
        long inputSize = 0;
        boolean attributed = true;
        for (String line : linkMap.split("\n")) {
            Entry e = Entry.parse(line, image.isWasm());
            if (e == null) {
                continue;
            }
            switch (e.depth()) {
                case 0 -> {
                    settle(rows, kind, input, inputSize, attributed);
                    input = null;
                    // wasm-ld lists DATA's memory segments (.rodata, .data, .bss) at this level too
                    kind = image.isWasm() ? wasmKind(e.name()) : elfKind(elf, e.name());
                }
                case 1 -> {
                    settle(rows, kind, input, inputSize, attributed);
                    input = sectionName(e.name());
                    inputSize = e.size();
                    attributed = false;
                }
                default -> {
                    if (input != null && !attributed && !e.name().startsWith("$") && !e.name().contains(" = ")) {
                        add(rows, packageOf(e.name()), kind, inputSize);
                        attributed = true;
                    }
                }
            }
        }
        settle(rows, kind, input, inputSize, attributed);
        List<Row> out = new ArrayList<>(byPath(rows, packagePaths).values());
        if (elf != null) {
            long[] padding = new long[4];
            for (ElfImage.Section s : elf.sections()) {
                if (s.isAlloc()) {
                    padding[elfKind(elf, s.name()).ordinal()] += s.size();
                }
            }
            for (Row r : out) {
                padding[0] -= r.code();
                padding[1] -= r.rodata();
                padding[2] -= r.data();
                padding[3] -= r.bss();
            }
            if (padding[0] != 0 || padding[1] != 0 || padding[2] != 0 || padding[3] != 0) {
                out.add(new Row("(padding)", padding[0], padding[1], padding[2], padding[3]));
                out.sort(java.util.Comparator.comparing(Row::name));
            }
        }
        return out;
    }

    /** The rows with a package name that is the last element of exactly one import path merged into that path's. */
    private static Map<String, Row> byPath(Map<String, Row> rows, java.util.Collection<String> paths) {
        Map<String, Row> out = new TreeMap<>();
        for (Row r : rows.values()) {
            String name = r.name();
            if (!name.startsWith("(") && !paths.contains(name)) {
                List<String> match = paths.stream().filter(p -> p.endsWith("/" + r.name())).toList();
                if (match.size() == 1) {
                    name = match.get(0);
                }
            }
            Row renamed = new Row(name, r.code(), r.rodata(), r.data(), r.bss());
            out.merge(name, renamed, (a, b) -> new Row(a.name(), a.code() + b.code(), a.rodata() + b.rodata(),
                    a.data() + b.data(), a.bss() + b.bss()));
        }
        return out;
    }

    /** Counts an input section without a symbol by its own name. */
    private static void settle(Map<String, Row> rows, Kind kind, String input, long size, boolean attributed) {
        if (input != null && !attributed) {
            add(rows, packageOf(input), kind, size);
        }
    }

    private static void add(Map<String, Row> rows, String pkg, Kind kind, long size) {
        if (kind == Kind.NONE || size == 0) {
            return;
        }
        rows.merge(pkg, new Row(pkg, 0, 0, 0, 0).plus(kind, size), (a, b) -> a.plus(kind, size));
    }

    private static Kind elfKind(ElfImage elf, String outputSection) {
        ElfImage.Section s = elf.section(outputSection).orElse(null);
        if (s == null || !s.isAlloc()) {
            return Kind.NONE;
        }
        if (s.type() == ElfImage.SHT_NOBITS) {
            return Kind.BSS;
        }
        if (s.isWritable() || ImageSizes.copiedToRam(elf, s)) {
            return Kind.DATA;
        }
        return s.isExec() ? Kind.CODE : Kind.RODATA;
    }

    private static Kind wasmKind(String name) {
        return switch (name) {
            case "CODE" -> Kind.CODE;
            case ".rodata" -> Kind.RODATA;
            case ".data" -> Kind.DATA;
            case ".bss" -> Kind.BSS;
            default -> Kind.NONE;
        };
    }

    /** "main.o:(.text.runtime.alloc)" -> "runtime.alloc"; "<internal>:(.rodata..str.4)" -> ".str.4". */
    static String sectionName(String in) {
        int open = in.indexOf(":(");
        String s = open >= 0 && in.endsWith(")") ? in.substring(open + 2, in.length() - 1) : in;
        for (String prefix : new String[] {".text.", ".rodata.", ".data.rel.ro.", ".data.", ".bss.", ".noinit."}) {
            if (s.startsWith(prefix)) {
                return s.substring(prefix.length());
            }
        }
        return s;
    }

    /**
     * The Go package a symbol belongs to: "runtime.gcAlloc" -> runtime,
     * "(*fmt.pp).doPrint" -> fmt, "example.com/m/greet.Hello" -> example.com/m/greet,
     * "type:main.T" -> main; "(unknown)" for names that are no Go name.
     */
    static String packageOf(String symbol) {
        String s = symbol;
        if (s.startsWith(".L")) {
            s = s.substring(2);
        }
        int colon = s.indexOf(':');
        if (colon > 0 && s.substring(0, colon).chars().allMatch(Character::isLetter)) {
            s = s.substring(colon + 1); // type:, fields:, methods: ... descriptors
        }
        while (s.startsWith("(") || s.startsWith("*")) {
            s = s.substring(1);
        }
        if (s.startsWith("interface.")) {
            return "(interfaces)"; // the compiler's dispatch and type-switch helpers
        }
        int bracket = s.indexOf('[');
        String head = bracket >= 0 ? s.substring(0, bracket) : s;
        int slash = head.lastIndexOf('/');
        int dot = head.indexOf('.', slash + 1);
        if (dot <= 0 || s.startsWith(".") || head.substring(dot + 1).chars().allMatch(Character::isDigit)) {
            return "(unknown)"; // no Go name, or an anonymous constant (box.12, str.3)
        }
        return head.substring(0, dot);
    }

    /** One line of a map: its nesting (0 output section, 1 input section, 2 symbol), name and size. */
    record Entry(int depth, String name, long size) {
        static Entry parse(String line, boolean wasm) {
            // lld: VMA LMA Size Align then the name; wasm-ld: Addr Off Size then the name;
            // the name is indented 0, 8 or 16 spaces past the last number's column
            int columns = wasm ? 3 : 4;
            int i = 0;
            long size = 0;
            for (int c = 0; c < columns; c++) {
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                int start = i;
                while (i < line.length() && line.charAt(i) != ' ') {
                    i++;
                }
                String field = line.substring(start, i);
                if (field.isEmpty() || !(field.equals("-") || field.chars().allMatch(ch -> Character.digit(ch, 16) >= 0))) {
                    return null; // the header line, or not a map line
                }
                if (c == 2) {
                    size = Long.parseLong(field, 16);
                }
            }
            if (i >= line.length()) {
                return null;
            }
            String rest = line.substring(i + 1);
            int indent = 0;
            while (indent < rest.length() && rest.charAt(indent) == ' ') {
                indent++;
            }
            String name = rest.substring(indent).strip();
            if (name.isEmpty()) {
                return null;
            }
            return new Entry(Math.min(indent / 8, 2), name, size);
        }
    }
}
