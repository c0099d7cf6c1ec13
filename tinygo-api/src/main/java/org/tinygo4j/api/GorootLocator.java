package org.tinygo4j.api;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tinygo4j.frontend.loader.GorootSourceRoot;

/**
 * Finds the Go installation whose sources provide the packages we do not embed, in
 * the go command's order: $GOROOT, then what {@code go env GOROOT} prints (only when a
 * {@code go} is on PATH, and given two seconds), then the usual install places
 * (/usr/lib/go, /usr/lib/go-1.* newest first, /usr/local/go). $GOROOT must be usable
 * when set (as for the go command); the other candidates are skipped when they hold no
 * sources of a release we know.
 */
final class GorootLocator {
    private static final long GO_ENV_TIMEOUT_MS = 2000;

    private final Map<String, String> env;
    private final List<Path> usualPlaces;

    GorootLocator(Map<String, String> env, List<Path> usualPlaces) {
        this.env = env;
        this.usualPlaces = usualPlaces;
    }

    /** The locator of this process: its environment and the usual places of this machine. */
    static GorootLocator system() {
        return new GorootLocator(System.getenv(), usualPlaces(Path.of("/usr/lib"), Path.of("/usr/local/go")));
    }

    /** /usr/lib/go, then /usr/lib/go-1.N with the highest N first, then /usr/local/go. */
    static List<Path> usualPlaces(Path usrLib, Path usrLocalGo) {
        List<Path> out = new ArrayList<>();
        out.add(usrLib.resolve("go"));
        if (Files.isDirectory(usrLib)) {
            try (Stream<Path> s = Files.list(usrLib)) {
                s.filter(p -> p.getFileName().toString().matches("go-1\\.\\d+"))
                        .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(
                                p.getFileName().toString().substring(5))).reversed())
                        .forEach(out::add);
            } catch (IOException e) {
                // an unreadable /usr/lib offers nothing
            }
        }
        out.add(usrLocalGo);
        return out;
    }

    /** The GOROOT to use, null for none, or why $GOROOT is unusable. */
    GorootSourceRoot.Result locate() {
        String fromEnv = env.get("GOROOT");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return GorootSourceRoot.open(Path.of(fromEnv));
        }
        String fromGo = goEnvGoroot();
        if (fromGo != null) {
            GorootSourceRoot.Result r = GorootSourceRoot.open(Path.of(fromGo));
            if (r.root() != null) {
                return r;
            }
        }
        for (Path p : usualPlaces) {
            if (Files.isDirectory(p)) {
                GorootSourceRoot.Result r = GorootSourceRoot.open(p);
                if (r.root() != null) {
                    return r;
                }
            }
        }
        return new GorootSourceRoot.Result(null, null);
    }

    /** What {@code go env GOROOT} prints, if a go command is on PATH and answers in time. */
    private String goEnvGoroot() {
        String path = env.getOrDefault("PATH", "");
        Path go = null;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "go"))) {
                go = Path.of(dir, "go");
                break;
            }
        }
        if (go == null) {
            return null;
        }
        try {
            Process p = new ProcessBuilder(go.toString(), "env", "GOROOT").redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(GO_ENV_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
