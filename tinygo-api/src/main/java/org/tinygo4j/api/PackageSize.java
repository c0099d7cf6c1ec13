package org.tinygo4j.api;

/**
 * A row of the image's sizes per package ({@code -size full}): a Go package's import
 * path, or "(unknown)" for what no Go name claims (anonymous string and boxed constants,
 * assembly, the vector table), or "(padding)" for alignment between sections; its bytes
 * of instructions (code), constants (rodata), initialised variables (data: in flash and
 * RAM) and zeroed variables (bss: RAM only).
 *
 * @param name   the import path, "(unknown)" or "(padding)"
 * @param code   bytes of instructions
 * @param rodata bytes of constants
 * @param data   bytes of initialised variables
 * @param bss    bytes of zeroed variables
 */
public record PackageSize(String name, long code, long rodata, long data, long bss) {
    /**
     * Bytes of flash.
     *
     * @return code, rodata and the load image of data
     */
    public long flash() {
        return code + rodata + data;
    }

    /**
     * Bytes of RAM used statically.
     *
     * @return data and bss
     */
    public long ram() {
        return data + bss;
    }
}
