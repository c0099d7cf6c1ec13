package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulesTest {
    @TempDir
    Path tmp;

    @Test
    void escapesUpperCaseAsTheModuleCacheDoes() {
        assertEquals("github.com/!burnt!sushi/toml", Modules.escape("github.com/BurntSushi/toml"));
        assertEquals("v1.0.0-!r!c1", Modules.escape("v1.0.0-RC1"));
    }

    @Test
    void comparesSemanticVersions() {
        assertTrue(Modules.Semver.compare("v1.10.0", "v1.9.0") > 0);
        assertTrue(Modules.Semver.compare("v1.0.0", "v1.0.0-rc.1") > 0);
        assertTrue(Modules.Semver.compare("v1.0.0-rc.2", "v1.0.0-rc.10") < 0);
        assertTrue(Modules.Semver.compare("v0.0.0-20200101000000-abcdef", "v0.0.0-20210101000000-abcdef") < 0);
        assertEquals(0, Modules.Semver.compare("v2.0.0+incompatible", "v2.0.0"));
    }

    @Test
    void parsesBlocksCommentsAndReplacements() throws Exception {
        GoMod m = GoMod.parse("go.mod", """
                module "example.com/x" // quoted
                go 1.19
                require (
                	a.com/b v1.0.0 // indirect
                	c.com/D v0.1.0
                )
                require e.com/f v2.0.0+incompatible
                replace a.com/b => ../b
                replace (
                	c.com/D v0.1.0 => g.com/h v0.2.0
                )
                exclude a.com/b v0.9.0
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals("example.com/x", m.module);
        assertEquals("1.19", m.go);
        assertEquals(List.of(new Modules.Version("a.com/b", "v1.0.0"), new Modules.Version("c.com/D", "v0.1.0"),
                new Modules.Version("e.com/f", "v2.0.0+incompatible")), m.requires);
        assertEquals(List.of(new GoMod.Replace("a.com/b", null, "../b", null),
                new GoMod.Replace("c.com/D", "v0.1.0", "g.com/h", "v0.2.0")), m.replaces);
        Modules.ModuleException e = assertThrows(Modules.ModuleException.class,
                () -> GoMod.parse("go.mod", "module m\nreplace a => b\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("go.mod:2: replacement module without version must be directory path (rooted or starting with"
                + " ./ or ../)", e.getMessage());
    }

    @Test
    void locatesPackagesByLongestModulePrefix() throws Exception {
        Path cache = tmp.resolve("cache");
        Files.createDirectories(cache.resolve("a.com/!b@v1.2.0/x/y"));
        Files.createDirectories(cache.resolve("a.com/!b/x@v0.1.0/y"));
        Path mod = tmp.resolve("m/go.mod");
        Files.createDirectories(mod.getParent());
        Files.writeString(mod, "module m.com/m\ngo 1.19\nrequire (\n\ta.com/B v1.2.0\n\ta.com/B/x v0.1.0\n)\n");
        Modules m = Modules.open(mod, cache, Overlay.NONE);
        assertEquals(cache.resolve("a.com/!b/x@v0.1.0/y"), m.locate("a.com/B/x/y").dir());
        assertNull(m.locate("fmt"));
        assertTrue(m.locate("z.com/q").error().startsWith("no required module provides package z.com/q"));
        assertEquals("module a.com/B@v1.2.0 found, but does not contain package a.com/B/nope",
                m.locate("a.com/B/nope").error());
    }
}
