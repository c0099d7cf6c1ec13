package org.tinygo4j.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tinygo4j.boards.config.BuildConfig;

/**
 * Runs a module of the wasm target (GOOS js) in Node: the module and the support file
 * wasm_exec.js (a resource of tinygo-boards) are written to a temporary folder and
 * {@code node wasm_exec.js main.wasm ARGS...} runs them. The exit code is the
 * program's (the support file exits Node with it); a trap is Node's uncaught error,
 * exit code 1.
 */
public record NodeRunner() implements Runner {

    @Override
    public String describe() {
        return "node (wasm_exec.js)";
    }

    @Override
    public Optional<String> unavailableReason() {
        return ExternalProcess.findOnPath("node").isPresent() ? Optional.empty()
                : Optional.of("node not found (install the Debian package nodejs)");
    }

    /**
     * The support file that loads and runs a wasm-target module in Node or a browser,
     * as {@code tinygo build -wasm-exec} writes it.
     *
     * @return the content of wasm_exec.js
     * @throws IOException if the resource is missing from tinygo-boards' jar
     */
    public static byte[] supportFile() throws IOException {
        try (InputStream in = BuildConfig.class.getClassLoader().getResourceAsStream(BuildConfig.WASM_EXEC_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + BuildConfig.WASM_EXEC_RESOURCE);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public RunResult run(byte[] image, RunOptions options) throws IOException {
        Path dir = Files.createTempDirectory("tinygo4j-node");
        try {
            Path js = dir.resolve("wasm_exec.js");
            Files.write(js, supportFile());
            Path wasm = dir.resolve("main.wasm");
            Files.write(wasm, image);
            List<String> cmd = new ArrayList<>();
            cmd.add(ExternalProcess.findOnPath("node").map(Path::toString).orElse("node"));
            cmd.add(js.toString());
            cmd.add(wasm.toString());
            cmd.addAll(options.args());
            return ExternalProcess.runCaptured(cmd, options);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
