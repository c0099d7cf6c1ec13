package org.tinygo4j.frontend.diag;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.syntax.FileSet;

/**
 * Collects the diagnostics of one compilation. Thread-safe, because packages are
 * parsed and checked in parallel; {@link #sorted()} gives them in source order.
 */
public final class Diagnostics {
    private final FileSet fileSet;
    private final List<Diagnostic> list = new ArrayList<>();

    public Diagnostics(FileSet fileSet) {
        this.fileSet = fileSet;
    }

    public FileSet fileSet() {
        return fileSet;
    }

    public synchronized void error(int pos, String message) {
        list.add(Diagnostic.error(fileSet.position(pos), message));
    }

    public synchronized void add(Diagnostic d) {
        list.add(d);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    public synchronized int count() {
        return list.size();
    }

    /** All diagnostics, ordered by file, line and column (plain messages first). */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort((a, b) -> {
            if (a.position() == null || b.position() == null) {
                return a.position() == null ? (b.position() == null ? 0 : -1) : 1;
            }
            int c = a.position().file().compareTo(b.position().file());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.position().line(), b.position().line());
            return c != 0 ? c : Integer.compare(a.position().column(), b.position().column());
        });
        return out;
    }
}
