package org.tinygo4j.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Go programs under integration-tests/testdata and what the reference Go toolchain
 * made of them (see regen-expected.sh): NAME.go or the package directory NAME/, the
 * combined output NAME.out, and the exit code in NAME.exit when it is not 0.
 */
final class TestPrograms {
    static final Path DATA = Path.of("testdata");

    /**
     * A test program. targets is null when it runs everywhere, or the targets named on a
     * "// targets: host wasi" line of its source, for programs using what some chips
     * lack (RAM for heap-hungry programs and goroutine stacks). ldflags is the
     * text of a "// ldflags: ..." line ("" when there is none), given to both compilers.
     * gc is the collector of a "// gc: none" line (null: the target's), for ours only;
     * timeout the seconds of a "// timeout: 40" line (0: the runner's default), for
     * programs that Chicory's interpreter runs slowly; opt the level of a "// opt: 2" line
     * (null: the default, z), for ours only. noGoroot is set by a "// goroot: none" line:
     * ours compiles it without Go's sources, with the embedded packages only (as
     * Compiler.Builder.noGoroot()), to test embedded packages that a GOROOT would replace
     * (math).
     */
    record Program(String name, Path source, String expectedOutput, int expectedExit, List<String> targets,
                   String ldflags, String gc, int timeout, String opt, boolean noGoroot) {
        boolean runsOn(String target) {
            return targets == null || targets.contains(target);
        }

        /** A program that panics: its output is compared only up to the "panic: " line. */
        boolean panics() {
            return expectedOutput.lines().anyMatch(l -> l.startsWith("panic: "));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private TestPrograms() {}

    static List<Program> all() {
        try (Stream<Path> s = Files.list(DATA)) {
            return s.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".go"))
                    .sorted()
                    .map(TestPrograms::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Program load(Path source) {
        String name = source.getFileName().toString().replaceFirst("\\.go$", "");
        try {
            String out = Files.readString(DATA.resolve(name + ".out"), StandardCharsets.UTF_8);
            Path exit = DATA.resolve(name + ".exit");
            int code = Files.exists(exit) ? Integer.parseInt(Files.readString(exit).trim()) : 0;
            List<String> targets = null;
            String ldflags = "";
            String gc = null;
            int timeout = 0;
            String opt = null;
            boolean noGoroot = false;
            if (!Files.isDirectory(source)) {
                for (String line : Files.readAllLines(source)) {
                    if (line.startsWith("// targets:")) {
                        targets = List.of(line.substring("// targets:".length()).trim().split("\\s+"));
                    } else if (line.startsWith("// ldflags:") && ldflags.isEmpty()) {
                        ldflags = line.substring("// ldflags:".length()).trim();
                    } else if (line.startsWith("// gc:")) {
                        gc = line.substring("// gc:".length()).trim();
                    } else if (line.startsWith("// opt:")) {
                        opt = line.substring("// opt:".length()).trim();
                    } else if (line.equals("// goroot: none")) {
                        noGoroot = true;
                    } else if (line.startsWith("// timeout:")) {
                        timeout = Integer.parseInt(line.substring("// timeout:".length()).trim());
                    }
                }
            }
            return new Program(name, source, out, code, targets, ldflags, gc, timeout, opt, noGoroot);
        } catch (IOException e) {
            throw new UncheckedIOException("missing expectation for " + source + " (run regen-expected.sh)", e);
        }
    }

    /** The part of a program's output that is compared: up to and including the first "panic: " line. */
    static String comparable(String output, boolean panics) {
        if (!panics) {
            return output;
        }
        StringBuilder b = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            b.append(line).append('\n');
            if (line.startsWith("panic: ")) {
                return b.toString();
            }
        }
        return output;
    }
}
