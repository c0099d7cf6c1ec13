package org.tinygo4j.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where the command line finds board packs beyond those on its own class path: the jars
 * in {@code ~/.tinygo4j/boards/}, in the folders given with {@code -boards DIR} (a list
 * separated by the path separator), and the entries of {@code $CLASSPATH} (jars,
 * folders, and {@code dir/*} for every jar of a folder, as java reads it). The API then
 * finds their BoardProviders through ServiceLoader on the loader made here.
 */
final class BoardPacks {
    /** The plugins folder under the user's home. */
    static final String HOME_FOLDER = ".tinygo4j/boards";

    /** One loader per set of jars, so that commands run in one JVM share the packs' classes. */
    private static final Map<List<URL>, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    private BoardPacks() {
    }

    /** The class loader that sees the built-in boards and every pack found for this command. */
    static ClassLoader loader(Io io, String boardsFlag) {
        List<URL> urls = new ArrayList<>();
        String home = io.getenv("HOME");
        if (home != null) {
            jarsIn(Path.of(home).resolve(HOME_FOLDER), urls);
        }
        if (boardsFlag != null) {
            for (String dir : boardsFlag.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    jarsIn(Path.of(dir), urls);
                }
            }
        }
        String classpath = io.getenv("CLASSPATH");
        if (classpath != null) {
            for (String entry : classpath.split(File.pathSeparator)) {
                if (entry.endsWith("/*")) {
                    jarsIn(Path.of(entry.substring(0, entry.length() - 2)), urls);
                } else if (!entry.isEmpty() && Files.exists(Path.of(entry))) {
                    urls.add(url(Path.of(entry)));
                }
            }
        }
        ClassLoader own = BoardPacks.class.getClassLoader();
        if (urls.isEmpty()) {
            return own;
        }
        return LOADERS.computeIfAbsent(List.copyOf(urls), u -> new URLClassLoader(u.toArray(URL[]::new), own));
    }

    private static void jarsIn(Path dir, List<URL> out) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(p -> out.add(url(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path p) {
        try {
            return p.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(p.toString(), e);
        }
    }
}
