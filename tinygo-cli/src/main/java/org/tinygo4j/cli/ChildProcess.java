package org.tinygo4j.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The tools the commands start themselves (`go list` for list, the flasher for flash):
 * found on the command's PATH as Go's exec.LookPath finds them, run with the command's
 * environment and an empty standard input, their output and errors passed through.
 */
final class ChildProcess {
    private ChildProcess() {}

    /** The executable a program name means: a path as it is, a bare name searched in PATH's folders. */
    static Optional<Path> lookPath(String name, String path) {
        if (name.contains(File.separator)) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * A process builder for a command with the command's environment (as {@code io}
     * holds it, which tests choose), to which the caller may add.
     */
    static ProcessBuilder builder(java.util.List<String> command, Io io) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(io.env());
        return pb;
    }

    /** Starts the process, passes its stdout and stderr to the command's, and returns its exit code. */
    static int run(ProcessBuilder pb, Io io) throws IOException, InterruptedException {
        Process p = pb.start();
        p.getOutputStream().close();
        Thread errCopy = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), io.err()));
        copy(p.getInputStream(), io.out());
        int code = p.waitFor();
        errCopy.join();
        io.out().flush();
        io.err().flush();
        return code;
    }

    private static void copy(InputStream in, OutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // the process went away; what it wrote has been passed on
        }
    }
}
