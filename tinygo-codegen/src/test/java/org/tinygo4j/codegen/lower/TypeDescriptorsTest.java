package org.tinygo4j.codegen.lower;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.junit.jupiter.api.Test;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;
import org.tinygo4j.codegen.backend.Backend;
import org.tinygo4j.codegen.llvm.IrText;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;
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

/**
 * Type descriptors: one byte per converted type in an ordinary program; the full
 * layout (kind, size, element types, struct fields with offsets) when the program
 * contains package internal/reflectlite, including descriptors for the types a
 * converted type's descriptor reaches; KindPossible folded to a constant.
 */
class TypeDescriptorsTest {
    private static final String SOURCE = """
            package runtime

            func alloc(size uintptr) *byte { return nil }
            func allocNoscan(size uintptr) *byte { return nil }

            type Pt struct {
            	X    int32
            	next *Pt
            }

            type Path []Pt

            //export box
            func box(p Path) interface{} { return p }
            """;

    private static final String REFLECT = """
            package reflectlite

            func KindPossible(k int) bool
            """;

    /** Prints a Celsius only when asked: the float kind (14) is possible, the map kind (21) is not. */
    private static final String KINDS = """
            package runtime

            import "internal/reflectlite"

            func alloc(size uintptr) *byte { return nil }
            func allocNoscan(size uintptr) *byte { return nil }

            type Celsius float64

            type Reading struct {
            	Where string
            	T     *Celsius
            }

            //export box
            func box(r Reading) interface{} { return r }

            //export floats
            func floats() bool { return reflectlite.KindPossible(14) }

            //export maps
            func maps() bool { return reflectlite.KindPossible(21) }
            """;

    private static String lower(String target, boolean withReflect) {
        // full descriptors come with a package that imports reflectlite (as fmt does)
        String source = withReflect
                ? SOURCE.replace("package runtime\n", "package runtime\n\nimport _ \"internal/reflectlite\"\n")
                : SOURCE;
        return lower(target, withReflect, source);
    }

    private static String lower(String target, boolean withReflect, String source) {
        BuildConfig config;
        try {
            config = BuildConfig.resolve(TargetRegistry.load().resolve(target), BuildOptions.defaults());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        FileSet fs = new FileSet();
        Diagnostics diags = new Diagnostics(fs);
        Universe universe = new Universe();
        Info info = new Info();
        TypeSizes sizes = new TypeSizes(config.pointerSize(), config.intSize(), config.maxAlign());
        List<Package> pkgs = new ArrayList<>();
        Package r = new Package("internal/reflectlite", "reflectlite", universe.scope());
        if (withReflect) {
            File rf = SourceParser.parse(fs, "r.go", REFLECT.getBytes(StandardCharsets.UTF_8), diags);
            new Checker(universe, r, info, diags, sizes, (p, pos) -> null).checkFiles(List.of(rf));
            pkgs.add(r);
        }
        File f = SourceParser.parse(fs, "rt.go", source.getBytes(StandardCharsets.UTF_8), diags);
        Package pkg = new Package("runtime", "runtime", universe.scope());
        new Checker(universe, pkg, info, diags, sizes, (p, pos) -> p.equals(r.path()) ? r : null)
                .checkFiles(List.of(f));
        pkgs.add(pkg);
        Program program = new ProgramBuilder(pkgs, info, sizes, diags).build();
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        try (LlvmTarget t = LlvmTarget.create(config.target(), OptLevel.Z)) {
            LLVMModuleRef m = ModuleLowering.lower(t.context(), program,
                    ModuleLowering.Config.of(config, t.dataLayout()), "test");
            try {
                Backend.verify(m, "after lowering");
                return IrText.print(m);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                LLVMDisposeModule(m);
            }
        }
    }

    @Test
    void ordinaryProgramsGetOneBytePerType() {
        String ir = lower("host", false);
        assertTrue(ir.contains("@\"type:runtime.Path\" = private constant i8 0"), ir);
        assertFalse(ir.contains("@\"fields:"), ir);
        assertFalse(ir.contains("type:runtime.Pt\""), ir);
    }

    @Test
    void programsWithReflectliteGetFullDescriptorsForEveryReachableType() {
        String ir = lower("host", true);
        // Path: kind slice (23), named, size 24, elem Pt
        assertTrue(ir.contains("@\"type:runtime.Path\" = private constant { { ptr, i64 }, i8, i8, i64, ptr, ptr, i64, ptr }"),
                ir);
        assertTrue(ir.contains("i8 23, i8 1, i64 24, ptr @\"type:runtime.Pt\""), ir);
        // Pt: kind struct (25), named and comparable (flags 1|4), two fields at offsets 0
        // and 8; next is unexported, its type *Pt (kind pointer, 22, comparable) points
        // back at Pt; Path, a slice, is not comparable
        assertTrue(ir.contains("i8 25, i8 5, i64 16, ptr null, ptr null, i64 2, ptr @\"fields:runtime.Pt\""), ir);
        assertTrue(ir.contains("ptr @\"type:int32\", i64 0, i8 2 }"), ir);
        assertTrue(ir.contains("ptr @\"type:*runtime.Pt\", i64 8, i8 0 }"), ir);
        assertTrue(ir.contains("i8 22, i8 4, i64 8, ptr @\"type:runtime.Pt\""), ir);
    }

    @Test
    void kindPossibleIsAConstantFromTheConvertedTypesAndWhatTheyHold() {
        String ir = lower("host", true, KINDS);
        assertTrue(body(ir, "floats").contains("ret i1 true"), ir);
        assertTrue(body(ir, "maps").contains("ret i1 false"), ir);
    }

    private static String body(String ir, String fn) {
        int start = ir.indexOf("@" + fn + "()");
        return ir.substring(start, ir.indexOf("\n}\n", start));
    }

    @Test
    void fullDescriptorsLowerOnSixteenBitPointers() {
        String ir = lower("arduino", true);
        assertTrue(ir.contains("@\"fields:runtime.Pt\""), ir);
    }
}
