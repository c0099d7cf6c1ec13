package org.tinygo4j.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.boards.config.ConfigException;

/**
 * The variables `tinygo env` prints, with the values this CLI uses: GOOS and GOARCH
 * (the environment's, else this machine's), GOROOT (the one the compiler finds), GOPATH,
 * GOCACHE (tinygo4j's own cache folder, never TinyGo's), CGO_ENABLED (0: there is no
 * cgo) and TINYGOROOT (the tinygo4j checkout the CLI runs from).
 */
final class GoEnv {
    /** The keys `tinygo env` lists, in TinyGo's order. */
    static final List<String> KEYS = List.of("GOOS", "GOARCH", "GOROOT", "GOPATH", "GOCACHE", "CGO_ENABLED", "TINYGOROOT");

    private final Io io;

    GoEnv(Io io) {
        this.io = io;
    }

    /** A variable's value, "" when it has none (an unknown name gives the environment's value, as `go env` does). */
    String get(String key) {
        return switch (key) {
            case "GOOS" -> orElse(io.getenv("GOOS"), CompileFlags.HOST_GOOS);
            case "GOARCH" -> orElse(io.getenv("GOARCH"), CompileFlags.HOST_GOARCH);
            case "GOROOT" -> goroot(io).map(Path::toString).orElse("");
            case "GOPATH" -> orElse(io.getenv("GOPATH"), home().resolve("go").toString());
            case "GOCACHE" -> cacheDir().toString();
            case "CGO_ENABLED" -> orElse(io.getenv("CGO_ENABLED"), "0");
            case "TINYGOROOT" -> tinygoRoot().map(Path::toString).orElse("");
            default -> orElse(io.getenv(key), "");
        };
    }

    /**
     * The folder tinygo4j may keep cached files in: $XDG_CACHE_HOME/tinygo4j, else
     * ~/.cache/tinygo4j (TinyGo's is .../tinygo; `tinygo clean` must not remove that).
     */
    Path cacheDir() {
        String xdg = io.getenv("XDG_CACHE_HOME");
        Path base = xdg != null ? Path.of(xdg) : home().resolve(".cache");
        return base.resolve("tinygo4j");
    }

    private Path home() {
        return Path.of(orElse(io.getenv("HOME"), System.getProperty("user.home", "/")));
    }

    /**
     * A compiler that finds the GOROOT as the commands do: $GOROOT of this command's
     * environment if set, else the usual search ({@link Compiler#goroot()}).
     */
    static Compiler gorootCompiler(Io io) {
        Compiler.Builder b = Compiler.builder().cache(false);
        String env = io.getenv("GOROOT");
        if (env != null) {
            b.goroot(Path.of(env));
        }
        return b.build();
    }

    /** The GOROOT in use: $GOROOT as set (as `go env` prints it), else the one the compiler finds. */
    static Optional<Path> goroot(Io io) {
        String env = io.getenv("GOROOT");
        if (env != null) {
            return Optional.of(Path.of(env));
        }
        try {
            return gorootCompiler(io).goroot();
        } catch (ConfigException e) {
            return Optional.empty();
        }
    }

    /**
     * The tinygo4j checkout: the folder the ./tinygo launcher names (system property
     * tinygo4j.root), else the one that holds the folder this class was loaded from
     * (tinygo-cli/target/...), recognised by its tinygo-cli module and pom.xml.
     */
    static Optional<Path> tinygoRoot() {
        String prop = System.getProperty("tinygo4j.root");
        if (prop != null && !prop.isEmpty()) {
            return Optional.of(Path.of(prop));
        }
        try {
            var src = GoEnv.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return Optional.empty();
            }
            for (Path p = Path.of(src.getLocation().toURI()).toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("tinygo-cli")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                    return Optional.of(p);
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String orElse(String v, String fallback) {
        return v != null ? v : fallback;
    }

    /** A string as Go's %#v prints it: double-quoted, with \\, \" and control characters escaped. */
    static String goQuote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
