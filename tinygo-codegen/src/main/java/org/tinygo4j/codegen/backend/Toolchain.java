package org.tinygo4j.codegen.backend;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.llvm.global.LLVM;
import org.tinygo4j.codegen.CodegenException;

/**
 * The executables that ship inside the bytedeco LLVM jar, lld for now. They are
 * extracted once into JavaCPP's cache directory beside libLLVM.so, where the versioned
 * {@code libLLVM.so.20.1} they link against and the {@code ld.lld}/{@code wasm-ld}
 * names the multi-call lld binary answers to are added as symbolic links. One instance
 * (per compiler) remembers where they are, so a warm compile does not look again.
 */
public final class Toolchain {

    private static final String LLVM_SONAME = "libLLVM.so.20.1";

    private Path lldDir;

    /** The version of the LLVM library bytedeco's binding loaded, as LLVM reports it ("20.1.7"). */
    public static String llvmVersion() {
        int[] major = new int[1];
        int[] minor = new int[1];
        int[] patch = new int[1];
        LLVM.LLVMGetVersion(major, minor, patch);
        return major[0] + "." + minor[0] + "." + patch[0];
    }

    /** The path of the linker for a TargetSpec's linker name ("ld.lld" or "wasm-ld"). */
    public synchronized Path linker(String name) throws CodegenException {
        if (!name.equals("ld.lld") && !name.equals("wasm-ld")) {
            throw new CodegenException(false, "unsupported linker \"" + name + "\" (use ld.lld or wasm-ld)");
        }
        if (lldDir == null) {
            lldDir = extract();
        }
        return lldDir.resolve(name);
    }

    private static Path extract() throws CodegenException {
        try {
            Loader.load(LLVM.class);
            File lld = Loader.cacheResource("/org/bytedeco/llvm/" + Loader.getPlatform() + "/lld");
            if (lld == null) {
                throw new CodegenException(true, "lld is missing from the LLVM jar for " + Loader.getPlatform());
            }
            if (!lld.canExecute() && !lld.setExecutable(true)) {
                throw new CodegenException(true, "cannot make " + lld + " executable");
            }
            Path dir = lld.toPath().getParent();
            Path libllvm = dir.resolve("libLLVM.so");
            if (!Files.exists(libllvm)) {
                // JavaCPP extracts libLLVM.so next to lld when it loads LLVM; find it where it put it.
                throw new CodegenException(true, "libLLVM.so not found beside " + lld);
            }
            link(dir.resolve(LLVM_SONAME), Path.of("libLLVM.so"));
            link(dir.resolve("ld.lld"), Path.of("lld"));
            link(dir.resolve("wasm-ld"), Path.of("lld"));
            return dir;
        } catch (IOException e) {
            throw new CodegenException(true, "cannot extract lld: " + e.getMessage(), e);
        }
    }

    /** Creates a relative symbolic link unless it exists; another process may race us to it. */
    private static void link(Path link, Path target) throws IOException {
        if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.createSymbolicLink(link, target);
        } catch (FileAlreadyExistsException e) {
            // Created by a concurrent compilation: fine.
        }
    }
}
