package org.tinygo4j.api;

/**
 * Sizes of a linked image, counted as llvm-size does: code (text), data (initialised
 * RAM, also stored in flash) and bss; flash = code + data, ram = data + bss. For
 * WebAssembly, fileBytes is the size of the .wasm and the other figures are zero.
 */
public record Sizes(long code, long data, long bss, long fileBytes) {
    public long flash() {
        return code + data;
    }

    public long ram() {
        return data + bss;
    }
}
