package org.tinygo4j.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tinygo4j.boards.GoSourceRoot;
import org.tinygo4j.boards.TargetException;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.TargetSpec;
import org.tinygo4j.codegen.Codegen;
import org.tinygo4j.codegen.backend.BackendException;
import org.tinygo4j.codegen.backend.ImageFormat;
import org.tinygo4j.codegen.backend.ImageSizes;
import org.tinygo4j.codegen.backend.LinkedImage;
import org.tinygo4j.codegen.backend.Toolchain;
import org.tinygo4j.codegen.llvm.OptLevel;
import org.tinygo4j.codegen.lower.NotSupported;
import org.tinygo4j.runtime.RuntimeSources;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.ClasspathSourceRoot;
import org.tinygo4j.frontend.loader.LargeStack;
import org.tinygo4j.frontend.loader.LoadConfig;
import org.tinygo4j.frontend.loader.Loader;
import org.tinygo4j.frontend.loader.SourceRoot;
import org.tinygo4j.frontend.syntax.FileSet;
import org.tinygo4j.ssa.build.ProgramBuilder;
import org.tinygo4j.ssa.ir.Program;

/**
 * One compilation, phase by phase: resolve the target, load and check the packages,
 * build SSA, generate code, convert the image to the requested format and write it
 * (to a temporary name, renamed into place only on success). User errors end the
 * compilation with diagnostics; an exception from any phase becomes one "internal
 * compiler error" diagnostic naming the phase.
 */
final class Pipeline {
    private final Compiler.Options options;
    private final TargetRegistry registry;
    private final Toolchain toolchain;

    Pipeline(Compiler.Options options, TargetRegistry registry, Toolchain toolchain) {
        this.options = options;
        this.registry = registry;
        this.toolchain = toolchain;
    }

    /** Compiles on a large-stack thread: every phase recurses over syntax trees (see LargeStack). */
    CompileResult compile(CompileRequest request) {
        return LargeStack.call("tinygo4j-compile", () -> compileOnThisThread(request));
    }

    private CompileResult compileOnThisThread(CompileRequest request) {
        FileSet fileSet = new FileSet();
        Diagnostics diags = new Diagnostics(fileSet);
        String phase = "target";
        try {
            TargetSpec spec;
            try {
                spec = registry.resolve(options.target());
            } catch (TargetException e) {
                return failed(diags, Diagnostic.plain(e.getMessage()));
            }
            OptLevel opt = OptLevel.fromFlag(options.opt());
            if (opt == null) {
                return failed(diags, Diagnostic.plain("invalid -opt=" + options.opt() + ": use 0, 1, 2, s or z"));
            }
            OutputFormat format = outputFormat(request, spec);
            if (format == null) {
                return failed(diags, Diagnostic.plain("unknown output format for " + request.output()
                        + ": use .elf, .hex, .bin, .uf2 or .wasm"));
            }

            phase = "load";
            org.tinygo4j.frontend.types.Sizes sizes = new org.tinygo4j.frontend.types.Sizes(spec.pointerSize(), spec.intSize(), spec.arch().equals("avr") ? 1 : 8);
            Set<String> tags = new HashSet<>(spec.buildTags());
            tags.add("tinygo");
            tags.add(spec.goos());
            tags.add(spec.goarch());
            // The collector: the target JSON's "gc" unless the options name one.
            tags.add("gc." + (options.gc() != null ? options.gc() : spec.gc() != null ? spec.gc() : "conservative"));
            tags.add("scheduler." + spec.scheduler()); // selects the runtime's goroutine scheduler
            org.tinygo4j.frontend.loader.Program loaded;
            try (ClasspathSourceRoot runtime = new ClasspathSourceRoot(RuntimeSources.class.getClassLoader(),
                    RuntimeSources.MARKER)) {
                List<SourceRoot> roots = new ArrayList<>();
                roots.add(runtime);
                for (GoSourceRoot r : registry.goSourceRoots()) {
                    roots.add(new BoardSourceRoot(r));
                }
                loaded = Loader.load(new LoadConfig(roots, request.source(), tags, spec.goos(), spec.goarch(), sizes,
                        List.of("runtime")), diags);
            }
            if (loaded.main() == null || diags.hasErrors()) {
                return new CompileResult(diags.sorted(), null);
            }
            if (!"main".equals(loaded.main().name())) {
                diags.add(Diagnostic.plain(
                        "package " + loaded.main().name() + " is not a main package: nothing to link"));
                return new CompileResult(diags.sorted(), null);
            }

            phase = "ssa";
            Program program = new ProgramBuilder(loaded.packages(), loaded.info(), sizes, diags).build();
            if (diags.hasErrors()) {
                return new CompileResult(diags.sorted(), null);
            }

            phase = "codegen";
            LinkedImage image;
            try {
                image = new Codegen(toolchain).compile(program, spec, opt, options.debug(), "main");
            } catch (NotSupported e) {
                diags.error(e.pos(), "not supported yet: " + e.getMessage());
                return new CompileResult(diags.sorted(), null);
            } catch (BackendException e) {
                if (e.isInternal()) {
                    throw e;
                }
                return failed(diags, Diagnostic.plain(e.getMessage()));
            }

            phase = "output";
            byte[] bytes;
            try {
                bytes = image.encode(ImageFormat.valueOf(format.name()));
            } catch (BackendException e) {
                if (e.isInternal()) {
                    throw e;
                }
                return failed(diags, Diagnostic.plain(e.getMessage()));
            }
            if (request.output() != null) {
                writeAtomically(request.output(), bytes);
            }
            ImageSizes s = image.sizes();
            Sizes sz = new Sizes(s.code(), s.data(), s.bss(), s.fileBytes());
            return new CompileResult(diags.sorted(), new Artifact(format, bytes, image.bytes(), request.output(), sz));
        } catch (Exception | StackOverflowError | AssertionError e) {
            diags.add(Diagnostic.plain("internal compiler error: in " + phase + ": " + describe(e)));
            return new CompileResult(diags.sorted(), null);
        }
    }

    private static String describe(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String where = st.length == 0 ? "" : " (at " + st[0].getClassName() + "." + st[0].getMethodName() + ":"
                + st[0].getLineNumber() + ")";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
    }

    private static CompileResult failed(Diagnostics diags, Diagnostic d) {
        diags.add(d);
        return new CompileResult(diags.sorted(), null);
    }

    private static OutputFormat outputFormat(CompileRequest request, TargetSpec spec) {
        if (request.format() != null) {
            return request.format();
        }
        if (request.output() != null) {
            OutputFormat f = OutputFormat.fromPath(request.output());
            if (f == OutputFormat.ELF && spec.isWasm()) {
                return request.output().getFileName().toString().contains(".") ? null : OutputFormat.WASM;
            }
            return f;
        }
        return spec.isWasm() ? OutputFormat.WASM : OutputFormat.ELF;
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

    static List<String> targetNames(TargetRegistry registry) {
        return registry.names();
    }
}
