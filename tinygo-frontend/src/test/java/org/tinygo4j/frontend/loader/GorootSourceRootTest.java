package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.TypeSizes;

/** Packages from Go's sources: the GOROOT's layout, its release, and the files chosen. */
class GorootSourceRootTest {
    private static final Path DEBIAN_GOROOT = Path.of("/usr/lib/go-1.19");

    @TempDir
    Path tmp;

    @Test
    void debiansLayoutFindsTheSourcesBesideTheLinkedApiFolder() {
        assumeTrue(Files.isDirectory(Path.of("/usr/share/go-1.19/src")), "needs golang-1.19-go and golang-1.19-src");
        GorootSourceRoot.Result r = GorootSourceRoot.open(DEBIAN_GOROOT);
        assertNull(r.problem());
        assertEquals(19, r.root().release().minor());
        assertTrue(Files.isDirectory(r.root().src().resolve("encoding/json")), r.root().src().toString());
    }

    @Test
    void aFolderWithoutSourcesOrOfAnUnknownReleaseIsNoGoroot() throws IOException {
        assertEquals("GOROOT " + tmp + " has no Go sources (src/runtime is missing)",
                GorootSourceRoot.open(tmp).problem());
        Files.createDirectories(tmp.resolve("src/runtime"));
        Files.writeString(tmp.resolve("VERSION"), "go1.17.3\n");
        assertEquals("GOROOT " + tmp + " is go1.17.3; tinygo4j compiles the sources of go1.19 to go1.23",
                GorootSourceRoot.open(tmp).problem());
        Files.writeString(tmp.resolve("VERSION"), "go1.21.0\ntime 2023-08-08\n");
        assertEquals(21, GorootSourceRoot.open(tmp).root().release().minor());
    }

    @Test
    void assemblyIsReplacedByTheGoarchNeutralFilesAndEmbeddedPackagesWin() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/usr/share/go-1.19/src")), "needs golang-1.19-go and golang-1.19-src");
        GorootSourceRoot goroot = GorootSourceRoot.open(DEBIAN_GOROOT).root();
        // an embedded "errors", "sync" and "sync/atomic" with what hash/crc32 uses of them
        write("emb/errors/errors.go", "package errors\n\nfunc New(s string) error { return nil }\n");
        write("emb/sync/sync.go", "package sync\n\ntype Once struct{}\n\nfunc (o *Once) Do(f func()) { f() }\n");
        write("emb/sync/atomic/atomic.go", "package atomic\n\nfunc LoadUint32(p *uint32) uint32 { return *p }\n\n"
                + "func StoreUint32(p *uint32, v uint32) { *p = v }\n\ntype Bool struct{ v bool }\n\n"
                + "func (b *Bool) Load() bool { return b.v }\n\nfunc (b *Bool) Store(v bool) { b.v = v }\n");
        write("emb/io/io.go", "package io\n\ntype Writer interface{ Write(p []byte) (int, error) }\n");
        write("m/main.go", "package main\n\nimport \"hash/crc32\"\n\nfunc main() { println(crc32.ChecksumIEEE(nil)) }\n");
        Diagnostics d = new Diagnostics(new FileSet());
        LoadedProgram p = Loader.load(new LoadConfig(List.of(new DirectorySourceRoot(tmp.resolve("emb"))),
                tmp.resolve("m/main.go"), Set.of("tinygo"), "linux", "amd64", new TypeSizes(8, 8, 8), List.of())
                .withGoroot(goroot, Set.of()), d);
        assertEquals(List.of(), d.sorted().stream().map(Object::toString).toList());
        Package crc = p.packages().stream().filter(x -> x.path().equals("hash/crc32")).findFirst().orElseThrow();
        List<String> files = crc.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).sorted().toList();
        assertEquals(List.of("crc32.go", "crc32_generic.go", "crc32_otherarch.go"), files);
        Package errs = p.packages().stream().filter(x -> x.path().equals("errors")).findFirst().orElseThrow();
        assertTrue(errs.files().get(0).path().startsWith(tmp.resolve("emb").toString()));
        // only the amd64 files brought internal/cpu in
        assertTrue(p.packages().stream().noneMatch(x -> x.path().equals("internal/cpu")));
    }

    @Test
    void onlyFunctionsThatAnAssemblyFileDefinesLiveInAssembly() {
        assumeTrue(Files.isDirectory(Path.of("/usr/share/go-1.19/src")), "needs golang-1.19-go and golang-1.19-src");
        GorootSourceRoot goroot = GorootSourceRoot.open(DEBIAN_GOROOT).root();
        assertTrue(goroot.assemblyFunctions("hash/crc32").contains("castagnoliSSE42"));
        // os/signal's sig.s defines nothing: its body-less functions are the runtime's, so
        // signal_unix.go (unix || (js && wasm) || windows) stays on js
        assertEquals(Set.of(), goroot.assemblyFunctions("os/signal"));
    }

    private void write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
