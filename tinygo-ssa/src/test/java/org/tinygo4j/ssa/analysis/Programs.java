package org.tinygo4j.ssa.analysis;

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
import org.tinygo4j.ssa.build.ProgramBuilder;
import org.tinygo4j.ssa.ir.Program;

/** The analyses' test programs: one package from source (importing at most unsafe), checked and built to SSA for a 32-bit target. */
final class Programs {
    private Programs() {
    }

    static Program build(String path, String source) {
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        File f = SourceParser.parse(fs, path + ".go", source.getBytes(StandardCharsets.UTF_8), diags);
        Universe universe = new Universe();
        Info info = new Info();
        TypeSizes sizes = new TypeSizes(4, 4, 4);
        Package pkg = new Package(path, path, universe.scope());
        new Checker(universe, pkg, info, diags, sizes, (p, pos) -> p.equals("unsafe") ? universe.unsafe() : null).checkFiles(List.of(f));
        if (diags.hasErrors()) {
            throw new AssertionError("test program does not check: " + diags.sorted());
        }
        Program p = new ProgramBuilder(List.of(pkg), info, sizes, diags).build();
        if (diags.hasErrors()) {
            throw new AssertionError("test program does not build: " + diags.sorted());
        }
        return p;
    }
}
