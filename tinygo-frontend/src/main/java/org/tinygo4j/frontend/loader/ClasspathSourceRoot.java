package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Packages stored as classpath resources, e.g. the Go sources of the runtime jar. The
 * root is the directory holding a marker resource; it works both when the resources
 * are a directory (tests, IDE) and when they are inside a jar, which is opened as its
 * own zip file system (not the JVM-wide registry, so compilations do not share it).
 * Display paths are the resource paths relative to the root's parent on the classpath.
 */
public final class ClasspathSourceRoot implements SourceRoot, AutoCloseable {
    private final Path root;
    private final String displayPrefix;
    private final FileSystem zip;

    /**
     * @param loader         where to look for the marker
     * @param markerResource a resource path such as "tinygo/src/ROOT"; its directory is the root
     */
    public ClasspathSourceRoot(ClassLoader loader, String markerResource) {
        URL url = loader.getResource(markerResource);
        if (url == null) {
            throw new IllegalArgumentException("marker resource not on the classpath: " + markerResource);
        }
        String dirPart = markerResource.contains("/") ? markerResource.substring(0, markerResource.lastIndexOf('/')) : "";
        this.displayPrefix = dirPart.isEmpty() ? "" : dirPart + "/";
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.toString();
                int bang = spec.indexOf("!/");
                Path jar = Path.of(new URI(spec.substring("jar:".length(), bang)));
                zip = FileSystems.newFileSystem(jar);
                root = zip.getPath("/" + dirPart);
            } else {
                zip = null;
                root = Path.of(url.toURI()).getParent();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public Optional<List<SourceFile>> packageFiles(String importPath) {
        Path dir = root.resolve(importPath);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".go")).sorted().toList()) {
                out.add(new SourceFile(displayPrefix + importPath + "/" + p.getFileName(), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
