package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What we need to know about one Go release to compile its standard library from a
 * GOROOT. Everything that differs between releases is a row of {@link #TABLE}, so
 * supporting a newer GOROOT is adding (and testing) a row; the loader and the API
 * ask this record, never a version number.
 *
 * @param minor           the release's minor version (19 for go1.19.8)
 * @param tested          whether the project's tests run against this release
 * @param pureGoTags      build tags that make packages choose their Go files over assembly
 * @param keepArchFiles   packages compiled with the target's GOARCH files even though some
 *                        declare assembly functions, because nothing we compile reaches those
 *                        (internal/cpu's cpuid is called from Initialize, which only Go's
 *                        runtime calls), while the GOARCH-neutral selection would not compile
 * @param neutralFiles    packages compiled with their GOARCH-neutral files though they declare
 *                        no assembly, because their GOARCH files call functions that only a
 *                        dependency's assembly provides (1.19's crypto/elliptic: nistec's
 *                        P256OrdInverse on amd64 and arm64)
 * @param wasip1IsKnown   whether the release knows GOOS wasip1 (1.21); before, a wasip1 build
 *                        satisfies the "unix" tag only as we choose (see docs/ARCHITECTURE.md)
 */
public record GoRelease(int minor, boolean tested, Set<String> pureGoTags, Set<String> keepArchFiles,
                        Set<String> neutralFiles, boolean wasip1IsKnown) {

    private static final Set<String> PURE_GO = Set.of("purego", "math_big_pure_go");
    private static final Set<String> KEEP_ARCH = Set.of("internal/cpu", "internal/goarch", "runtime/internal/sys", "syscall");

    /** The releases this compiler knows, oldest first; only the tested ones are claimed to work. */
    public static final List<GoRelease> TABLE = List.of(
            new GoRelease(19, true, PURE_GO, KEEP_ARCH, Set.of("crypto/elliptic"), false),
            new GoRelease(20, false, PURE_GO, KEEP_ARCH, Set.of(), false),
            new GoRelease(21, false, PURE_GO, KEEP_ARCH, Set.of(), true),
            new GoRelease(22, false, PURE_GO, KEEP_ARCH, Set.of(), true),
            new GoRelease(23, false, PURE_GO, KEEP_ARCH, Set.of(), true));

    private static final Pattern VERSION = Pattern.compile("^go1\\.(\\d+)");

    /** "go1.19" */
    public String name() {
        return "go1." + minor;
    }

    /** The row for a version string as GOROOT/VERSION spells it ("go1.19.8", "go1.21rc2"), if known. */
    public static Optional<GoRelease> forVersion(String version) {
        Matcher m = VERSION.matcher(version.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        int minor = Integer.parseInt(m.group(1));
        return TABLE.stream().filter(r -> r.minor == minor).findFirst();
    }

    /**
     * The release of a GOROOT from its VERSION file (first line), else from
     * src/internal/goversion/goversion.go (source checkouts have no VERSION file).
     */
    public static Optional<String> readVersion(Path goroot, Path src) {
        try {
            Path v = goroot.resolve("VERSION");
            if (Files.isRegularFile(v)) {
                String first = Files.readString(v, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                return Optional.of(first.strip());
            }
            Path gv = src.resolve("internal/goversion/goversion.go");
            if (Files.isRegularFile(gv)) {
                Matcher m = Pattern.compile("const Version = (\\d+)").matcher(Files.readString(gv));
                if (m.find()) {
                    return Optional.of("go1." + m.group(1));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
