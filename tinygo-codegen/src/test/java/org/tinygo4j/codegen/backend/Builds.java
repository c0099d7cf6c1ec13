package org.tinygo4j.codegen.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.tinygo4j.boards.TargetException;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.TargetSpec;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;
import org.tinygo4j.boards.config.ConfigException;
import org.tinygo4j.codegen.llvm.IrText;
import org.tinygo4j.codegen.llvm.LlvmTarget;
import org.tinygo4j.codegen.llvm.OptLevel;

/**
 * Test support: builds a hand-written IR file from src/test/resources/hello for a
 * built-in target, the way the compiler will build the lowered program.
 */
final class Builds {
    private Builds() {}

    static TargetSpec target(String name) {
        try {
            return TargetRegistry.load().resolve(name);
        } catch (TargetException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    /** The configuration of a built-in target with default options (or -debug). */
    static BuildConfig config(String name, boolean debug) {
        BuildOptions d = BuildOptions.defaults();
        try {
            return BuildConfig.resolve(target(name), new BuildOptions(d.opt(), null, null, null, 0, d.tags(), debug,
                    d.linkerStrings()));
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    static LinkedImage build(Toolchain toolchain, String targetName, String irResource, boolean debug)
            throws BackendException {
        TargetSpec spec = target(targetName);
        try (LlvmTarget t = LlvmTarget.create(spec, OptLevel.Z)) {
            String ir = "target datalayout = \"" + t.dataLayout() + "\"\n"
                    + "target triple = \"" + t.triple() + "\"\n" + resource(irResource);
            LLVMModuleRef m = IrText.parse(t, irResource, ir);
            return new Backend(toolchain).build(t, m, config(targetName, debug));
        }
    }

    static String resource(String name) {
        try (InputStream in = Builds.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
