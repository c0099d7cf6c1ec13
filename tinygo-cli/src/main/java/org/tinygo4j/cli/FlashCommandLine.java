package org.tinygo4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A target's flash-command: split into words at blanks, with TinyGo's placeholders
 * filled in ({@link ChildProcess} finds and runs the flasher).
 */
final class FlashCommandLine {
    /** The image placeholders, each naming the output format it stands for. */
    private static final List<String> FORMATS = List.of("hex", "bin", "elf", "uf2");

    private FlashCommandLine() {}

    /** The words of a command line: split at blanks, as the emulator key's command lines are (no quoting). */
    static List<String> split(String command) {
        return command.isBlank() ? List.of() : new ArrayList<>(List.of(command.trim().split("\\s+")));
    }

    /** The image formats a command line names by placeholder, in the order of {@link #FORMATS}. */
    static List<String> formats(String command) {
        return FORMATS.stream().filter(f -> command.contains("{" + f + "}")).toList();
    }

    /** The words with each placeholder replaced: an image's path, or the port. */
    static List<String> fill(List<String> words, Map<String, Path> images, String port) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            for (Map.Entry<String, Path> image : images.entrySet()) {
                w = w.replace("{" + image.getKey() + "}", image.getValue().toString());
            }
            out.add(port == null ? w : w.replace("{port}", port));
        }
        return out;
    }
}
