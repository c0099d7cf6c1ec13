package org.tinygo4j.api;

/**
 * Sizes of a linked image, counted as llvm-size does: code (text), data (initialised
 * RAM, also stored in flash) and bss; flash = code + data, ram = data + bss. For
 * WebAssembly, fileBytes is the size of the .wasm and the other figures are zero.
 *
 * @param code      bytes of code and read-only data in flash (llvm-size's text)
 * @param data      bytes of initialised variables: in RAM, with their initial values in flash
 * @param bss       bytes of zero-initialised variables in RAM
 * @param fileBytes the size in bytes of the linked image file (ELF or .wasm)
 */
public record Sizes(long code, long data, long bss, long fileBytes) {
    /**
     * What the image takes in flash.
     *
     * @return code + data, in bytes
     */
    public long flash() {
        return code + data;
    }

    /**
     * What the image takes in RAM before the heap and stacks.
     *
     * @return data + bss, in bytes
     */
    public long ram() {
        return data + bss;
    }
}
