package org.tinygo4j.boards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files under a classpath resource folder, so that a board provider needs no
 * hand-kept list of its target JSONs and Go sources: adding a board is adding files.
 * A class loader cannot list a folder by itself, but every folder it can find is a
 * {@code file:} directory (classes folders in a build) or an entry inside a
 * {@code jar:} file (a packaged provider), and both can be walked. A jar built without
 * directory entries does not answer for its folders, so the jars that register a
 * board provider (they hold {@link #SERVICES}) are walked as well. Every classpath
 * entry that has the folder contributes; the result is sorted and free of duplicates.
 */
final class ResourceListing {
    /** The ServiceLoader registration every board pack jar carries. */
    static final String SERVICES = "META-INF/services/org.tinygo4j.boards.BoardProvider";

    private ResourceListing() {}

    /**
     * The files below {@code folder} (a resource path ending in '/'), as paths relative
     * to it ("targets/x.json" under "org/x/" is "targets/x.json"), at any depth.
     */
    static List<String> files(ClassLoader loader, String folder) {
        TreeSet<String> out = new TreeSet<>();
        try {
            Enumeration<URL> urls = loader.getResources(folder);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                switch (url.getProtocol()) {
                    case "file" -> fromDirectory(Path.of(url.toURI()), out);
                    case "jar" -> fromJar((JarURLConnection) url.openConnection(), folder, out);
                    default -> throw new IllegalStateException("cannot list resources at " + url);
                }
            }
            Enumeration<URL> packs = loader.getResources(SERVICES);
            while (packs.hasMoreElements()) {
                URL url = packs.nextElement();
                if (url.getProtocol().equals("jar")) {
                    fromJar((JarURLConnection) url.openConnection(), folder, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list resources under " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list resources under " + folder, e);
        }
        return List.copyOf(out);
    }

    private static void fromDirectory(Path dir, TreeSet<String> out) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .forEach(out::add);
        }
    }

    private static void fromJar(JarURLConnection connection, String folder, TreeSet<String> out) throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(folder)) {
                    out.add(e.getName().substring(folder.length()));
                }
            }
        }
    }
}
