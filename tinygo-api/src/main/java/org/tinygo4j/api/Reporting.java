package org.tinygo4j.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.Overlay;
import org.tinygo4j.frontend.source.FileSet;

/**
 * Turns the compiler's internal diagnostics into the API's {@link Diagnostic}s. The
 * category comes from the phase in which a diagnostic appeared (each phase's new
 * diagnostics are classified when it ends): while loading, a positioned one is a syntax
 * error unless it is about an import (TYPE), and one without a position is about the
 * environment (a missing file or package directory); while checking, TYPE; "not
 * supported yet" is UNSUPPORTED and "internal compiler error" INTERNAL wherever they
 * appear; later phases' other errors are about the environment (a linker setting, an
 * image too large). The end of a positioned diagnostic is the end of the Go token at
 * its start, read from the file (through the request's overlay) when it can be read.
 */
final class Reporting {
    private final Diagnostics diags;
    private final Overlay overlay;
    private final Map<org.tinygo4j.frontend.diag.Diagnostic, Diagnostic.Category> categories = new IdentityHashMap<>();
    private final List<Diagnostic> extra = new ArrayList<>();

    Reporting(Diagnostics diags, Overlay overlay) {
        this.diags = diags;
        this.overlay = overlay;
    }

    /** Classifies the diagnostics that appeared during phase. */
    synchronized void phaseEnded(Phase phase) {
        for (org.tinygo4j.frontend.diag.Diagnostic d : diags.sorted()) {
            categories.computeIfAbsent(d, k -> categorize(phase, k));
        }
    }

    private static Diagnostic.Category categorize(Phase phase, org.tinygo4j.frontend.diag.Diagnostic d) {
        String m = d.message();
        if (m.startsWith("internal compiler error")) {
            return Diagnostic.Category.INTERNAL;
        }
        if (m.startsWith("not supported yet")) {
            return Diagnostic.Category.UNSUPPORTED;
        }
        return switch (phase) {
            case LOAD -> d.position() == null ? Diagnostic.Category.ENVIRONMENT
                    : m.startsWith("could not import") || m.startsWith("import cycle")
                            || m.startsWith("invalid import path") || m.startsWith("package ")
                            ? Diagnostic.Category.TYPE : Diagnostic.Category.SYNTAX;
            case CHECK -> Diagnostic.Category.TYPE;
            case SSA -> d.position() == null ? Diagnostic.Category.ENVIRONMENT : Diagnostic.Category.TYPE;
            case CODEGEN, LINK -> d.position() == null ? Diagnostic.Category.ENVIRONMENT : Diagnostic.Category.UNSUPPORTED;
        };
    }

    /** The request cannot be compiled at all: one environment error, before any work. */
    synchronized CompileResult failedBefore(String message) {
        extra.add(Diagnostic.plain(Diagnostic.Severity.ERROR, Diagnostic.Category.ENVIRONMENT, message));
        return result(CompileResult.Status.FAILED, null);
    }

    /** A later phase failed with a message of its own (no position). */
    synchronized CompileResult failed(String message) {
        extra.add(Diagnostic.plain(Diagnostic.Severity.ERROR, Diagnostic.Category.ENVIRONMENT, message));
        return result(CompileResult.Status.FAILED, null);
    }

    synchronized CompileResult internal(String message) {
        extra.add(Diagnostic.plain(Diagnostic.Severity.ERROR, Diagnostic.Category.INTERNAL, message));
        return result(CompileResult.Status.FAILED, null);
    }

    synchronized CompileResult result(CompileResult.Status status, Artifact artifact) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, byte[]> contents = new HashMap<>();
        for (org.tinygo4j.frontend.diag.Diagnostic d : diags.sorted()) {
            // diagnostics of a phase that did not end (the one that failed) are classified as SSA's
            Diagnostic.Category c = categories.computeIfAbsent(d, k -> categorize(Phase.SSA, k));
            out.add(convert(d, c, contents));
        }
        out.addAll(extra);
        if (status == CompileResult.Status.SUCCEEDED && out.stream().anyMatch(Diagnostic::isError)) {
            status = CompileResult.Status.FAILED;
        }
        return new CompileResult(status, out, status == CompileResult.Status.SUCCEEDED ? artifact : null);
    }

    private Diagnostic convert(org.tinygo4j.frontend.diag.Diagnostic d, Diagnostic.Category c,
                               Map<String, byte[]> contents) {
        Diagnostic.Severity sev = d.severity() == org.tinygo4j.frontend.diag.Diagnostic.Severity.WARNING
                ? Diagnostic.Severity.WARNING : Diagnostic.Severity.ERROR;
        FileSet.Position p = d.position();
        if (p == null || p.line() <= 0) {
            return Diagnostic.plain(sev, c, p == null ? d.message() : d.toString());
        }
        byte[] content = contents.computeIfAbsent(p.file(), this::read);
        int endColumn = p.column() + TokenLength.at(content, p.line(), p.column());
        return new Diagnostic(sev, c, p.file(), p.line(), p.column(), p.line(), endColumn, d.message());
    }

    private byte[] read(String file) {
        try {
            Path path = Path.of(file);
            return overlay.exists(path) && !overlay.isDirectory(path) ? overlay.read(path) : null;
        } catch (IOException | RuntimeException e) {
            return null; // a classpath-relative name: the end stays at the start
        }
    }
}
