package org.tinygo4j.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a linux/amd64 image on this machine: written to an executable temporary file,
 * started directly, its exit code passed through (a program killed by signal N reports
 * 128+N, as a shell would). With echo streams (the CLI) stdout and stderr stay apart;
 * without (tests) they share one pipe, which keeps their interleaving exact.
 */
public record HostRunner() implements Runner {

    @Override
    public String describe() {
        return "host";
    }

    @Override
    public Optional<String> unavailableReason() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.toLowerCase().contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return Optional.of("host images are linux/amd64 ELF files; this machine is " + os + "/" + arch);
        }
        return Optional.empty();
    }

    @Override
    public RunResult run(byte[] image, RunOptions options) throws IOException {
        Path exe = ExternalProcess.tempImage(image, "", true);
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(exe.toString());
            cmd.addAll(options.args());
            return ExternalProcess.runCaptured(cmd, options);
        } finally {
            Files.deleteIfExists(exe);
        }
    }
}
