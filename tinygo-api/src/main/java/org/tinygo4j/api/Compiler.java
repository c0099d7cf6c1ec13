package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of tinygo4j: a configured compiler for one target.
 *
 * <pre>{@code
 * CompileResult r = Compiler.builder().target("wasi").build()
 *         .compile(CompileRequest.of(Path.of("hello.go")).withOutput(Path.of("hello.wasm")));
 * }</pre>
 *
 * A Compiler holds no mutable state shared between compilations; one instance may
 * compile many programs, also concurrently.
 */
public final class Compiler {
    private final Options options;
    private final org.tinygo4j.boards.TargetRegistry registry;
    private final org.tinygo4j.codegen.backend.Toolchain toolchain = new org.tinygo4j.codegen.backend.Toolchain();

    /** Settings of a compiler; see {@link Builder}. */
    public record Options(String target, String opt, String gc, boolean debug, Path cacheDir,
                          List<Path> extraTargetDirs) {}

    private Compiler(Options options) {
        this.options = options;
        this.registry = org.tinygo4j.boards.TargetRegistry.load(Compiler.class.getClassLoader());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Options options() {
        return options;
    }

    /**
     * Compiles a program. User errors (syntax, types, unknown target, missing file) come
     * back as diagnostics; an exception from inside the compiler comes back as one
     * "internal compiler error" diagnostic naming where it happened.
     */
    public CompileResult compile(CompileRequest request) {
        return new Pipeline(options, registry, toolchain).compile(request);
    }

    /** The names of all targets known to this compiler (built in and from board packs), sorted. */
    public static List<String> targets() {
        return Pipeline.targetNames(org.tinygo4j.boards.TargetRegistry.load(Compiler.class.getClassLoader()));
    }

    public static final class Builder {
        private String target = "host";
        private String opt = "z";
        private String gc = null;
        private boolean debug = false;
        private Path cacheDir = null;
        private final List<Path> extraTargetDirs = new ArrayList<>();

        /** A target name (see {@link Compiler#targets()}) or a path to a target JSON file. */
        public Builder target(String target) {
            this.target = Objects.requireNonNull(target);
            return this;
        }

        /** Optimisation level as TinyGo spells it: 0, 1, 2, s, z (default z). */
        public Builder opt(String opt) {
            this.opt = Objects.requireNonNull(opt);
            return this;
        }

        /** Garbage collector override (leaking, none, conservative); null keeps the target's. */
        public Builder gc(String gc) {
            this.gc = gc;
            return this;
        }

        /** Keep debug information in the image (default off: smaller images). */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** Where extracted tools and compiled builtins are cached (default ~/.cache/tinygo4j). */
        public Builder cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        public Compiler build() {
            Path cache = cacheDir != null ? cacheDir
                    : Path.of(System.getProperty("user.home"), ".cache", "tinygo4j");
            return new Compiler(new Options(target, opt, gc, debug, cache, List.copyOf(extraTargetDirs)));
        }
    }
}
