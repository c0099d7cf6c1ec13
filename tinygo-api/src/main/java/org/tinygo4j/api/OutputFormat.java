package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a compilation can produce. */
public enum OutputFormat {
    ELF, HEX, BIN, UF2, WASM;

    /** The format an output file name asks for, or null if its extension is unknown. */
    public static OutputFormat fromPath(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "elf", "" -> ELF;
            case "hex" -> HEX;
            case "bin" -> BIN;
            case "uf2" -> UF2;
            case "wasm" -> WASM;
            default -> null;
        };
    }
}
