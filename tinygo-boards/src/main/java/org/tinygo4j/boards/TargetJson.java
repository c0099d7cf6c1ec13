package org.tinygo4j.boards;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading TinyGo target JSON and applying {@code inherits}. As in TinyGo, the parents
 * named in {@code inherits} are applied first, in order, then the child's own keys:
 * a scalar set by the child replaces the inherited one, while the list keys
 * (build-tags, ldflags, extra-files) are appended to. File names (linkerscript,
 * extra-files) are bound to the location of the JSON that names them, so a board pack
 * can inherit a linker script from the built-in targets. TinyGo's keys we do not use yet
 * are ignored; a key TinyGo does not know either is refused (TinyGo ignores it), so a
 * misspelling is not lost in silence. Two keys are our own: {@code
 * emulator-fallback} (a second emulator command, used when the first one's program is
 * not installed) and {@code end-marker} (the program reports its end by writing 0x04
 * and its exit code to the serial line, see the runners).
 */
final class TargetJson {

    /** Finds the JSON text of a named target and the root its file names are relative to. */
    interface Lookup {
        /** The target's JSON, or null if no provider has it. */
        Source find(String name);
    }

    /** One target JSON document and where the files it names are found. */
    record Source(String name, String json, TargetFile root) {}

    /** The fields being accumulated while walking up and down the inheritance chain. */
    private static final class Fields {
        String llvmTarget = "";
        String cpu = "";
        String features = "";
        String goos = "";
        String goarch = "";
        String gc = "";
        String scheduler = "";
        String linker = "";
        TargetFile linkerScript;
        long defaultStackSize;
        String emulator = "";
        String emulatorFallback = "";
        boolean endMarker;
        String flashMethod = "";
        long uf2FamilyId;
        String flashCommand = "";
        boolean reset1200Bps;
        String msdFirmwareName = "";
        List<String> serialPorts = List.of();
        List<String> msdVolumeNames = List.of();
        final List<String> buildTags = new ArrayList<>();
        final List<String> ldflags = new ArrayList<>();
        final List<TargetFile> extraFiles = new ArrayList<>();
        final List<String> chain = new ArrayList<>();
        /** Where the JSON files applied so far were found, nearest first. */
        final List<TargetFile> roots = new ArrayList<>();
    }

    /** The collector of a target whose JSON chain names none: TinyGo's default. */
    static final String DEFAULT_GC = "conservative";

    private final Lookup lookup;

    TargetJson(Lookup lookup) {
        this.lookup = lookup;
    }

    /** Resolves a target document and everything it inherits into a spec. */
    TargetSpec resolve(Source source) throws TargetException {
        Fields f = new Fields();
        apply(source, f, new ArrayList<>());
        f.chain.removeLast();
        // the files it names are checked now: a missing one is the user's mistake, found before any work
        if (f.linkerScript != null && !f.linkerScript.exists()) {
            throw new TargetException("target " + source.name() + ": linker script not found: " + f.linkerScript);
        }
        for (TargetFile x : f.extraFiles) {
            if (!x.exists()) {
                throw new TargetException("target " + source.name() + ": extra file not found: " + x);
            }
        }
        return new TargetSpec(source.name(), f.llvmTarget, f.cpu, f.features, f.buildTags, f.goos, f.goarch,
                f.gc.isEmpty() ? DEFAULT_GC : f.gc, f.scheduler.isEmpty() ? "none" : f.scheduler,
                f.linker.isEmpty() ? "ld.lld" : f.linker, f.linkerScript, f.ldflags, f.extraFiles,
                f.defaultStackSize == 0 ? 2048 : f.defaultStackSize, f.emulator, f.emulatorFallback, f.endMarker,
                flashMethod(f), f.uf2FamilyId,
                new FlashSettings(f.flashCommand, f.reset1200Bps, f.serialPorts, f.msdVolumeNames, f.msdFirmwareName),
                f.chain);
    }

    private void apply(Source source, Fields f, List<Source> visiting) throws TargetException {
        // by name and place: a user's cortex-m-qemu.json may inherit the built-in cortex-m-qemu
        if (visiting.stream().anyMatch(v -> v.name().equals(source.name()) && v.root().equals(source.root()))) {
            throw new TargetException("target " + source.name() + " inherits from itself: "
                    + String.join(" -> ", visiting.stream().map(Source::name).toList()) + " -> " + source.name());
        }
        visiting.add(source);
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(source.json());
            if (!e.isJsonObject()) {
                throw new TargetException("target " + source.name() + ": the JSON is not an object");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new TargetException("target " + source.name() + ": invalid JSON: " + parseProblem(e));
        }
        for (String key : o.keySet()) {
            if (!OURS.contains(key) && !TINYGO_UNUSED.contains(key)) {
                throw new TargetException("target " + source.name() + ": unknown key \"" + key + "\"");
            }
        }
        for (String parent : strings(o, "inherits", source)) {
            Source p = lookup.find(parent);
            if (p == null) {
                throw new TargetException("target " + source.name() + " inherits from unknown target " + parent);
            }
            apply(p, f, visiting);
        }
        f.llvmTarget = string(o, "llvm-target", f.llvmTarget, source);
        f.cpu = string(o, "cpu", f.cpu, source);
        f.features = string(o, "features", f.features, source);
        f.goos = string(o, "goos", f.goos, source);
        f.goarch = string(o, "goarch", f.goarch, source);
        f.gc = string(o, "gc", f.gc, source);
        f.scheduler = string(o, "scheduler", f.scheduler, source);
        f.linker = string(o, "linker", f.linker, source);
        f.emulator = string(o, "emulator", f.emulator, source);
        f.emulatorFallback = string(o, "emulator-fallback", f.emulatorFallback, source);
        f.flashMethod = string(o, "flash-method", f.flashMethod, source);
        f.flashCommand = string(o, "flash-command", f.flashCommand, source);
        f.msdFirmwareName = string(o, "msd-firmware-name", f.msdFirmwareName, source);
        if (o.has("flash-1200-bps-reset")) {
            f.reset1200Bps = flag(o, "flash-1200-bps-reset", source);
        }
        // lists that describe one board are replaced, not appended to: a board's USB IDs are its own
        if (o.has("serial-port")) {
            f.serialPorts = strings(o, "serial-port", source).stream().map(id -> id.toLowerCase(java.util.Locale.ROOT)).toList();
        }
        if (o.has("msd-volume-name")) {
            f.msdVolumeNames = strings(o, "msd-volume-name", source);
        }
        if (o.has("end-marker")) {
            f.endMarker = bool(o, "end-marker", source);
        }
        String script = string(o, "linkerscript", "", source);
        if (!script.isEmpty()) {
            f.linkerScript = source.root().resolveSibling(script);
            if (f.roots.stream().anyMatch(r -> !sameRoot(r, source.root()))) {
                // a board pack's script may INCLUDE files of the targets it inherits from
                f.linkerScript = new TargetFile.Searched(f.linkerScript, f.roots);
            }
        }
        if (o.has("default-stack-size")) {
            f.defaultStackSize = number(o, "default-stack-size", source);
        }
        if (o.has("uf2-family-id")) {
            f.uf2FamilyId = number(o, "uf2-family-id", source);
        }
        f.buildTags.addAll(strings(o, "build-tags", source));
        f.ldflags.addAll(strings(o, "ldflags", source));
        for (String file : strings(o, "extra-files", source)) {
            f.extraFiles.add(source.root().resolveSibling(file));
        }
        f.chain.add(source.name());
        f.roots.addFirst(source.root());
        visiting.removeLast();
    }

    /** The keys this class reads. */
    private static final java.util.Set<String> OURS = java.util.Set.of("inherits", "llvm-target", "cpu", "features",
            "goos", "goarch", "gc", "scheduler", "linker", "linkerscript", "emulator", "emulator-fallback", "end-marker",
            "flash-method", "default-stack-size", "uf2-family-id", "build-tags", "ldflags", "extra-files",
            "flash-command", "flash-1200-bps-reset", "serial-port", "msd-volume-name", "msd-firmware-name");

    /**
     * The other keys of TinyGo's target format: accepted and ignored, so its board files
     * can be used as they are. Any other key is refused: a misspelt "linkerscript" would
     * otherwise be dropped in silence (TinyGo ignores every unknown key; we do not).
     */
    private static final java.util.Set<String> TINYGO_UNUSED = java.util.Set.of("abi", "serial", "rtlib", "libc",
            "automatic-stack-size", "cflags", "rp2040-boot-patch", "gdb", "binary-format", "openocd-interface", "openocd-transport",
            "openocd-target", "openocd-commands", "openocd-verify", "jlink-device", "code-model", "relocation-model",
            "wasm-abi", "flash-msd-volume-name", "flash-msd-file-name");

    /** As TinyGo decides: a target with a flash command and no method is flashed by that command. */
    private static String flashMethod(Fields f) {
        return f.flashMethod.isEmpty() && !f.flashCommand.isEmpty() ? "command" : f.flashMethod;
    }

    /** A yes/no key, given as a JSON boolean or, as TinyGo's files write flash-1200-bps-reset, as "true"/"false". */
    private static boolean flag(JsonObject o, String key, Source s) throws TargetException {
        JsonElement e = o.get(key);
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                && (e.getAsString().equals("true") || e.getAsString().equals("false"))) {
            return e.getAsString().equals("true");
        }
        return bool(o, key, s);
    }

    /** A JSON syntax error in words, without the parser's exception class names or links. */
    private static String parseProblem(JsonParseException e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? "malformed" : t.getMessage();
        int see = msg.indexOf("\nSee ");
        if (see >= 0) {
            msg = msg.substring(0, see);
        }
        msg = msg.replaceAll("(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error): ", "");
        return msg.isEmpty() ? msg : Character.toLowerCase(msg.charAt(0)) + msg.substring(1);
    }

    /** Whether two JSON files were found in the same place (the same provider or folder). */
    private static boolean sameRoot(TargetFile a, TargetFile b) {
        return a.resolveSibling("").equals(b.resolveSibling(""));
    }

    private static String string(JsonObject o, String key, String inherited, Source s) throws TargetException {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return inherited;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new TargetException("target " + s.name() + ": \"" + key + "\" must be a string");
        }
        String v = e.getAsString();
        return v.isEmpty() ? inherited : v;
    }

    private static boolean bool(JsonObject o, String key, Source s) throws TargetException {
        JsonElement e = o.get(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new TargetException("target " + s.name() + ": \"" + key + "\" must be true or false");
        }
        return e.getAsBoolean();
    }

    /** A number, given either as a JSON number or as a string ("0x68ed2b88" as TinyGo writes UF2 ids). */
    private static long number(JsonObject o, String key, Source s) throws TargetException {
        JsonElement e = o.get(key);
        try {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
                return e.getAsLong();
            }
            String v = e.getAsString().trim();
            return v.startsWith("0x") || v.startsWith("0X") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
        } catch (RuntimeException x) {
            throw new TargetException("target " + s.name() + ": \"" + key + "\" must be a number");
        }
    }

    private static List<String> strings(JsonObject o, String key, Source s) throws TargetException {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            throw new TargetException("target " + s.name() + ": \"" + key + "\" must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement x : (JsonArray) e) {
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isString()) {
                throw new TargetException("target " + s.name() + ": \"" + key + "\" must be a list of strings");
            }
            out.add(x.getAsString());
        }
        return out;
    }
}
