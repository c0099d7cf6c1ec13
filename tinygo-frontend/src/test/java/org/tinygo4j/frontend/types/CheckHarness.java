package org.tinygo4j.frontend.types;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;

/** Parses and checks a package made of in-memory files, for the checker's tests. */
final class CheckHarness {
    final FileSet fs = new FileSet();
    final Diagnostics diags = new Diagnostics(fs);
    final Info info = new Info();
    final Universe universe = new Universe();
    final List<File> files = new ArrayList<>();
    Package pkg;

    static final TypeSizes SIZES64 = new TypeSizes(8, 8, 8);

    static CheckHarness check(String src) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("main.go", src);
        return check(m, SIZES64);
    }

    static CheckHarness check(Map<String, String> sources, TypeSizes sizes) {
        CheckHarness h = new CheckHarness();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            h.files.add(SourceParser.parse(h.fs, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8), h.diags));
        }
        h.pkg = new Package("main", "", h.universe.scope());
        // imports resolve to empty packages named after their last path element
        new Checker(h.universe, h.pkg, h.info, h.diags, sizes,
                (path, pos) -> new Package(path, path.substring(path.lastIndexOf('/') + 1), h.universe.scope()))
                .checkFiles(h.files);
        return h;
    }

    /** All diagnostics as gc prints them, one per line (continuation lines included). */
    String errors() {
        return diags.sorted().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    Obj lookup(String name) {
        return pkg.scope().lookup(name);
    }
}
