package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * File contents that replace or add to what is on disk, as {@code go build -overlay}
 * does: an editor compiles its unsaved buffers by passing them here. Keys are file
 * paths, made absolute and normalised; a file in the overlay is read from it whether or
 * not it exists on disk, and a directory holds its files on disk plus the overlay's
 * files directly in it (so a directory may exist only in the overlay). The loader reads
 * the main package, go.mod and the main module's packages through it; source roots
 * (runtime, board packs) are not overlaid. Immutable.
 */
public final class Overlay {
    /** No overlay: everything comes from disk. */
    public static final Overlay NONE = new Overlay(Map.of());

    private final Map<Path, byte[]> files;

    public Overlay(Map<Path, byte[]> files) {
        Map<Path, byte[]> m = new HashMap<>();
        files.forEach((p, c) -> m.put(key(p), c.clone()));
        this.files = Map.copyOf(m);
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** Whether p is a file of the overlay or exists on disk (file or directory). */
    public boolean exists(Path p) {
        return files.containsKey(key(p)) || Files.exists(p) || isOverlayDirectory(p);
    }

    /** Whether p is a directory on disk or the parent of an overlay file. */
    public boolean isDirectory(Path p) {
        return Files.isDirectory(p) || isOverlayDirectory(p);
    }

    private boolean isOverlayDirectory(Path p) {
        Path dir = key(p);
        return files.keySet().stream().anyMatch(f -> dir.equals(f.getParent()));
    }

    /** The content of a file: the overlay's, else the disk's. */
    public byte[] read(Path p) throws IOException {
        byte[] c = files.get(key(p));
        if (c != null) {
            return c.clone();
        }
        if (!Files.isRegularFile(p)) {
            throw new NoSuchFileException(p.toString());
        }
        return Files.readAllBytes(p);
    }

    /**
     * The .go files directly in dir, by name: those on disk with the overlay's content
     * where it has one, plus the overlay's other files there; empty if dir is neither a
     * directory on disk nor holds an overlay file.
     */
    public Optional<List<SourceFile>> goFiles(Path dir) {
        if (files.isEmpty()) {
            return DirectorySourceRoot.readGoFiles(dir);
        }
        Optional<List<SourceFile>> disk = DirectorySourceRoot.readGoFiles(dir);
        if (disk.isEmpty() && !isOverlayDirectory(dir)) {
            return Optional.empty();
        }
        Map<Path, SourceFile> byPath = new HashMap<>();
        for (SourceFile f : disk.orElse(List.of())) {
            Path k = key(Path.of(f.displayPath()));
            byte[] c = files.get(k);
            byPath.put(k, c == null ? f : new SourceFile(f.displayPath(), c.clone()));
        }
        Path d = key(dir);
        files.forEach((p, c) -> {
            if (d.equals(p.getParent()) && p.getFileName().toString().endsWith(".go") && !byPath.containsKey(p)) {
                byPath.put(p, new SourceFile(dir.resolve(p.getFileName()).toString(), c.clone()));
            }
        });
        List<SourceFile> out = new ArrayList<>(byPath.values());
        out.sort(Comparator.comparing(SourceFile::name));
        return Optional.of(out);
    }
}
