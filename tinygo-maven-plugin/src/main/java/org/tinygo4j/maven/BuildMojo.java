package org.tinygo4j.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;

/**
 * {@code tinygo:build}: compiles the main package in the source folder to a WebAssembly
 * module or a board image, as {@code tinygo build -o FILE} does. Bound to the compile
 * phase: the Go program is this project's compiled output, made before anything packs
 * or tests it (docs/ARCHITECTURE.md, "The Maven plugin").
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class BuildMojo extends CompilerMojo {

    /** Made by Maven, which then sets the parameters. */
    public BuildMojo() {
    }

    /**
     * TinyGo's -o: the file written; its extension chooses the format (.wasm, .elf, .hex,
     * .bin, .uf2). Default: {@code ${project.build.directory}/${project.build.finalName}}
     * with the target's extension (.wasm for WebAssembly, .elf for a chip, none for host).
     */
    @Parameter(property = "tinygo.outputFile")
    protected File outputFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tinygo: skipped");
            return;
        }
        Path src = sources();
        Compiler compiler = compiler();
        Path out = outputFile != null ? outputFile.toPath()
                : Path.of(project.getBuild().getDirectory())
                        .resolve(compiler.config().defaultOutputName(project.getBuild().getFinalName()));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new MojoFailureException("tinygo: cannot create the output folder of " + out + ": " + e.getMessage());
        }
        getLog().info("tinygo: compiling " + src + " for " + compiler.target());
        CompileResult r = compiler.compile(CompileRequest.of(src).withOutput(out));
        report(r, "compilation");
        getLog().info("tinygo: wrote " + out + " (" + r.artifact().bytes().length + " bytes)");
    }
}
