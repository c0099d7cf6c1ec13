package org.tinygo4j.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;

import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.backend.ImageCache;
import org.tinygo4j.codegen.backend.Toolchain;
import org.tinygo4j.codegen.image.LinkedImage;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;
import org.tinygo4j.codegen.lower.ModuleLowering;
import org.tinygo4j.codegen.lower.NotSupported;
import org.tinygo4j.ssa.ir.Program;

/**
 * The code generator's entry point, and the only class of this module the layers above
 * use (with the value types of its results: {@link LinkedImage} and its formats and
 * sizes, {@link CodegenException}, {@link LinkObserver}): lowers an SSA program into one
 * LLVM module in a fresh context for the target, then transforms, emits and links it.
 * Everything LLVM lives and dies inside one call, so compilations never share LLVM
 * state; one instance (per compiler) remembers where the linker is and the linked images
 * of its last programs ({@link ImageCache}: plain bytes, no LLVM object), and may serve
 * compilations on several threads.
 */
public final class Codegen {
    /** Images kept per code generator (so per Compiler): a few programs, a few MiB. */
    private static final int CACHED_IMAGES = 32;
    private static final long CACHED_IMAGE_BYTES = 32L << 20;

    private final Toolchain toolchain;
    private final LinkObserver observer;
    private final ImageCache images;

    /** A code generator that keeps the images of recent programs (see {@link #compile}). */
    public Codegen() {
        this(true);
    }

    /** A code generator that keeps the images of recent programs, or keeps nothing. */
    public Codegen(boolean cacheImages) {
        this(new Toolchain(), LinkObserver.NONE,
                cacheImages ? new ImageCache(CACHED_IMAGES, CACHED_IMAGE_BYTES) : null);
    }

    /** Forgets the images kept so far. */
    public void clearCache() {
        if (images != null) {
            images.clear();
        }
    }

    private Codegen(Toolchain toolchain, LinkObserver observer, ImageCache images) {
        this.toolchain = toolchain;
        this.observer = observer;
        this.images = images;
    }

    /** The version of the LLVM library in use, as LLVM reports it ("20.1.7"). */
    /** Whether code can be generated for an architecture (the first part of an LLVM triple, e.g. "thumbv7m"). */
    public static boolean supportsArchitecture(String arch) {
        return org.tinygo4j.codegen.llvm.LlvmTarget.supports(arch);
    }

    public static String llvmVersion() {
        return Toolchain.llvmVersion();
    }

    /**
     * This code generator, telling observer the link's temporary folder and commands
     * (-work, -x); the linker found so far and the cached images are shared.
     */
    public Codegen withObserver(LinkObserver observer) {
        return new Codegen(toolchain, java.util.Objects.requireNonNull(observer), images);
    }

    /**
     * Generates, optimises and links a program as the configuration says (target, -opt,
     * -debug, ...). A program whose lowered module is the same as one this code generator
     * (or one made from it by {@link #withObserver}) built recently under the same
     * configuration object gets that image again, without optimising or linking (see
     * {@link ImageCache}), unless this code generator has an observer: what it observes
     * (the link's folder and command) happens every time.
     */
    public LinkedImage compile(Program program, BuildConfig config, String moduleName) throws CodegenException {
        return compile(program, config, moduleName, () -> { });
    }

    /**
     * Generates the code of a library (no main, nothing to link) and checks the module
     * LLVM's verifier; the code itself is dropped, as go build drops a library's.
     */
    public void compileLibrary(Program program, BuildConfig config, String moduleName) throws CodegenException {
        try (LlvmTarget target = LlvmTarget.create(config.target(), OptLevel.fromFlag(config.opt()))) {
            LLVMModuleRef module = lower(target, program, config, moduleName);
            try {
                Backend.verify(module, "after code generation");
            } finally {
                LLVMDisposeModule(module);
            }
        }
    }

    /**
     * As {@link #compile(Program, BuildConfig, String)}, calling beforeLink once the object
     * code is emitted and before the linker runs (progress reporting; an exception it
     * throws, such as a cancellation, ends the compilation there).
     */
    public LinkedImage compile(Program program, BuildConfig config, String moduleName, Runnable beforeLink)
            throws CodegenException {
        return compile(program, config, moduleName, beforeLink, null);
    }

    /**
     * As {@link #compile(Program, BuildConfig, String, Runnable)}, filling reports (when
     * not null) as it asks; such a build always runs the back end (no cached image).
     */
    public LinkedImage compile(Program program, BuildConfig config, String moduleName, Runnable beforeLink,
            BuildReports reports) throws CodegenException {
        try (LlvmTarget target = LlvmTarget.create(config.target(), OptLevel.fromFlag(config.opt()))) {
            LLVMModuleRef module = lower(target, program, config, moduleName);
            try {
                ImageCache.Key key = images != null ? ImageCache.key(config, module) : null;
                boolean fromCache = key != null && observer == LinkObserver.NONE && reports == null;
                byte[] cached = fromCache ? images.get(key) : null;
                if (cached != null) {
                    beforeLink.run();
                    return new LinkedImage(config.target(), cached);
                }
                LinkedImage image = new Backend(toolchain).withObserver(observer).withReports(reports)
                        .build(target, module, config, beforeLink);
                if (key != null) {
                    images.put(key, image.bytes());
                }
                return image;
            } finally {
                LLVMDisposeModule(module);
            }
        }
    }

    /**
     * The image linked for a program made from the same sources under the same
     * configuration object: sourcesKey is the caller's digest of everything the program
     * is made of (every package's path, files and contents; see the frontend's
     * LoadedProgram.sourceDigest), under which {@link #rememberImage} stored it. Null
     * when there is none, when this code generator keeps no images, or when it has an
     * observer (what it observes happens every time). Compilations are deterministic,
     * so the image is the one a build would produce now.
     */
    public LinkedImage cachedImage(BuildConfig config, String sourcesKey) {
        if (images == null || observer != LinkObserver.NONE) {
            return null;
        }
        byte[] cached = images.get(new ImageCache.Key(config, SOURCES + sourcesKey));
        if (cached == null) {
            return null;
        }
        sourcesHits.incrementAndGet();
        return new LinkedImage(config.target(), cached);
    }

    /** How many images {@link #cachedImage} returned (for tests). */
    public long cachedImageBySourcesHits() {
        return sourcesHits.get();
    }

    /** Keeps image as the one for sourcesKey (see {@link #cachedImage}). */
    public void rememberImage(BuildConfig config, String sourcesKey, LinkedImage image) {
        if (images != null) {
            images.put(new ImageCache.Key(config, SOURCES + sourcesKey), image.bytes());
        }
    }

    /** Sources keys and bitcode digests share the cache; this prefix keeps them apart. */
    private static final String SOURCES = "sources ";
    private final java.util.concurrent.atomic.AtomicLong sourcesHits = new java.util.concurrent.atomic.AtomicLong();

    /** How many compilations were served from the image cache (0 without one; for tests). */
    public long cachedImageHits() {
        return images == null ? 0 : images.hits();
    }

    /** The lowered module; a construct the lowering cannot translate is the user's error at its position. */
    private static LLVMModuleRef lower(LlvmTarget target, Program program, BuildConfig config, String moduleName)
            throws CodegenException {
        try {
            return ModuleLowering.lower(target.context(), program, ModuleLowering.Config.of(config, target.dataLayout()),
                    moduleName);
        } catch (NotSupported e) {
            throw new CodegenException(List.of(new CodegenException.SourceError(e.pos(),
                    e.invalid() ? e.getMessage() : "not supported yet: " + e.getMessage())));
        }
    }
}
