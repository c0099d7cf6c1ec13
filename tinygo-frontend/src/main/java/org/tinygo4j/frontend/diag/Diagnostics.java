package org.tinygo4j.frontend.diag;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.source.FileSet;

/**
 * Collects the diagnostics of one compilation. Thread-safe, because packages are
 * parsed and checked in parallel; {@link #sorted()} gives them in source order.
 *
 * With an error limit (the compiler's is gc's ten), errors past the limit are not
 * kept, and {@link #sorted()} ends with one "too many errors" at the position of the
 * error that reached the limit, as gc gives up there. A file with thousands of duplicate cases would
 * otherwise produce millions of lines (and as many objects). The checker's own tests
 * use no limit, so that every expected error can be compared.
 */
public final class Diagnostics {
    private static final String TOO_MANY = "too many errors";

    private final FileSet fileSet;
    private final int errorLimit;
    private final List<Diagnostic> list = new ArrayList<>();
    private int errors;
    private Diagnostic tooMany;

    public Diagnostics(FileSet fileSet) {
        this(fileSet, Integer.MAX_VALUE);
    }

    public Diagnostics(FileSet fileSet, int errorLimit) {
        this.fileSet = fileSet;
        this.errorLimit = errorLimit;
    }

    public FileSet fileSet() {
        return fileSet;
    }

    public synchronized void error(int pos, String message) {
        add(Diagnostic.error(fileSet.position(pos), message));
    }

    public synchronized void add(Diagnostic d) {
        if (d.severity() != Diagnostic.Severity.ERROR) {
            list.add(d);
            return;
        }
        if (errorLimit != Integer.MAX_VALUE && (errors >= errorLimit || TOO_MANY.equals(d.message()))) {
            if (tooMany == null) {
                tooMany = Diagnostic.error(d.position(), TOO_MANY);
            }
            return;
        }
        errors++;
        list.add(d);
        if (errors == errorLimit) {
            tooMany = Diagnostic.error(d.position(), TOO_MANY); // gc gives up at its tenth error
        }
    }

    /**
     * Takes back d, reported by a stage whose rule the caller does not apply (package
     * main without func main, for a compile that links nothing); true if it was there.
     */
    public synchronized boolean withdraw(Diagnostic d) {
        boolean removed = list.remove(d);
        if (removed && d.severity() == Diagnostic.Severity.ERROR) {
            errors--;
        }
        return removed;
    }

    public synchronized boolean hasErrors() {
        return tooMany != null || list.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
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
        if (tooMany != null) {
            out.add(tooMany);
        }
        return out;
    }
}
