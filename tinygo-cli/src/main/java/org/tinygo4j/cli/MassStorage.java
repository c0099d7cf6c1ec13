package org.tinygo4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finding a board's USB mass-storage volume (flash-method msd) by its label, as the
 * desktop mounts it: a folder named after the label under /media/$USER, /run/media/$USER,
 * /media or /mnt, or any mount point in /proc/mounts whose last path element is the
 * label. TINYGO4J_MSD_ROOTS (folders separated by ':') replaces those places, for
 * machines that mount elsewhere and for tests with a plain folder as the volume.
 */
final class MassStorage {
    /** The environment variable whose folders replace the usual mount places. */
    static final String ROOTS_VARIABLE = "TINYGO4J_MSD_ROOTS";

    private MassStorage() {}

    /** The folders a volume is looked for in, each holding volumes as sub-folders named by their labels. */
    static List<Path> roots(Io io) {
        String override = io.getenv(ROOTS_VARIABLE);
        List<Path> roots = new ArrayList<>();
        if (override != null) {
            for (String r : override.split(":")) {
                if (!r.isEmpty()) {
                    roots.add(Path.of(r));
                }
            }
            return roots;
        }
        String user = io.getenv("USER");
        if (user != null) {
            roots.add(Path.of("/media", user));
            roots.add(Path.of("/run/media", user));
        }
        roots.add(Path.of("/media"));
        roots.add(Path.of("/mnt"));
        return roots;
    }

    /** The volume labelled with one of {@code labels}, if one is mounted. */
    static Optional<Path> find(Io io, List<String> labels) {
        Set<Path> candidates = new LinkedHashSet<>();
        for (Path root : roots(io)) {
            for (String label : labels) {
                candidates.add(root.resolve(label));
            }
        }
        if (io.getenv(ROOTS_VARIABLE) == null) {
            candidates.addAll(mountPoints(labels));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** The mount points in /proc/mounts whose last path element is one of the labels. */
    private static List<Path> mountPoints(List<String> labels) {
        List<Path> found = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc/mounts"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return found; // not Linux, or no procfs: the usual places were all we could look at
        }
        for (String line : lines) {
            String[] fields = line.split(" ");
            if (fields.length < 2) {
                continue;
            }
            Path mount = Path.of(unescape(fields[1]));
            if (mount.getFileName() != null && labels.contains(mount.getFileName().toString())) {
                found.add(mount);
            }
        }
        return found;
    }

    /** A /proc/mounts field with its octal escapes (\040 for a space) decoded. */
    static String unescape(String field) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                b.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Why no volume was found: the labels and the places looked in. */
    static String notFound(Io io, List<String> labels) {
        List<String> places = new ArrayList<>(roots(io).stream().map(Path::toString).toList());
        if (io.getenv(ROOTS_VARIABLE) == null) {
            places.add("/proc/mounts");
        }
        return "no mass-storage volume named " + String.join(" or ", labels) + " found (looked in "
                + String.join(", ", places) + "): connect the board, or set " + ROOTS_VARIABLE
                + " to the folder it is mounted in";
    }
}
