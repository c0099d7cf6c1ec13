package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tinygo4j.boards.TargetException;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;
import org.tinygo4j.boards.config.ConfigException;
import org.tinygo4j.codegen.backend.Toolchain;
import org.tinygo4j.frontend.loader.GorootSourceRoot;

/**
 * The entry point of tinygo4j: a configured compiler for one target.
 *
 * <pre>{@code
 * CompileResult r = Compiler.builder().target("wasi").gc("leaking").build()
 *         .compile(CompileRequest.of(Path.of("hello.go")).withOutput(Path.of("hello.wasm")));
 * }</pre>
 *
 * The builder's settings are TinyGo's build flags (-opt, -gc, -scheduler, -panic,
 * -stack-size, -tags, -ldflags, -debug). They are checked against the target when the
 * configuration is resolved: {@link #config()} reports a setting the target cannot
 * honour as a {@link ConfigException}, and {@link #compile} as a diagnostic. A Compiler
 * holds no mutable state shared between compilations; one instance may compile many
 * programs, also concurrently.
 */
public final class Compiler {
    private final String target;
    private final BuildOptions options;
    private final String ldflags;
    private final TargetRegistry registry;
    private final Toolchain toolchain = new Toolchain();
    private final GorootChoice gorootChoice;
    private GorootSourceRoot.Result goroot; // found on first use, then kept: the search may start a process

    /** The builder's GOROOT setting: search (null path), a given directory, or none. */
    private record GorootChoice(boolean use, Path dir) {
    }

    private Compiler(String target, BuildOptions options, String ldflags, GorootChoice gorootChoice) {
        this.target = target;
        this.options = options;
        this.ldflags = ldflags;
        this.gorootChoice = gorootChoice;
        this.registry = TargetRegistry.load(Compiler.class.getClassLoader());
    }

    /**
     * The Go installation whose sources provide the packages tinygo4j does not embed:
     * the builder's {@link Builder#goroot(Path)}, else the one found as the go command
     * finds it ({@link GorootLocator}); empty when there is none (or
     * {@link Builder#noGoroot()}).
     *
     * @throws ConfigException when the given directory, or $GOROOT, is not a usable GOROOT
     */
    public Optional<Path> goroot() throws ConfigException {
        GorootSourceRoot r = gorootRoot();
        return r == null ? Optional.empty() : Optional.of(r.dir());
    }

    synchronized GorootSourceRoot gorootRoot() throws ConfigException {
        if (goroot == null) {
            if (!gorootChoice.use()) {
                goroot = new GorootSourceRoot.Result(null, null);
            } else if (gorootChoice.dir() != null) {
                goroot = GorootSourceRoot.open(gorootChoice.dir());
            } else {
                goroot = GorootLocator.system().locate();
            }
        }
        if (goroot.problem() != null) {
            throw new ConfigException(goroot.problem());
        }
        return goroot.root();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The target as given: a name or a path to a target JSON file. */
    public String target() {
        return target;
    }

    /**
     * The resolved configuration of this compiler's target and settings: what every
     * compilation uses, and what a caller needs to run the image (the emulator command).
     *
     * @throws ConfigException with a message for the user: an unknown target, or a
     *     setting the target cannot honour
     */
    public BuildConfig config() throws ConfigException {
        BuildOptions opts = options;
        if (!ldflags.isEmpty()) {
            Map<String, String> x = new LinkedHashMap<>(BuildOptions.parseLdflags(ldflags));
            x.putAll(options.linkerStrings());
            opts = new BuildOptions(options.opt(), options.gc(), options.scheduler(), options.panic(),
                    options.stackSize(), options.tags(), options.debug(), x);
        }
        try {
            return BuildConfig.resolve(registry.resolve(target), opts);
        } catch (TargetException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /**
     * Compiles a program. User errors (syntax, types, unknown target, bad setting,
     * missing file) come back as diagnostics; an exception from inside the compiler
     * comes back as one "internal compiler error" diagnostic naming where it happened.
     */
    public CompileResult compile(CompileRequest request) {
        return new Pipeline(this::config, this::gorootRoot, registry, toolchain).compile(request);
    }

    /** The names of all targets known to this compiler (built in and from board packs), sorted. */
    public static List<String> targets() {
        return TargetRegistry.load(Compiler.class.getClassLoader()).names();
    }

    public static final class Builder {
        private String target = "host";
        private String opt = "z";
        private String gc;
        private String scheduler;
        private String panic;
        private long stackSize;
        private final List<String> tags = new ArrayList<>();
        private boolean debug;
        private String ldflags = "";
        private final Map<String, String> linkerStrings = new LinkedHashMap<>();
        private GorootChoice goroot = new GorootChoice(true, null);

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

        /** Garbage collector (leaking; conservative and none are not supported yet); null keeps the target's. */
        public Builder gc(String gc) {
            this.gc = gc;
            return this;
        }

        /** Goroutine scheduler (tasks, coroutines, none); null keeps the target's. */
        public Builder scheduler(String scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /** Panic strategy (print; trap is not supported yet); null means print. */
        public Builder panic(String panic) {
            this.panic = panic;
            return this;
        }

        /** Goroutine stack size in bytes; 0 keeps the target's default-stack-size. */
        public Builder stackSize(long bytes) {
            this.stackSize = bytes;
            return this;
        }

        /** Extra build tags. */
        public Builder tags(List<String> more) {
            tags.addAll(more);
            return this;
        }

        /** Linker flags as Go's -ldflags takes them: {@code -X importpath.name=value} (also -s, -w). */
        public Builder ldflags(String flags) {
            this.ldflags = Objects.requireNonNull(flags);
            return this;
        }

        /** Sets one string variable as {@code -ldflags=-X importpath.name=value} does. */
        public Builder linkerString(String qualifiedName, String value) {
            linkerStrings.put(Objects.requireNonNull(qualifiedName), Objects.requireNonNull(value));
            return this;
        }

        /** Keep debug information in the image (default off: smaller images). */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /**
         * The Go installation (GOROOT) whose sources provide the standard packages that
         * tinygo4j does not embed; by default it is searched for as the go command does
         * ($GOROOT, {@code go env GOROOT}, /usr/lib/go, /usr/lib/go-1.*, /usr/local/go).
         */
        public Builder goroot(Path dir) {
            this.goroot = new GorootChoice(true, Objects.requireNonNull(dir));
            return this;
        }

        /** Compile with the embedded packages only: importing any other standard package is an error. */
        public Builder noGoroot() {
            this.goroot = new GorootChoice(false, null);
            return this;
        }

        public Compiler build() {
            return new Compiler(target, new BuildOptions(opt, gc, scheduler, panic, stackSize, tags, debug,
                    linkerStrings), ldflags, goroot);
        }
    }
}
