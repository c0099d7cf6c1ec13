package org.tinygo4j.frontend.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps the int positions stored in AST nodes to file, line and column, as go/token's
 * FileSet does: each added file gets a base, and a position is base + byte offset.
 * One FileSet belongs to one compilation; adding files is synchronized so that
 * packages can be parsed in parallel.
 *
 * <p>A FileSet may have a parent: the shared set of a package cache, whose files many
 * compilations reuse. A parent's positions stay below {@link #CHILD_BASE} and a child's
 * start there, so a child resolves the cached packages' positions through its parent
 * while its own files (the user's, parsed anew by each compilation) are dropped with it.
 *
 * <p>It has a package of its own, below both the parser (which adds files) and the
 * diagnostics (which resolve positions), so that neither depends on the other.
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

    /** Where a child's positions begin; a parent holds at most this many bytes of source. */
    public static final int CHILD_BASE = 1 << 30;

    private final List<Entry> files = new ArrayList<>();
    private final FileSet parent;
    private int nextBase;

    public FileSet() {
        this.parent = null;
        this.nextBase = 1;
    }

    /** A set whose own positions follow all of parent's, present and future; see the class comment. */
    public FileSet(FileSet parent) {
        if (parent.parent != null) {
            throw new IllegalArgumentException("a child FileSet cannot be a parent");
        }
        this.parent = parent;
        this.nextBase = CHILD_BASE;
    }

    /** The parent set, or null. */
    public FileSet parent() {
        return parent;
    }

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
        if (parent == null && (long) base + content.length + 1 > CHILD_BASE) {
            throw new IllegalStateException("a shared FileSet holds at most " + CHILD_BASE + " bytes of source");
        }
        files.add(new Entry(name, base, content.length, Arrays.copyOf(starts, n)));
        nextBase = base + content.length + 1;
        return base;
    }

    /** Resolves a position; NO_POS (or any unknown position) gives a Position with file "?". */
    public Position position(int pos) {
        if (parent != null && pos < CHILD_BASE) {
            return parent.position(pos);
        }
        return ownPosition(pos);
    }

    private synchronized Position ownPosition(int pos) {
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
    public String fileName(int pos) {
        if (parent != null && pos < CHILD_BASE) {
            return parent.fileName(pos);
        }
        synchronized (this) {
            Entry e = find(pos);
            return e == null ? null : e.name;
        }
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
