package org.tinygo4j.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tinygo4j.boards.GoSourceRoot;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.ConfigException;
import org.tinygo4j.codegen.Codegen;
import org.tinygo4j.codegen.CodegenException;
import org.tinygo4j.codegen.BuildReports;
import org.tinygo4j.codegen.image.PackageSizes;
import org.tinygo4j.codegen.LinkObserver;
import org.tinygo4j.codegen.image.ImageFormat;
import org.tinygo4j.codegen.image.ImageSizes;
import org.tinygo4j.codegen.image.LinkedImage;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.GoRelease;
import org.tinygo4j.frontend.loader.GorootSourceRoot;
import org.tinygo4j.frontend.loader.LoadConfig;
import org.tinygo4j.frontend.loader.LoadListener;
import org.tinygo4j.frontend.loader.Loader;
import org.tinygo4j.frontend.loader.Overlay;
import org.tinygo4j.frontend.loader.PackageCache;
import org.tinygo4j.frontend.loader.SourceRoot;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.runtime.RuntimeSources;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.build.ProgramBuilder;
import org.tinygo4j.ssa.ir.Program;

/**
 * One compilation (or check), phase by phase: check the request against the file
 * system (sources, output folder, format) before any work, load and check the
 * packages, build SSA, generate code, link, convert the image to the requested format
 * and write it (to a temporary name, renamed into place only on success). Every phase
 * takes what it needs from the Compiler's one BuildConfig. User errors end the
 * compilation with diagnostics; an exception from any phase becomes one "internal
 * compiler error" diagnostic naming the phase. It runs on a thread of its own with a
 * large stack (every phase recurses over syntax trees, see LargeStack); interrupting
 * the caller cancels it, and the caller waits until it has stopped, so nothing is
 * written after a cancelled result is returned.
 */
final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final long STACK_BYTES = 1L << 30;

    /** Where Go's sources come from: {@link Compiler#gorootRoot()} (null: none). */
    interface GorootSource {
        GorootSourceRoot resolve() throws ConfigException;
    }

    private final BuildConfig config;
    private final GorootSource gorootSource;
    private final TargetRegistry registry;
    private final Codegen codegen;
    private final PackageCache cache;
    private final SourceRoot runtime;
    private Path modCache;

    /**
     * The -X settings of the build: runtime.buildVersion (runtime.Version's result) is the
     * GOROOT's release, as gc's linker sets it, unless the user sets it; without a GOROOT
     * the runtime's own default stays.
     */
    private Map<String, String> linkerStrings(GorootSourceRoot goroot) {
        Map<String, String> x = new LinkedHashMap<>();
        if (goroot != null) {
            GoRelease.readVersion(goroot.dir(), goroot.src())
                    .ifPresent(v -> x.put(RuntimeAbi.BUILD_VERSION.linkName(), v));
        }
        x.putAll(config.linkerStrings());
        return x;
    }

    Pipeline(BuildConfig config, GorootSource gorootSource, TargetRegistry registry, Codegen codegen,
             PackageCache cache, SourceRoot runtime) {
        this.config = config;
        this.gorootSource = gorootSource;
        this.registry = registry;
        this.codegen = codegen;
        this.cache = cache;
        this.runtime = runtime;
    }

    /** Where the modules a go.mod requires are read from (null: no module cache). */
    Pipeline modCache(Path dir) {
        this.modCache = dir;
        return this;
    }

    /** How far a compilation goes. */
    enum Mode {
        /** Parse and type-check only. */
        CHECK,
        /** A main package, linked into an image. */
        PROGRAM,
        /** Any package through code generation, every function of it, nothing linked or written. */
        LIBRARY
    }

    /** Whether a listener overrides what it hears of the link (workDirectory, commandStarted). */
    private static boolean hearsTheLink(CompileListener l) {
        try {
            return l.getClass().getMethod("workDirectory", Path.class).getDeclaringClass() != CompileListener.class
                    || l.getClass().getMethod("commandStarted", List.class).getDeclaringClass()
                            != CompileListener.class;
        } catch (NoSuchMethodException e) {
            return true; // cannot happen: both are public methods of the interface
        }
    }

    CompileResult run(CompileRequest request, Mode mode) {
        Progress progress = new Progress(request.listener());
        if (Thread.currentThread().isInterrupted()) {
            return new CompileResult(CompileResult.Status.CANCELLED, List.of(), null);
        }
        AtomicReference<CompileResult> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> result.set(compileOnThisThread(request, mode, progress)),
                "tinygo4j-compile", STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                progress.cancel(); // the worker stops at its next checkpoint; wait for it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        CompileResult r = result.get();
        return r != null ? r : new CompileResult(CompileResult.Status.FAILED, List.of(Diagnostic.plain(
                Diagnostic.Severity.ERROR, Diagnostic.Category.INTERNAL,
                "internal compiler error: the compilation thread ended without a result")), null);
    }

    private CompileResult compileOnThisThread(CompileRequest request, Mode mode, Progress progress) {
        boolean checkOnly = mode == Mode.CHECK;
        long start = System.nanoTime();
        FileSet fileSet = cache != null ? new FileSet(cache.fileSet()) : new FileSet();
        Diagnostics diags = new Diagnostics(fileSet, 10); // gc stops after ten errors
        Overlay overlay = overlay(request);
        Reporting report = new Reporting(diags, overlay);
        progress.reporting = report;
        try {
            String problem = requestProblem(request, overlay, mode != Mode.PROGRAM);
            if (problem != null) {
                return report.failedBefore(problem);
            }
            GorootSourceRoot goroot;
            try {
                goroot = gorootSource.resolve();
            } catch (ConfigException e) {
                return report.failedBefore(e.getMessage());
            }
            progress.checkpoint();

            org.tinygo4j.frontend.types.TypeSizes sizes = new org.tinygo4j.frontend.types.TypeSizes(config.pointerSize(),
                    config.intSize(), config.maxAlign());
            org.tinygo4j.frontend.loader.LoadedProgram loaded;
            {
                List<SourceRoot> roots = new ArrayList<>();
                roots.add(runtime);
                for (GoSourceRoot r : registry.goSourceRoots()) {
                    roots.add(new BoardSourceRoot(r));
                }
                boolean files = request.sources().size() > 1 || !overlay.isDirectory(request.source());
                LoadConfig lc = new LoadConfig(roots, request.source(), config.buildTags(), config.goos(),
                        config.goarch(), sizes, List.of("runtime")).withGoroot(goroot, RuntimeSources.PREFER_GOROOT).withModCache(modCache);
                Loader.Options options = new Loader.Options(overlay, files ? request.sources() : List.of(), progress,
                        !checkOnly, request.packages()).withAddedFiles(request.addedFiles());
                if (mode != Mode.LIBRARY) {
                    // as go build's -complete: a library compile is gc's compile step, which
                    // takes body-less functions (their bodies may come from elsewhere)
                    options = options.withRequireBodies();
                }
                loaded = Loader.load(lc, diags, cache, options);
            }
            if (mode == Mode.LIBRARY) {
                // a library compile takes package main without func main, as gc's compile step does
                diags.withdraw(org.tinygo4j.frontend.diag.Diagnostic.plain(Loader.NO_MAIN));
            }
            if (diags.hasErrors()) {
                return report.result(CompileResult.Status.FAILED, null);
            }
            if (checkOnly) {
                LOG.debug("checked {} in {} ms", request.source(), (System.nanoTime() - start) / 1_000_000);
                return report.result(CompileResult.Status.SUCCEEDED, null);
            }
            if (mode == Mode.PROGRAM && (loaded.main() == null || !"main".equals(loaded.main().name()))) {
                String name = loaded.main() == null ? "?" : loaded.main().name();
                return report.failedBefore("package " + name + " is not a main package: nothing to link");
            }

            // A program built before from the same sources under this configuration gets
            // its image again without SSA, code generation or link (ARCHITECTURE, "The
            // image cache"); not when the listener hears the link (-work, -x)
            String sourcesKey = mode == Mode.PROGRAM && loaded.sourceDigest() != null
                    && !hearsTheLink(request.listener()) && request.printAllocs() == null && !request.packageSizes()
                    ? loaded.sourceDigest() + (goroot == null ? "" : " " + goroot.dir().toAbsolutePath()) : null;
            LinkedImage image = sourcesKey == null ? null : codegen.cachedImage(config, sourcesKey);
            BuildReports reports = request.printAllocs() == null && !request.packageSizes() ? null
                    : new BuildReports(request.printAllocs(), request.packageSizes());
            int diagnosticsBefore = diags.count();
            if (image != null) {
                for (Phase p : new Phase[] {Phase.SSA, Phase.CODEGEN}) {
                    progress.started(p);
                    progress.ended(p);
                }
                progress.started(Phase.LINK);
            } else {
                progress.started(Phase.SSA);
                ProgramBuilder builder = new ProgramBuilder(loaded.packages(), loaded.info(), sizes, diags)
                        .withLinkerStrings(linkerStrings(goroot))
                        .withConcatenationCalls(!config.opt().equals("s") && !config.opt().equals("z"))
                        .withCheckpoint(progress::checkpoint);
                if (mode == Mode.LIBRARY) {
                    builder.asLibrary(loaded.main());
                }
                if (config.debug()) {
                    builder.verify(true); // the SSA verifier; always on when Java assertions are
                }
                Program program = builder.build();
                program.setFiles(fileSet);
                program.setGoroot(goroot == null ? null : goroot.dir().toAbsolutePath().toString());
                program.setEmbeddedPrefix(RuntimeSources.ROOT + "/"); // RuntimeSourceRoot's display paths
                progress.ended(Phase.SSA);
                if (diags.hasErrors()) {
                    return report.result(CompileResult.Status.FAILED, null);
                }

                progress.started(Phase.CODEGEN);
                try {
                    if (mode == Mode.LIBRARY) {
                        codegen.compileLibrary(program, config, "main");
                        progress.ended(Phase.CODEGEN);
                        return report.result(CompileResult.Status.SUCCEEDED, null);
                    }
                    CompileListener heard = request.listener();
                    // A listener that hears the link (-work, -x) gets one: the code generator
                    // serves a program it built before from its cache only when nobody observes.
                    Codegen linking = !hearsTheLink(heard) ? codegen : codegen.withObserver(new LinkObserver() {
                        @Override
                        public boolean workDirectory(Path dir) {
                            return heard.workDirectory(dir);
                        }

                        @Override
                        public void command(List<String> argv) {
                            heard.commandStarted(argv);
                        }
                    });
                    image = linking.compile(program, config, "main", () -> {
                        progress.ended(Phase.CODEGEN);
                        progress.started(Phase.LINK);
                    }, reports);
                    if (sourcesKey != null && diags.count() == diagnosticsBefore) {
                        codegen.rememberImage(config, sourcesKey, image);
                    }
                } catch (CodegenException e) {
                    if (e.isInternal()) {
                        throw e;
                    }
                    if (e.errors().isEmpty()) {
                        return report.failed(e.getMessage());
                    }
                    // not supported yet, or heap allocations with -gc=none; an allocation whose
                    // position is lost is reported after the others, a construct not supported
                    // yet as such (UNSUPPORTED) with or without one
                    for (CodegenException.SourceError s : e.errors()) {
                        if (s.pos() >= 0 || s.message().startsWith("not supported yet")) {
                            diags.error(s.pos(), s.message());
                        } else {
                            report.failed(s.message());
                        }
                    }
                    return report.result(CompileResult.Status.FAILED, null);
                }
            }
            OutputFormat format = outputFormat(request);
            byte[] bytes;
            try {
                bytes = image.encode(ImageFormat.valueOf(format.name()));
            } catch (CodegenException e) {
                if (e.isInternal()) {
                    throw e;
                }
                return report.failed(e.getMessage());
            }
            progress.checkpoint(); // the last point to stop: after it the file is written
            if (request.output() != null) {
                writeAtomically(request.output(), bytes);
            }
            progress.ended(Phase.LINK);
            ImageSizes s = image.sizes();
            Sizes sz = new Sizes(s.code(), s.data(), s.bss(), s.fileBytes());
            LOG.debug("compiled {} for {} in {} ms ({} bytes)", request.source(), config.target().name(),
                    (System.nanoTime() - start) / 1_000_000, bytes.length);
            return report.result(CompileResult.Status.SUCCEEDED,
                    new Artifact(format, bytes, image.bytes(), request.output(), sz, heapAllocations(reports, fileSet),
                            packageSizes(reports, image,
                            loaded.packages().stream().map(org.tinygo4j.frontend.types.Package::path).toList())));
        } catch (CancellationException e) {
            LOG.debug("compilation of {} cancelled in {}", request.source(), progress.current);
            return report.result(CompileResult.Status.CANCELLED, null);
        } catch (OutOfMemoryError e) {
            // what the compilation held is unreachable here, so the report has room
            LOG.debug("out of memory", e);
            return report.failed(outOfMemory());
        } catch (Exception | StackOverflowError | AssertionError e) {
            if (e instanceof IllegalStateException && e.getCause() instanceof InterruptedException) {
                return report.result(CompileResult.Status.CANCELLED, null);
            }
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError) { // in a worker of a parallel phase
                    LOG.debug("out of memory", e);
                    return report.failed(outOfMemory());
                }
            }
            LOG.debug("internal compiler error", e);
            String where = progress.current == null ? "setup" : progress.current.name().toLowerCase(Locale.ROOT);
            return report.internal("internal compiler error: in " + where + ": " + describe(e));
        }
    }

    /** The -print-allocs report in the API's terms, in source order (lost positions last). */
    private static List<HeapAllocation> heapAllocations(BuildReports reports, FileSet files) {
        if (reports == null) {
            return List.of();
        }
        List<HeapAllocation> out = new ArrayList<>();
        for (BuildReports.Allocation a : reports.allocations()) {
            if (a.pos() < 0) {
                out.add(new HeapAllocation(null, 0, 0, a.function(), a.reason()));
            } else {
                FileSet.Position p = files.position(a.pos());
                out.add(new HeapAllocation(p.file(), p.line(), p.column(), a.function(), a.reason()));
            }
        }
        out.sort(java.util.Comparator.comparing((HeapAllocation h) -> h.file() == null ? "\uffff" : h.file())
                .thenComparingInt(HeapAllocation::line).thenComparingInt(HeapAllocation::column));
        return out;
    }

    /** The -size full rows, from the link's map (empty when they were not asked for). */
    private static List<PackageSize> packageSizes(BuildReports reports, LinkedImage image, List<String> paths) {
        if (reports == null || reports.linkMapText() == null) {
            return List.of();
        }
        return PackageSizes.of(image, reports.linkMapText(), paths).stream()
                .map(r -> new PackageSize(r.name(), r.code(), r.rodata(), r.data(), r.bss())).toList();
    }

    private static Overlay overlay(CompileRequest request) {
        if (request.overlay().isEmpty()) {
            return Overlay.NONE;
        }
        Map<Path, byte[]> m = new LinkedHashMap<>();
        request.overlay().forEach((p, c) -> m.put(p, c.getBytes(StandardCharsets.UTF_8)));
        return new Overlay(m);
    }

    /**
     * What makes the request impossible before any work: missing sources, files of
     * several directories, a missing output folder, an output format the target cannot
     * produce. Null when there is nothing.
     */
    private String requestProblem(CompileRequest request, Overlay overlay, boolean noOutput) {
        List<Path> sources = request.sources();
        for (Path p : sources) {
            if (!overlay.exists(p)) {
                return "stat " + p + ": no such file or directory";
            }
        }
        if (sources.size() > 1 || !overlay.isDirectory(sources.get(0))) {
            Path dir = sources.get(0).toAbsolutePath().normalize().getParent();
            for (Path p : sources) {
                if (overlay.isDirectory(p)) {
                    return "named files must be .go files: " + p;
                }
                if (!p.toAbsolutePath().normalize().getParent().equals(dir)) {
                    return "named files must all be in one directory; have " + dir + " and "
                            + p.toAbsolutePath().normalize().getParent();
                }
            }
        }
        if (noOutput) {
            return null;
        }
        OutputFormat format = outputFormat(request);
        if (format == null) {
            return "unknown output format for " + request.output() + ": use .elf, .hex, .bin, .uf2 or .wasm";
        }
        String ext = "." + format.name().toLowerCase(Locale.ROOT);
        if (!config.outputExtensions().contains(ext)) {
            return "target " + config.target().name() + " cannot produce a " + ext + " file (it produces "
                    + String.join(", ", config.outputExtensions()) + ")";
        }
        if (request.output() != null) {
            Path dir = request.output().toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                return "output folder " + dir + " does not exist";
            }
            // the output replaces the file by a rename: never a device, a FIFO or a directory
            Path out = request.output();
            if (Files.isDirectory(out)) {
                return "output " + out + " is a directory";
            }
            if (Files.exists(out) && !Files.isRegularFile(out)) {
                return "output " + out + " is not a regular file";
            }
        }
        return null;
    }

    /**
     * The message for a program too large for the JVM's heap: not a compiler bug, and
     * no Java class name (issue 18); the user can give the JVM more.
     */
    static String outOfMemory() {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        long twice = Math.max(2, (2 * mib + 1023) >> 10); // GiB
        return "out of memory: compiling this program needs more than the compiler's " + mib
                + " MiB of Java heap; give the JVM more, for example JAVA_TOOL_OPTIONS=-Xmx" + twice + "g";
    }

    private static String describe(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String where = st.length == 0 ? "" : " (at " + st[0].getClassName() + "." + st[0].getMethodName() + ":"
                + st[0].getLineNumber() + ")";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
    }

    private OutputFormat outputFormat(CompileRequest request) {
        if (request.format() != null) {
            return request.format();
        }
        if (request.output() != null) {
            OutputFormat f = OutputFormat.fromPath(request.output());
            if (f == OutputFormat.ELF && config.isWasm()) {
                return request.output().getFileName().toString().contains(".") ? null : OutputFormat.WASM;
            }
            return f;
        }
        return config.isWasm() ? OutputFormat.WASM : OutputFormat.ELF;
    }

    /** Writes to a temporary file beside the target, then renames it into place. */
    private static void writeAtomically(Path out, byte[] bytes) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "output directory does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            tmp.toFile().setExecutable(true);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The compilation's side of the listener: phase events with their timings (also
     * logged at debug level), the loader's events translated, and the cancellation
     * checks, which throw {@link CancellationException} once the listener asks for it or
     * the caller was interrupted.
     */
    private static final class Progress implements LoadListener {
        private final CompileListener listener;
        private volatile boolean cancelled;
        volatile Phase current;
        private long phaseStart;
        Reporting reporting;

        Progress(CompileListener listener) {
            this.listener = listener;
        }

        void cancel() {
            cancelled = true;
        }

        @Override
        public void checkpoint() {
            if (cancelled || listener.isCancelled() || Thread.currentThread().isInterrupted()) {
                cancelled = true;
                throw new CancellationException("compilation cancelled");
            }
        }

        void started(Phase p) {
            checkpoint();
            current = p;
            phaseStart = System.nanoTime();
            listener.phaseStarted(p);
        }

        void ended(Phase p) {
            long nanos = System.nanoTime() - phaseStart;
            reporting.phaseEnded(p);
            LOG.debug("{} took {} ms", p.name().toLowerCase(Locale.ROOT), nanos / 1_000_000);
            listener.phaseEnded(p, java.time.Duration.ofNanos(nanos));
            checkpoint();
        }

        @Override
        public void phaseStarted(String phase) {
            started(Phase.valueOf(phase.toUpperCase(Locale.ROOT)));
        }

        @Override
        public void phaseEnded(String phase) {
            ended(Phase.valueOf(phase.toUpperCase(Locale.ROOT)));
        }

        @Override
        public void packageChecked(String importPath, boolean fromCache) {
            LOG.trace("checked {}{}", importPath, fromCache ? " (cached)" : "");
            listener.packageChecked(importPath, fromCache);
        }
    }
}
