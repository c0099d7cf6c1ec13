package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a compilation can produce. */
public enum OutputFormat {
    /** The linked ELF image itself (.elf, or a file name without extension). */
    ELF,
    /** Intel HEX of the flash image, as flash tools read it (.hex). */
    HEX,
    /** The raw flash image, gaps filled with 0xFF (.bin). */
    BIN,
    /** UF2 blocks of the flash image with the target's family id, for a UF2 bootloader (.uf2). */
    UF2,
    /** A WebAssembly module (.wasm). */
    WASM;

    /**
     * The format an output file name asks for.
     *
     * @param p the output file
     * @return the format its extension names (ELF when there is none), or null when the
     *         extension is unknown
     */
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
