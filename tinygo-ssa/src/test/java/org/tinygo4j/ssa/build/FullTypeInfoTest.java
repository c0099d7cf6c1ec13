package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;
import org.tinygo4j.frontend.types.Checker;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;
import org.tinygo4j.frontend.types.Universe;

/**
 * Which programs get full type descriptors: those that call errors.As (errors imports
 * internal/reflectlite for it alone), not those that import errors and use a method
 * named As.
 */
class FullTypeInfoTest {

    private static final String REFLECTLITE = """
            package reflectlite
            func TypeOf(i any) any { return i }
            """;

    private static final String ERRORS = """
            package errors
            import "internal/reflectlite"
            type errorString struct{ s string }
            func (e *errorString) Error() string { return e.s }
            func New(s string) error { return &errorString{s} }
            func As(err error, target any) bool {
            	if x, ok := err.(interface{ As(any) bool }); ok {
            		return x.As(target)
            	}
            	return reflectlite.TypeOf(target) == nil
            }
            """;

    /** Checks the packages in order (each may import the earlier ones) and builds them. */
    private static boolean fullTypeInfo(String main) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("internal/reflectlite", REFLECTLITE);
        sources.put("errors", ERRORS);
        sources.put("main", main);
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        Universe universe = new Universe();
        Info info = new Info();
        TypeSizes sizes = new TypeSizes(8, 8, 8);
        Map<String, Package> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String path = e.getKey();
            String name = path.substring(path.lastIndexOf('/') + 1);
            Package pkg = new Package(path, name, universe.scope());
            new Checker(universe, pkg, info, diags, sizes, (p, pos) -> checked.get(p)).checkFiles(List.of(
                    SourceParser.parse(fs, name + ".go", e.getValue().getBytes(StandardCharsets.UTF_8), diags)));
            if (diags.hasErrors()) {
                throw new AssertionError(path + " does not check: " + diags.sorted());
            }
            checked.put(path, pkg);
        }
        return new ProgramBuilder(new ArrayList<>(checked.values()), info, sizes, diags).build()
                .fullTypeInfo();
    }

    @Test
    void aCallOfErrorsAsNeedsFullDescriptors() {
        assertTrue(fullTypeInfo("""
                package main
                import "errors"
                func main() { var t error; println(errors.As(errors.New("x"), &t)) }
                """));
    }

    @Test
    void importingErrorsOrAMethodNamedAsDoesNot() {
        assertFalse(fullTypeInfo("""
                package main
                import "errors"
                type wrapper struct{ error }
                func (w wrapper) As(target any) bool { return false }
                func main() { println(errors.New("x").Error(), wrapper{}.As(nil)) }
                """));
    }
}
