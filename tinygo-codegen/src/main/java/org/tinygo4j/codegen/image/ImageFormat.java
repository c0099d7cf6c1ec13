package org.tinygo4j.codegen.image;

/** The file formats a linked image can be written in. */
public enum ImageFormat {
    /** The linked ELF as is. */
    ELF,
    /** Intel HEX of the flash image. */
    HEX,
    /** The raw flash image, gaps filled with 0xFF. */
    BIN,
    /** UF2 blocks of the flash image, with the target's family id. */
    UF2,
    /** The linked WebAssembly module as is. */
    WASM
}
