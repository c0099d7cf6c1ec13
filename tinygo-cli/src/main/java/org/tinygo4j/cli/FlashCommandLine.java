package org.tinygo4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A target's flash-command: split into words as a shell would (spaces separate,
 * single and double quotes group), the flasher looked up on PATH as Go's exec.LookPath
 * does, TinyGo's placeholders filled in, and the flasher run with its output passed
 * through.
 */
final class FlashCommandLine {
    /** The image placeholders, each naming the output format it stands for. */
    private static final List<String> FORMATS = List.of("hex", "bin", "elf", "uf2");

    private FlashCommandLine() {}

    /** The words of a command line. */
    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
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

    /** The executable a program name means: a path as it is, a bare name searched in PATH's folders. */
    static Optional<Path> lookPath(String name, String path) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(":", -1)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs the flasher with the command's environment, its output and errors passed through; returns its exit code. */
    static int run(List<String> command, Io io) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(io.env());
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        Thread out = pass(p.getInputStream(), io.out());
        Thread err = pass(p.getErrorStream(), io.err());
        try {
            int code = p.waitFor();
            out.join();
            err.join();
            return code;
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + command.getFirst() + " ran");
        }
    }

    private static Thread pass(InputStream from, OutputStream to) {
        return Thread.ofPlatform().daemon().start(() -> {
            byte[] buf = new byte[4096];
            try {
                int n;
                while ((n = from.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // the flasher closed its end; its exit code tells how it went
            }
        });
    }
}
