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

    /**
     * A line directive of a file: from byte offset {@code at} (physical line {@code physLine})
     * on, positions are reported in file {@code file} ("" when the directive names none) at
     * line {@code line} plus the physical lines since.
     */
    private record Directive(int at, int physLine, String file, int line) {}

    private record Entry(String name, int base, int size, int[] lineStarts, Directive[] directives) {}

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
        int[] lineStarts = Arrays.copyOf(starts, n);
        files.add(new Entry(name, base, content.length, lineStarts, directives(name, content, lineStarts)));
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

    /**
     * A position as line directives ({@code //line file:line[:col]} at the start of a line,
     * {@code /*line file:line[:col]*}{@code /} anywhere) make it, as gc reports it at run
     * time (runtime.Caller): the file a directive names ("" when it names none; a directive
     * with a column and no file keeps the file before it) and its line counted on from the
     * directive. Without a directive before pos, {@link #position}. The column is the
     * physical one.
     */
    public Position adjustedPosition(int pos) {
        if (parent != null && pos < CHILD_BASE) {
            return parent.adjustedPosition(pos);
        }
        Position p = ownPosition(pos);
        Directive d = null;
        synchronized (this) {
            Entry e = find(pos);
            if (e != null) {
                int off = pos - e.base;
                for (Directive x : e.directives) {
                    if (x.at <= off) {
                        d = x;
                    }
                }
            }
        }
        return d == null ? p : new Position(d.file, d.line + p.line() - d.physLine, p.column());
    }

    /** The line directives of a file, in order; comments inside string and rune literals are skipped. */
    private static Directive[] directives(String name, byte[] c, int[] lineStarts) {
        List<Directive> out = new ArrayList<>();
        String current = name;
        int i = 0;
        int n = c.length;
        while (i < n) {
            byte b = c[i];
            if (b == '/' && i + 1 < n && c[i + 1] == '/') {
                int end = i;
                while (end < n && c[end] != '\n') {
                    end++;
                }
                if ((i == 0 || c[i - 1] == '\n') && end < n && startsWith(c, i + 2, "line ")) {
                    int stop = end > i && c[end - 1] == '\r' ? end - 1 : end;
                    Directive d = directive(new String(c, i + 7, stop - i - 7, java.nio.charset.StandardCharsets.UTF_8),
                            current, end + 1, lineStarts);
                    if (d != null) {
                        out.add(d);
                        current = d.file;
                    }
                }
                i = end;
            } else if (b == '/' && i + 1 < n && c[i + 1] == '*') {
                int end = i + 2;
                while (end + 1 < n && !(c[end] == '*' && c[end + 1] == '/')) {
                    end++;
                }
                if (end + 1 >= n) {
                    break;
                }
                if (startsWith(c, i + 2, "line ")) {
                    Directive d = directive(new String(c, i + 7, end - i - 7, java.nio.charset.StandardCharsets.UTF_8),
                            current, end + 2, lineStarts);
                    if (d != null) {
                        out.add(d);
                        current = d.file;
                    }
                }
                i = end + 2;
            } else if (b == '"' || b == '\'') {
                i++;
                while (i < n && c[i] != b && c[i] != '\n') {
                    i += c[i] == '\\' ? 2 : 1;
                }
                i++;
            } else if (b == '`') {
                i++;
                while (i < n && c[i] != '`') {
                    i++;
                }
                i++;
            } else {
                i++;
            }
        }
        return out.toArray(new Directive[0]);
    }

    private static boolean startsWith(byte[] c, int at, String s) {
        if (at + s.length() > c.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (c[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a directive's text "file:line" or "file:line:col" (the file may hold colons,
     * as c:/x.go does); null when it is not a valid directive, which gc ignores.
     */
    private static Directive directive(String text, String current, int at, int[] lineStarts) {
        int c1 = text.lastIndexOf(':');
        if (c1 < 0) {
            return null;
        }
        int n1 = number(text.substring(c1 + 1));
        if (n1 <= 0) {
            return null;
        }
        String file = text.substring(0, c1);
        int line = n1;
        int c2 = file.lastIndexOf(':');
        int n2 = c2 < 0 ? -1 : number(file.substring(c2 + 1));
        if (n2 > 0) {
            line = n2;
            file = file.substring(0, c2);
            if (file.isEmpty()) {
                file = current;
            }
        } else if (n2 == 0) {
            return null;
        }
        int idx = Arrays.binarySearch(lineStarts, at);
        int physLine = (idx >= 0 ? idx : -idx - 2) + 1;
        return new Directive(at, physLine, file, line);
    }

    /** The decimal number s, or -1 when s is not one (or is too large). */
    private static int number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(s);
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
