package org.tinygo4j.boards;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fully resolved compilation target: the TinyGo target-JSON fields that the compiler
 * uses, after {@code inherits} has been applied (see {@link TargetJson}). Immutable; it
 * is passed explicitly down the pipeline. Field names follow TinyGo's JSON keys:
 * llvm-target, cpu, features, build-tags, goos, goarch, gc, scheduler, linker,
 * linkerscript, ldflags, extra-files, default-stack-size, emulator, flash-method,
 * uf2-family-id, the flashing keys (see {@link FlashSettings}), and our own
 * emulator-fallback and end-marker. Questions that combine
 * the target with the build options (type sizes, build tags, which collector) are
 * answered by {@link org.tinygo4j.boards.config.BuildConfig}, not here.
 *
 * @param name             the target's name (the JSON file name without ".json")
 * @param llvmTarget       the LLVM triple, e.g. {@code thumbv6m-unknown-unknown-eabi}
 * @param cpu              the LLVM CPU name, e.g. {@code cortex-m0}, or "" for the default
 * @param features         LLVM target features, comma separated ({@code +a,-b}), or ""
 * @param buildTags        build tags, the inherited ones first
 * @param goos             GOOS as the program sees it
 * @param goarch           GOARCH as the program sees it
 * @param gc               garbage collector: conservative, leaking or none
 * @param scheduler        goroutine scheduler: tasks, coroutines (WebAssembly), asyncify or none
 * @param linker           "ld.lld" or "wasm-ld"
 * @param linkerScript     the linker script, or null (host and WebAssembly have none)
 * @param ldflags          extra linker flags
 * @param extraFiles       start-up assembly appended to the module as module-level asm
 * @param defaultStackSize the stack size in bytes (goroutine stacks; wasm's -z stack-size)
 * @param emulator         the emulator command line, "{}" standing for the image, or ""
 * @param emulatorFallback the emulator to use when the first one's program is not installed, or ""
 * @param endMarker        whether the program ends by writing 0x04 and its exit code to its serial output
 * @param flashMethod      how to flash: msd, command (run flash-command), openocd, ... or "";
 *                         "command" when the JSON names a flash-command and no method, as in TinyGo
 * @param uf2FamilyId      the UF2 family id, or 0 when the board takes no UF2 files
 * @param flash            the flasher's settings (flash-command, flash-1200-bps-reset,
 *                         serial-port, msd-volume-name, msd-firmware-name)
 * @param inherits         the chain of targets this one was built from, nearest last
 */
public record TargetSpec(
        String name,
        String llvmTarget,
        String cpu,
        String features,
        List<String> buildTags,
        String goos,
        String goarch,
        String gc,
        String scheduler,
        String linker,
        TargetFile linkerScript,
        List<String> ldflags,
        List<TargetFile> extraFiles,
        long defaultStackSize,
        String emulator,
        String emulatorFallback,
        boolean endMarker,
        String flashMethod,
        long uf2FamilyId,
        FlashSettings flash,
        List<String> inherits) {

    private static final Pattern INCLUDE = Pattern.compile("(?m)^\\s*INCLUDE\\s+\"?([^\"\\s]+)\"?\\s*;?\\s*$");

    /** Copies the lists, so the spec is immutable. */
    public TargetSpec {
        buildTags = List.copyOf(buildTags);
        ldflags = List.copyOf(ldflags);
        extraFiles = List.copyOf(extraFiles);
        inherits = List.copyOf(inherits);
    }

    /**
     * The architecture.
     *
     * @return the part of the LLVM triple before the first '-', e.g. {@code thumbv6m}
     */
    public String arch() {
        int dash = llvmTarget.indexOf('-');
        return dash < 0 ? llvmTarget : llvmTarget.substring(0, dash);
    }

    /**
     * Whether the image is WebAssembly rather than ELF.
     *
     * @return true when the linker is wasm-ld
     */
    public boolean isWasm() {
        return linker.equals("wasm-ld");
    }

    /**
     * Whether the target runs without an operating system.
     *
     * @return true when it has the build tag {@code baremetal}
     */
    public boolean isBaremetal() {
        return buildTags.contains("baremetal");
    }

    /**
     * Whether this is a board or environment one compiles for, rather than a base that
     * others inherit from (TinyGo's "cortex-m", "avr"): as TinyGo decides, a target that
     * can be run (an emulator) or flashed (a flash method) is one; so is one that runs on
     * an operating system (host, wasi).
     *
     * @return true for a board or environment, false for a base
     */
    public boolean isBoard() {
        return !emulator.isEmpty() || !flashMethod.isEmpty() || !isBaremetal();
    }

    /**
     * Whether a build tag is set.
     *
     * @param tag the tag, e.g. {@code "cortexm"}
     * @return true when it is among the target's build tags
     */
    public boolean hasTag(String tag) {
        return buildTags.contains(tag);
    }

    /**
     * The linker script text with every {@code INCLUDE "file"} line replaced by that
     * file's text (resolved beside the script), so that the linker needs only one file.
     *
     * @return the script's text, or null if the target has no linker script
     */
    public String linkerScriptText() {
        return linkerScript == null ? null : expandIncludes(linkerScript, 0);
    }

    private static String expandIncludes(TargetFile file, int depth) {
        if (depth > 8) {
            throw new IllegalStateException("linker script INCLUDE nesting too deep at " + file);
        }
        String text = file.readText();
        Matcher m = INCLUDE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String included = expandIncludes(file.resolveSibling(m.group(1)), depth + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(included));
        }
        m.appendTail(out);
        return out.toString();
    }
}
