package org.tinygo4j.boards.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tinygo4j.boards.TargetSpec;

/**
 * The one resolved configuration of a compilation, in the spirit of TinyGo's
 * compileopts.Config: the target (its JSON with inherits applied) together with the
 * build options, checked against each other once, and every question about the build
 * answered here: build tags, type sizes, GOOS/GOARCH, the collector and scheduler, the
 * stack size, what the chip computes in hardware, how to run the image (the emulator
 * command) and which files it can be written as. The API resolves it first and hands
 * it down the pipeline; no other class looks at a target's name or architecture to
 * decide anything. Immutable.
 */
public final class BuildConfig {

    /** Collectors that exist in TinyGo's vocabulary; only {@link #SUPPORTED_GCS} are in our runtime. */
    static final List<String> KNOWN_GCS = List.of("conservative", "leaking", "none");
    /**
     * Collectors the runtime implements (gc_conservative.go, alloc_leaking.go, gc_none.go:
     * no heap, an allocation is a build error); a new collector adds its name here.
     */
    static final Set<String> SUPPORTED_GCS = Set.of("conservative", "leaking", "none");
    static final List<String> KNOWN_SCHEDULERS = List.of("none", "tasks", "coroutines", "asyncify");
    static final List<String> PANIC_STRATEGIES = List.of("print", "trap");
    static final List<String> OPT_LEVELS = List.of("0", "1", "2", "s", "z");
    /** The smallest goroutine stack we accept: the registers a task switch saves plus a few frames. */
    static final long MIN_STACK_SIZE = 64;
    /** The emulator name that means "run the WebAssembly module in this JVM with Chicory". */
    public static final String IN_PROCESS_WASM = "chicory";
    /**
     * The emulator name that means "instantiate the module in this JVM with Chicory, with
     * no imports, and call the export that `tinygo run -export NAME` names" (wasm-unknown).
     */
    public static final String IN_PROCESS_WASM_EXPORT = "chicory-export";
    /** The emulator name that means "run the module in Node with the support file wasm_exec.js" (wasm). */
    public static final String NODE_WASM = "node-wasm";
    /** The class-path resource of the JavaScript support file of the wasm target. */
    public static final String WASM_EXEC_RESOURCE = "org/tinygo4j/boards/targets/wasm_exec.js";

    private final TargetSpec target;
    private final BuildOptions options;
    private final String gc;
    private final String scheduler;
    private final String panicStrategy;
    private final long stackSize;

    private BuildConfig(TargetSpec target, BuildOptions options, String gc, String scheduler, String panicStrategy,
            long stackSize) {
        this.target = target;
        this.options = options;
        this.gc = gc;
        this.scheduler = scheduler;
        this.panicStrategy = panicStrategy;
        this.stackSize = stackSize;
    }

    /**
     * Combines a target and options: an option left unset takes the target's value, and
     * a value the target cannot honour is an error whose message names the flag, as
     * TinyGo's and Go's tools word it.
     *
     * @param target  the resolved target
     * @param options the options as the user gave them
     * @return the configuration every phase of a compilation reads
     * @throws ConfigException when an option is malformed or one the target cannot honour
     */
    public static BuildConfig resolve(TargetSpec target, BuildOptions options) throws ConfigException {
        if (!OPT_LEVELS.contains(options.opt())) {
            throw new ConfigException("invalid -opt=" + options.opt() + ": must be one of 0, 1, 2, s, z");
        }
        String gc = options.gc() != null ? options.gc() : target.gc() != null ? target.gc() : "conservative";
        if (!KNOWN_GCS.contains(gc)) {
            throw new ConfigException("invalid -gc=" + gc + ": must be one of " + String.join(", ", KNOWN_GCS));
        }
        if (!SUPPORTED_GCS.contains(gc)) {
            throw new ConfigException("-gc=" + gc + ": not supported yet (supported: "
                    + String.join(", ", SUPPORTED_GCS.stream().sorted().toList()) + ")");
        }
        String scheduler = options.scheduler() != null ? options.scheduler() : target.scheduler();
        if (!KNOWN_SCHEDULERS.contains(scheduler)) {
            throw new ConfigException("invalid -scheduler=" + scheduler + ": must be one of "
                    + String.join(", ", KNOWN_SCHEDULERS));
        }
        // A scheduler needs the target's start-up code (the task switch): only the target's
        // own can work, or none; not none on GOOS js, whose event loop (start_js.go)
        // resumes main and the JavaScript callbacks as goroutines.
        boolean js = target.goos().equals("js");
        Set<String> supported = new LinkedHashSet<>(js ? List.of(target.scheduler()) : List.of("none", target.scheduler()));
        if (!supported.contains(scheduler)) {
            throw new ConfigException("-scheduler=" + scheduler + ": not supported on target " + target.name()
                    + " (supported: " + String.join(", ", supported) + ")");
        }
        String panic = options.panic() != null ? options.panic() : "print";
        if (!PANIC_STRATEGIES.contains(panic)) {
            throw new ConfigException("invalid -panic=" + panic + ": must be one of print, trap");
        }
        long stack = options.stackSize() != 0 ? options.stackSize() : target.defaultStackSize();
        if (stack < MIN_STACK_SIZE) {
            throw new ConfigException("invalid -stack-size=" + stack + ": must be at least " + MIN_STACK_SIZE + " bytes");
        }
        for (String tag : options.tags()) {
            if (tag.isEmpty() || !tag.matches("[A-Za-z0-9_.]+")) {
                throw new ConfigException("invalid -tags: bad build tag \"" + tag + "\"");
            }
        }
        return new BuildConfig(target, options, gc, scheduler, panic, stack);
    }

    /** {@return the resolved target} */
    public TargetSpec target() {
        return target;
    }

    /** {@return the options as given} */
    public BuildOptions options() {
        return options;
    }

    /** {@return the optimisation level flag: 0, 1, 2, s or z} */
    public String opt() {
        return options.opt();
    }

    /** {@return whether the image keeps symbols and debug information} */
    public boolean debug() {
        return options.debug();
    }

    /** {@return the garbage collector: the -gc option, else the target's {@code gc}} */
    public String gc() {
        return gc;
    }

    /** {@return the goroutine scheduler: the -scheduler option, else the target's {@code scheduler}} */
    public String scheduler() {
        return scheduler;
    }

    /**
     * Whether goroutines are the compiler's coroutines (scheduler {@code coroutines}, on
     * WebAssembly): functions that can block become LLVM coroutines, and the runtime's
     * scheduler resumes them, instead of switching stacks.
     *
     * @return true under the coroutines scheduler
     */
    public boolean coroutines() {
        return scheduler.equals("coroutines");
    }

    /**
     * What a panic does: "print" (run the deferred calls, print Go's message and exit
     * 2) or "trap" (execute the target's trap instruction at once: no message, no
     * deferred calls, no recover; the smallest images).
     *
     * @return "print" or "trap"
     */
    public String panicStrategy() {
        return panicStrategy;
    }

    /**
     * The stack size in bytes: of each goroutine under the tasks scheduler (the linker
     * defines {@code _tinygo_default_stack_size} with it), and of the whole program on
     * WebAssembly (wasm-ld's {@code -z stack-size}).
     *
     * @return the -stack-size option, else the target's default-stack-size
     */
    public long stackSize() {
        return stackSize;
    }

    /** {@return the {@code -X} settings: "importpath.name" to the string value} */
    public Map<String, String> linkerStrings() {
        return options.linkerStrings();
    }

    /** {@return the GOOS the program sees, the target's} */
    public String goos() {
        return target.goos();
    }

    /** {@return the GOARCH the program sees, the target's} */
    public String goarch() {
        return target.goarch();
    }

    /**
     * The satisfied build tags, in a fixed order: the target's, then tinygo, GOOS, GOARCH,
     * {@code gc.<gc>}, {@code scheduler.<scheduler>} (they select runtime files, e.g.
     * scheduler_tasks.go), {@code panic.<strategy>}, then -tags.
     *
     * @return the tags, in that order
     */
    public Set<String> buildTags() {
        Set<String> tags = new LinkedHashSet<>(target.buildTags());
        tags.add("tinygo");
        tags.add(goos());
        tags.add(goarch());
        tags.add("gc." + gc);
        tags.add("scheduler." + scheduler);
        tags.add("panic." + panicStrategy);
        tags.addAll(options.tags());
        return tags;
    }

    private String arch() {
        return target.arch();
    }

    /** {@return the size of a pointer (and uintptr) in bytes: 2 on AVR, 8 on 64-bit architectures, else 4} */
    public int pointerSize() {
        String a = arch();
        if (a.equals("avr")) {
            return 2;
        }
        if (a.equals("x86_64") || a.equals("aarch64") || a.equals("wasm64") || a.startsWith("riscv64")) {
            return 8;
        }
        return 4;
    }

    /** {@return the size of Go's int and uint: 8 on 64-bit architectures, else 4 (Go requires at least 32 bits)} */
    public int intSize() {
        return pointerSize() == 8 ? 8 : 4;
    }

    /** {@return the largest alignment of any type (LLVM's data layout): 1 on AVR, else 8} */
    public int maxAlign() {
        return arch().equals("avr") ? 1 : 8;
    }

    /**
     * Whether -opt=s and -opt=z mark every function optsize (and minsize), as clang does
     * (codegen's SizeAttributes): everywhere but on AVR, where LLVM's back end then
     * leaves more constants referenced, which live in the chip's 2 KiB of RAM, and calls
     * helpers it otherwise inlines (the shared benchmark's mixed.go: +88 bytes of flash
     * and +30 of RAM on the Uno; 16 other programs: -0.3% of flash on average).
     *
     * @return false on AVR, else true
     */
    public boolean sizeAttributes() {
        return !arch().equals("avr");
    }

    /** {@return whether the image is a WebAssembly module (linked by wasm-ld) rather than an ELF file} */
    public boolean isWasm() {
        return target.isWasm();
    }

    /** {@return whether the module runs under WASI (it exports _start, which wasm-ld makes its entry)} */
    public boolean isWasi() {
        return goos().equals("wasip1");
    }

    /**
     * The widest integer division the chip does in hardware: none on AVR and ARMv6-M,
     * 32 bits on other ARM cores and on 32-bit RISC-V (the M extension), 64 elsewhere. Wider divisions call the runtime's
     * udivmod/divmod helpers.
     *
     * @return 0, 32 or 64
     */
    public int nativeDivisionBits() {
        String a = arch();
        if (a.equals("avr") || a.startsWith("thumbv6m") || a.startsWith("armv6m")) {
            return 0;
        }
        if (a.startsWith("thumb") || a.startsWith("arm") || a.equals("riscv32")) {
            return 32;
        }
        return 64;
    }

    /**
     * {@return whether a call pushes a 3-byte return address: AVR chips with more than 128
     * KiB of flash, whose target JSON says so with the build tag avr6 (the ATmega2560)}
     * LLVM's AVR back end places incoming stack arguments as if every return address took
     * 2 bytes, so on these chips no argument goes on the stack (the codegen transform
     * StackArguments).
     */
    public boolean threeBytePC() {
        return arch().equals("avr") && buildTags().contains("avr6");
    }

    /** {@return whether the chip computes with floats in hardware (x86-64, WebAssembly, AArch64)} */
    public boolean hasHardwareFloat() {
        String a = arch();
        return a.equals("x86_64") || a.startsWith("wasm") || a.equals("aarch64");
    }

    /**
     * The largest local (bytes) the back end puts on the stack; larger ones, and larger
     * temporaries, come from the heap, as gc moves large variables. On the host and
     * WebAssembly a quarter of their 64 KiB stacks as they were (wasm's, and the host's
     * goroutines', 8 MiB of reserved address space now); on the chips no limit: their
     * RAM holds no such object either way, and a stack slot the program never uses
     * costs nothing, where a heap allocation stays (Go's fixedbugs/bug092.go declares an
     * unused [10000]int64).
     *
     * @return the size in bytes: 16 KiB on the host and WebAssembly, else Long.MAX_VALUE
     */
    public long maxStackObject() {
        String a = arch();
        return a.equals("x86_64") || a.equals("aarch64") || a.startsWith("wasm") ? 16 * 1024 : Long.MAX_VALUE;
    }

    /**
     * The largest heap object the back end moves to the stack: small on chips whose
     * whole RAM is a few KiB (the stack shares it), larger where stacks are measured in
     * KiB or MiB.
     *
     * @return the size in bytes: 32 on AVR, 256 on ARM and 32-bit RISC-V, 1024 on WebAssembly, else 4096
     */
    public long stackObjectLimit() {
        String a = arch();
        if (a.equals("avr")) {
            return 32;
        }
        if (a.startsWith("arm") || a.startsWith("thumb") || a.equals("riscv32")) {
            return 256;
        }
        if (a.startsWith("wasm")) {
            return 1024; // WASI programs get a 16 KiB stack
        }
        return 4096;
    }

    /**
     * Whether the back end's HeapToStack follows a pointer into the functions it is
     * passed to (and through slice and string values) to prove it does not escape; it
     * does so for objects without pointers only (HeapToStack). On for hosts (an
     * operating system, not WebAssembly); off on chips, where the objects it moves to
     * the stack overflow the micro:bit's 2 KiB goroutine stacks (fmt's Sscanf), and on
     * WebAssembly, whose coroutine frames would take them. Objects with pointers are
     * never followed: on the host the copies they leave on the stack act as stale roots
     * for the conservative collector (Go's io test TestMultiReaderFreesExhaustedReaders
     * then waits in vain for a finalizer).
     *
     * @return whether HeapToStack follows pointer-free objects into callees
     */
    public boolean stackObjectsThroughCalls() {
        return !target.isBaremetal() && !isWasm();
    }

    /** {@return how to flash the board (msd, command, ...), or "" when the target names none} */
    public String flashMethod() {
        return target.flashMethod();
    }

    /**
     * The emulator command templates, first choice first: the target's {@code emulator}
     * and its {@code emulator-fallback}; "{}" stands for the image. Empty when the
     * target names none.
     *
     * @return the templates, at most two
     */
    public List<String> emulators() {
        List<String> out = new ArrayList<>();
        if (!target.emulator().isEmpty()) {
            out.add(target.emulator());
        }
        if (!target.emulatorFallback().isEmpty()) {
            out.add(target.emulatorFallback());
        }
        return out;
    }

    /**
     * An emulator template as a command line for one image.
     *
     * @param template one of {@link #emulators()}
     * @param image    the image file to run
     * @return the template split at blanks, "{}" replaced by the image's path
     */
    public static List<String> command(String template, Path image) {
        List<String> out = new ArrayList<>();
        for (String word : template.trim().split("\\s+")) {
            out.add(word.replace("{}", image.toString()));
        }
        return out;
    }

    /** {@return whether the program ends by writing 0x04 and its exit code to the serial line (the JSON's end-marker)} */
    public boolean endMarker() {
        return target.endMarker();
    }

    /**
     * Whether the image runs directly on this machine: the target names no emulator,
     * runs on an operating system, and its GOOS/GOARCH are this machine's.
     *
     * @return true when the host runner can run the image
     */
    public boolean runsNatively() {
        return target.emulator().isEmpty() && !target.isBaremetal() && goos().equals(hostGoos())
                && goarch().equals(hostGoarch());
    }

    private static String hostGoos() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin" : os;
    }

    private static String hostGoarch() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    /**
     * The file extensions an image of this target can be written as: ".wasm" for
     * WebAssembly; otherwise ".elf", ".hex", ".bin", and ".uf2" when the target has a UF2
     * family id.
     *
     * @return the extensions, with their dots
     */
    public List<String> outputExtensions() {
        if (isWasm()) {
            return List.of(".wasm");
        }
        return target.uf2FamilyId() != 0 ? List.of(".elf", ".hex", ".bin", ".uf2") : List.of(".elf", ".hex", ".bin");
    }

    /**
     * The extension of `tinygo build` without -o: ".wasm" for WebAssembly, none for a
     * program of an operating system (as `go build` names it), ".elf" for a chip.
     *
     * @return the extension with its dot, or ""
     */
    public String defaultOutputExtension() {
        if (isWasm()) {
            return ".wasm";
        }
        return target.isBaremetal() ? ".elf" : "";
    }

    /**
     * The output name `tinygo build` uses without -o.
     *
     * @param base the program's name (its package folder's)
     * @return base with {@link #defaultOutputExtension()}
     */
    public String defaultOutputName(String base) {
        return base + defaultOutputExtension();
    }

    @Override
    public String toString() {
        return "BuildConfig[" + target.name() + ", opt=" + opt() + ", gc=" + gc + ", scheduler=" + scheduler
                + ", panic=" + panicStrategy + ", stack-size=" + stackSize + ", tags=" + options.tags() + "]";
    }
}
