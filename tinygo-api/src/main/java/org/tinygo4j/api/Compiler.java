package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tinygo4j.boards.TargetException;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.TargetSpec;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;
import org.tinygo4j.boards.config.ConfigException;
import org.tinygo4j.codegen.Codegen;
import org.tinygo4j.frontend.loader.GoRelease;
import org.tinygo4j.frontend.loader.GorootSourceRoot;
import org.tinygo4j.frontend.loader.Modules;
import org.tinygo4j.frontend.loader.PackageCache;

/**
 * The entry point of tinygo4j: a configured compiler for one target.
 *
 * <pre>{@code
 * Compiler c = Compiler.builder().target("wasi").gc("leaking").build();
 * CompileResult r = c.compile(CompileRequest.of(Path.of("hello.go")).withOutput(Path.of("hello.wasm")));
 * CompileResult check = c.check(CompileRequest.ofSource(Path.of("edit.go"), bufferText));
 * }</pre>
 *
 * The builder's settings are TinyGo's build flags (-opt, -gc, -scheduler, -panic,
 * -stack-size, -tags, -ldflags, -debug). They are checked against the target by
 * {@link Builder#build()}, which throws {@link InvalidConfigurationException} for an
 * unknown target or a setting the target cannot honour. Board packs are found through
 * the class loader given to the builder (by default the library's own).
 *
 * <p>A Compiler keeps the runtime and standard-library packages it has parsed and
 * type-checked (content-checked, see {@link #cachedPackages()}), so later compilations
 * and checks in the same JVM skip that work, and the linked images of the last few
 * programs it built, keyed by their sources (every package's files and contents) and by
 * their code as lowered to LLVM IR: a program compiled again from the same sources skips
 * SSA, code generation and linking, and one whose edit changed no code skips
 * optimisation and linking (unless the request's listener hears the link:
 * {@link CompileListener#workDirectory}, {@link CompileListener#commandStarted});
 * its configuration is fixed, so both caches belong to one target configuration.
 * Nothing else is kept between compilations: one instance may compile many programs,
 * also concurrently. The library logs through slf4j
 * (phase timings at debug level) and prints nothing itself.
 */
public final class Compiler {
    private static final Logger LOG = LoggerFactory.getLogger(Compiler.class);

    private final String target;
    private final BuildConfig config;
    private final TargetRegistry registry;
    private final Codegen codegen;
    private final PackageCache cache;
    private final RuntimeSourceRoot runtime = new RuntimeSourceRoot();
    private final GorootChoice gorootChoice;
    private GorootSourceRoot.Result goroot; // found on first use, then kept: the search may start a process
    private final Path modCache;

    /** The builder's GOROOT setting: search (null path), a given directory, or none. */
    private record GorootChoice(boolean use, Path dir) {
    }

    private Compiler(String target, BuildConfig config, TargetRegistry registry, boolean cached,
                     GorootChoice gorootChoice, Path modCache) {
        this.target = target;
        this.modCache = modCache;
        this.config = config;
        this.registry = registry;
        this.gorootChoice = gorootChoice;
        // every source root's packages may be cached: entries are checked against the files' content
        this.cache = cached ? new PackageCache(root -> true) : null;
        this.codegen = new Codegen(cached);
    }

    /**
     * The Go installation whose sources provide the packages tinygo4j does not embed:
     * the builder's {@link Builder#goroot(Path)}, else the one found as the go command
     * finds it ({@link GorootLocator}); empty when there is none (or
     * {@link Builder#noGoroot()}).
     *
     * @return the GOROOT directory, or empty
     * @throws ConfigException when the given directory, or $GOROOT, is not a usable GOROOT
     */
    public Optional<Path> goroot() throws ConfigException {
        GorootSourceRoot r = gorootRoot();
        return r == null ? Optional.empty() : Optional.of(r.dir());
    }

    /**
     * The Go release of {@link #goroot()} as its VERSION file (or goversion.go) names it,
     * e.g. "go1.19.8"; empty without a GOROOT or when it names none.
     *
     * @return the release name, or empty
     * @throws ConfigException when the given directory, or $GOROOT, is not a usable GOROOT
     */
    public Optional<String> goVersion() throws ConfigException {
        GorootSourceRoot r = gorootRoot();
        return r == null ? Optional.empty() : GoRelease.readVersion(r.dir(), r.src());
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

    /**
     * The version of the LLVM library the back end runs on.
     *
     * @return the version as LLVM itself reports it, e.g. "20.1.7"
     */
    public static String llvmVersion() {
        return Codegen.llvmVersion();
    }

    /**
     * A builder with the defaults: target host, -opt=z, the target's collector and
     * scheduler, caching on.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The target as the builder was given it.
     *
     * @return a target name or a path to a target JSON file
     */
    public String target() {
        return target;
    }

    /**
     * The resolved configuration of this compiler's target and settings: what every
     * compilation uses, and what a caller needs to run the image (the emulator command).
     *
     * @return the configuration, the same for every call
     */
    public BuildConfig config() {
        return config;
    }

    /**
     * Compiles a program. User errors (syntax, types, unsupported constructs, a missing
     * file or folder) come back as diagnostics; an exception from inside the compiler
     * comes back as one {@link Diagnostic.Category#INTERNAL} diagnostic naming where it
     * happened; cancellation (listener or interrupt) as a CANCELLED result.
     *
     * @param request the main package to compile and where to write the output
     * @return the status, the diagnostics, and on success the artifact
     */
    public CompileResult compile(CompileRequest request) {
        return new Pipeline(config, this::gorootRoot, registry, codegen, cache, runtime).modCache(modCache)
                .run(request, Pipeline.Mode.PROGRAM);
    }

    /**
     * Parses and type-checks only: the diagnostics an editor shows, no code and no file
     * (the request's output is ignored). The package need not be main.
     *
     * @param request the package to check (its output and format are ignored)
     * @return the status and the diagnostics; never an artifact
     */
    public CompileResult check(CompileRequest request) {
        return new Pipeline(config, this::gorootRoot, registry, codegen, cache, runtime).modCache(modCache)
                .run(request, Pipeline.Mode.CHECK);
    }

    /**
     * Compiles a package as go build compiles a library: parsed, type-checked and every
     * function and method it declares (generic ones only as far as it instantiates them)
     * through code generation, with the diagnostics of every stage, "not supported yet"
     * included; nothing is linked and no file written (the request's output is ignored).
     * The package need not be main.
     *
     * @param request the package to compile (its output and format are ignored)
     * @return the status and the diagnostics; never an artifact
     */
    public CompileResult compileLibrary(CompileRequest request) {
        return new Pipeline(config, this::gorootRoot, registry, codegen, cache, runtime).modCache(modCache)
                .run(request, Pipeline.Mode.LIBRARY);
    }

    /**
     * The module cache the modules of a program's go.mod are read from (GOMODCACHE): the
     * builder's {@link Builder#modCache(Path)}, else $GOMODCACHE, $GOPATH/pkg/mod or
     * ~/go/pkg/mod; empty when none can be named. Nothing is ever downloaded.
     *
     * @return the module cache directory, or empty
     */
    public Optional<Path> modCache() {
        return Optional.ofNullable(modCache);
    }

    /**
     * The packages this compiler keeps checked between compilations.
     *
     * @return their import paths; empty when caching is off or nothing was compiled yet
     */
    public Set<String> cachedPackages() {
        return cache == null ? Set.of() : cache.paths();
    }

    /** How many compilations took their image from the cache by their sources (for tests). */
    long imagesBySources() {
        return codegen.cachedImageBySourcesHits();
    }

    /** Forgets the cached packages and images; the next compilation checks and builds everything again. */
    public void clearCache() {
        if (cache != null) {
            cache.clear();
        }
        codegen.clearCache();
    }

    /**
     * The targets known through this library's class loader: the built-in ones and the
     * board packs on its class path.
     *
     * @return the descriptions of the boards and environments, sorted by name
     */
    public static List<TargetDescription> targets() {
        return targets(Compiler.class.getClassLoader());
    }

    /**
     * The boards and environments one can compile for (not the base JSONs they inherit
     * from), as seen through a class loader: the built-in targets and every board pack
     * the loader finds (an IDE plugin passes its own). Sorted by name.
     *
     * @param loader the class loader whose board packs are listed (with the built-in targets)
     * @return the descriptions, sorted by name; a target whose JSON cannot be resolved is
     *         left out
     */
    public static List<TargetDescription> targets(ClassLoader loader) {
        TargetRegistry r = TargetRegistry.load(loader);
        List<TargetDescription> out = new ArrayList<>();
        for (String name : r.names()) {
            try {
                TargetSpec spec = r.resolve(name);
                BuildConfig c = BuildConfig.resolve(spec, BuildOptions.defaults());
                List<OutputFormat> formats = c.outputExtensions().stream()
                        .map(e -> OutputFormat.valueOf(e.substring(1).toUpperCase(java.util.Locale.ROOT))).toList();
                out.add(new TargetDescription(name, spec.cpu().isEmpty() ? spec.arch() : spec.cpu(), spec.llvmTarget(),
                        spec.goos(), spec.goarch(), formats, spec.emulator(), spec.flashMethod(), spec.isBoard()));
            } catch (TargetException | ConfigException e) {
                LOG.debug("target {} left out of the list: {}", name, e.getMessage());
            }
        }
        return out;
    }

    /**
     * The settings of a {@link Compiler}, TinyGo's build flags; every setter returns this
     * builder. Nothing is checked before {@link #build()}.
     */
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
        private ClassLoader classLoader = Compiler.class.getClassLoader();
        private boolean cache = true;
        private GorootChoice goroot = new GorootChoice(true, null);
        private Path modCache;

        /** Use {@link Compiler#builder()}. */
        Builder() {
        }

        /**
         * The target to compile for (default host).
         *
         * @param target a target name (see {@link Compiler#targets()}) or a path to a target JSON file
         * @return this builder
         */
        public Builder target(String target) {
            this.target = Objects.requireNonNull(target);
            return this;
        }

        /**
         * The optimisation level (-opt).
         *
         * @param opt the level as TinyGo spells it: 0, 1, 2, s or z (default z)
         * @return this builder
         */
        public Builder opt(String opt) {
            this.opt = Objects.requireNonNull(opt);
            return this;
        }

        /**
         * The garbage collector (-gc).
         *
         * @param gc conservative, leaking or none; null keeps the target's (conservative
         *           when the target names none)
         * @return this builder
         */
        public Builder gc(String gc) {
            this.gc = gc;
            return this;
        }

        /**
         * The goroutine scheduler (-scheduler).
         *
         * @param scheduler the target's own scheduler (its JSON's {@code scheduler}) or none
         *                  (not on the js wasm target, whose event loop needs goroutines);
         *                  null keeps the target's
         * @return this builder
         */
        public Builder scheduler(String scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /**
         * What a panic does (-panic).
         *
         * @param panic print (Go's message, then exit) or trap (the target's trap
         *              instruction at once); null means print
         * @return this builder
         */
        public Builder panic(String panic) {
            this.panic = panic;
            return this;
        }

        /**
         * The goroutine stack size (-stack-size).
         *
         * @param bytes the size in bytes; 0 keeps the target's default-stack-size
         * @return this builder
         */
        public Builder stackSize(long bytes) {
            this.stackSize = bytes;
            return this;
        }

        /**
         * Adds build tags (-tags), on top of the target's.
         *
         * @param more the tags to add
         * @return this builder
         */
        public Builder tags(List<String> more) {
            tags.addAll(more);
            return this;
        }

        /**
         * Linker flags (-ldflags), replacing earlier ones.
         *
         * @param flags the flags as Go's -ldflags takes them: {@code -X importpath.name=value}
         *              (also -s and -w, which change nothing); any other flag makes
         *              {@link #build()} fail
         * @return this builder
         */
        public Builder ldflags(String flags) {
            this.ldflags = Objects.requireNonNull(flags);
            return this;
        }

        /**
         * Sets one string variable as {@code -ldflags=-X importpath.name=value} does; it
         * wins over an -X of ldflags for the same variable.
         *
         * @param qualifiedName the variable as importpath.name, e.g. {@code main.version}
         * @param value         its value
         * @return this builder
         */
        public Builder linkerString(String qualifiedName, String value) {
            linkerStrings.put(Objects.requireNonNull(qualifiedName), Objects.requireNonNull(value));
            return this;
        }

        /**
         * Whether to keep debug information in the image (-debug).
         *
         * @param debug true to keep it; false (the default) strips it for smaller images
         * @return this builder
         */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /**
         * Where board packs are looked for (ServiceLoader of BoardProvider): an IDE plugin or
         * build tool passes the loader that sees its packs. Default: this library's.
         *
         * @param loader the class loader to find board packs through
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader);
            return this;
        }

        /**
         * The Go installation (GOROOT) whose sources provide the standard packages that
         * tinygo4j does not embed; by default it is searched for as the go command does
         * ($GOROOT, {@code go env GOROOT}, /usr/lib/go, /usr/lib/go-1.*, /usr/local/go).
         *
         * @param dir the GOROOT directory
         * @return this builder
         */
        public Builder goroot(Path dir) {
            this.goroot = new GorootChoice(true, Objects.requireNonNull(dir));
            return this;
        }

        /**
         * Compile with the embedded packages only: importing any other standard package is
         * an error.
         *
         * @return this builder
         */
        public Builder noGoroot() {
            this.goroot = new GorootChoice(false, null);
            return this;
        }

        /**
         * The module cache (GOMODCACHE) where the modules a go.mod requires are found,
         * laid out as the go command keeps it (path@version, upper case as "!x"); by
         * default $GOMODCACHE, else the first $GOPATH entry's pkg/mod, else ~/go/pkg/mod.
         *
         * @param dir the module cache directory
         * @return this builder
         */
        public Builder modCache(Path dir) {
            this.modCache = Objects.requireNonNull(dir);
            return this;
        }

        /**
         * Whether to keep checked runtime and library packages, and the linked images of
         * recent programs, between compilations.
         *
         * @param on true (the default) to cache, false to start every compilation afresh
         * @return this builder
         */
        public Builder cache(boolean on) {
            this.cache = on;
            return this;
        }

        /**
         * The compiler for these settings.
         *
         * @return a new compiler
         * @throws InvalidConfigurationException for an unknown target, a malformed setting
         *     or one the target cannot honour; the message is for the user as it is
         */
        public Compiler build() {
            TargetRegistry registry = TargetRegistry.load(classLoader);
            try {
                Map<String, String> x = new LinkedHashMap<>(BuildOptions.parseLdflags(ldflags));
                x.putAll(linkerStrings);
                BuildOptions opts = new BuildOptions(opt, gc, scheduler, panic, stackSize, tags, debug, x);
                TargetSpec spec = registry.resolve(target);
                if (!Codegen.supportsArchitecture(spec.arch())) {
                    throw new InvalidConfigurationException("target " + spec.name() + ": unsupported LLVM architecture \""
                            + spec.arch() + "\" (llvm-target " + spec.llvmTarget() + ")");
                }
                BuildConfig config = BuildConfig.resolve(spec, opts);
                Path mc = modCache != null ? modCache : Modules.defaultModCache(System.getenv());
                return new Compiler(target, config, registry, cache, goroot, mc);
            } catch (TargetException | ConfigException e) {
                throw new InvalidConfigurationException(e.getMessage());
            }
        }
    }
}
