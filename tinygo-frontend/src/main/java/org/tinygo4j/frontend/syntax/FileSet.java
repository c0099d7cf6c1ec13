package org.tinygo4j.frontend.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps the int positions stored in AST nodes to file, line and column, as go/token's
 * FileSet does: each added file gets a base, and a position is base + byte offset.
 * One FileSet belongs to one compilation; adding files is synchronized so that
 * packages can be parsed in parallel.
 */
public final class FileSet {

    /** A resolved position; line and column are 1-based, column counts bytes as gc does. */
    public record Position(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    private record Entry(String name, int base, int size, int[] lineStarts) {}

    private final List<Entry> files = new ArrayList<>();
    private int nextBase = 1;

    /**
     * Registers a file's content and returns its base; position of byte offset o is base + o.
     * name is the path used in diagnostics.
     */
    public synchronized int add(String name, byte[] content) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        int base = nextBase;
        files.add(new Entry(name, base, content.length, Arrays.copyOf(starts, n)));
        nextBase = base + content.length + 1;
        return base;
    }

    /** Resolves a position; NO_POS (or any unknown position) gives a Position with file "?". */
    public synchronized Position position(int pos) {
        Entry e = find(pos);
        if (e == null) {
            return new Position("?", 0, 0);
        }
        int off = pos - e.base;
        int idx = Arrays.binarySearch(e.lineStarts, off);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(e.name, line + 1, off - e.lineStarts[line] + 1);
    }

    /** The name of the file holding pos, or null. */
    public synchronized String fileName(int pos) {
        Entry e = find(pos);
        return e == null ? null : e.name;
    }

    private Entry find(int pos) {
        int lo = 0;
        int hi = files.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Entry e = files.get(mid);
            if (pos < e.base) {
                hi = mid - 1;
            } else if (pos > e.base + e.size) {
                lo = mid + 1;
            } else {
                return e;
            }
        }
        return null;
    }
}
