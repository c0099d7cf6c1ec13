package org.tinygo4j.ssa.build;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;
import org.tinygo4j.frontend.types.Checker;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.ir.Program;

/** Parses, checks and builds one-file programs (importing at most unsafe) for the builder's tests. */
final class SsaTesting {
    record Built(Program program, Diagnostics diags) {}

    private SsaTesting() {
    }

    static Built build(String source) {
        return build(source, java.util.Map.of());
    }

    /** As {@link #build(String)}, with -X settings ("main.name" to value) for the builder. */
    static Built build(String source, java.util.Map<String, String> linkerStrings) {
        return build("main", source, linkerStrings);
    }

    /** As {@link #build(String)}, of a package with this import path (math, errors: packages the builder knows). */
    static Built build(String path, String source, java.util.Map<String, String> linkerStrings) {
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        File f = SourceParser.parse(fs, "test.go", source.getBytes(StandardCharsets.UTF_8), diags);
        Universe universe = new Universe();
        Info info = new Info();
        TypeSizes sizes = new TypeSizes(8, 8, 8);
        Package pkg = new Package(path, path.substring(path.lastIndexOf('/') + 1), universe.scope());
        new Checker(universe, pkg, info, diags, sizes, (imp, pos) -> imp.equals("unsafe") ? universe.unsafe() : null)
                .checkFiles(List.of(f));
        if (diags.hasErrors()) {
            throw new AssertionError("test program does not check: " + diags.sorted());
        }
        Program p = new ProgramBuilder(List.of(pkg), info, sizes, diags).withLinkerStrings(linkerStrings).build();
        return new Built(p, diags);
    }
}
