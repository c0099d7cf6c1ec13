package org.tinygo4j.api;

import java.util.List;
import org.tinygo4j.frontend.diag.Diagnostic;

/** The compile pipeline of one compilation (being wired: frontend, ssa, codegen). */
final class Pipeline {
    private final Compiler.Options options;

    Pipeline(Compiler.Options options) {
        this.options = options;
    }

    CompileResult compile(CompileRequest request) {
        return new CompileResult(List.of(Diagnostic.plain("internal compiler error: pipeline not wired yet")), null);
    }

    static List<String> targetNames() {
        return List.of();
    }
}
