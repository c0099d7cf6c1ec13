package org.tinygo4j.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tinygo4j.boards.GoSourceRoot;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.syntax.SourceParser;
import org.tinygo4j.frontend.types.Checker;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.Sizes;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.runtime.RuntimeSources;

/**
 * Finds, parses and checks the packages of one program: the main package from the
 * user's file or directory, imports from the user's module (go.mod), the embedded
 * runtime sources and the board packs' Go sources. Files are filtered by build
 * constraints and file-name suffixes; packages are checked in dependency order.
 */
final class ProgramLoader {

    /** The checked program: packages in dependency order (main last) and their shared Info. */
    record Loaded(List<Package> packages, Package main, Info info) {}

    private record SourceFile(String displayPath, byte[] content) {}

    private final Diagnostics diags;
    private final Set<String> tags;
    private final String goos;
    private final String goarch;
    private final Sizes sizes;
    private final List<GoSourceRoot> boardRoots;
    private final Universe universe = new Universe();
    private final Info info = new Info();
    private final Map<String, Package> checked = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final List<Package> order = new ArrayList<>();
    private Path moduleRoot;
    private String modulePath;

    ProgramLoader(Diagnostics diags, Set<String> tags, String goos, String goarch, Sizes sizes,
                  List<GoSourceRoot> boardRoots) {
        this.diags = diags;
        this.tags = tags;
        this.goos = goos;
        this.goarch = goarch;
        this.sizes = sizes;
        this.boardRoots = boardRoots;
    }

    /** Loads the program whose main package is the file or directory at source; null after errors. */
    Loaded load(Path source) throws IOException {
        List<SourceFile> mainFiles = new ArrayList<>();
        Path dir;
        if (Files.isDirectory(source)) {
            dir = source;
            try (Stream<Path> s = Files.list(source)) {
                for (Path p : s.sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (Files.isRegularFile(p) && BuildConstraint.fileNameMatches(n, goos, goarch)) {
                        mainFiles.add(new SourceFile(display(p), Files.readAllBytes(p)));
                    }
                }
            }
            if (mainFiles.isEmpty()) {
                diags.add(Diagnostic.plain("no Go files in " + source));
                return null;
            }
        } else {
            dir = source.toAbsolutePath().getParent();
            mainFiles.add(new SourceFile(display(source), Files.readAllBytes(source)));
        }
        findModule(dir);
        Package main = loadPackage("main", mainFiles, null);
        if (main == null || diags.hasErrors()) {
            return null;
        }
        return new Loaded(order, main, info);
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private void findModule(Path dir) throws IOException {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                for (String line : Files.readAllLines(mod)) {
                    line = line.trim();
                    if (line.startsWith("module ")) {
                        moduleRoot = d;
                        modulePath = line.substring(7).trim().replace("\"", "");
                        return;
                    }
                }
            }
        }
    }

    /** Parses, filters and checks one package after the packages it imports. */
    private Package loadPackage(String path, List<SourceFile> sources, Spec.ImportSpec from) {
        List<File> files = new ArrayList<>();
        for (SourceFile sf : sources) {
            File f = SourceParser.parse(diags.fileSet(), sf.displayPath(), sf.content(), diags);
            if (f.buildConstraint() == null || BuildConstraint.eval(f.buildConstraint(), tags)) {
                files.add(f);
            }
        }
        if (diags.hasErrors()) {
            return null;
        }
        if (files.isEmpty()) {
            diags.error(from == null ? -1 : from.pos(), "build constraints exclude all Go files in " + path);
            return null;
        }
        inProgress.add(path);
        Set<String> imports = new HashSet<>();
        if (!path.equals("runtime") && !path.startsWith("runtime/") && !path.startsWith("device/")) {
            imports.add("runtime");
            importPath("runtime", null);
        }
        for (File f : files) {
            for (Spec.ImportSpec is : f.imports()) {
                String ip = unquote(is.path().value());
                if (imports.add(ip)) {
                    importPath(ip, is);
                }
            }
        }
        inProgress.remove(path);
        if (diags.hasErrors()) {
            return null;
        }
        String name = files.get(0).packageName().name();
        Package pkg = new Package(path, name, universe.scope());
        new Checker(universe, pkg, info, diags, sizes, (ip, pos) -> ip.equals("unsafe") ? universe.unsafe()
                : checked.get(ip)).checkFiles(files);
        checked.put(path, pkg);
        order.add(pkg);
        return pkg;
    }

    private void importPath(String ip, Spec.ImportSpec is) {
        if (ip.equals("unsafe") || checked.containsKey(ip)) {
            return;
        }
        int pos = is == null ? -1 : is.path().pos();
        if (inProgress.contains(ip)) {
            diags.error(pos, "import cycle not allowed");
            return;
        }
        List<SourceFile> files = find(ip);
        if (files == null) {
            diags.error(pos, "package " + ip + " is not in std");
            return;
        }
        loadPackage(ip, files, is);
    }

    private static String unquote(String lit) {
        return lit.length() >= 2 ? lit.substring(1, lit.length() - 1) : lit;
    }

    /** The .go files of an import path from the user's module, the runtime, or a board pack; null if none. */
    private List<SourceFile> find(String ip) {
        try {
            if (modulePath != null && (ip.equals(modulePath) || ip.startsWith(modulePath + "/"))) {
                Path d = moduleRoot.resolve(ip.substring(modulePath.length()).replaceFirst("^/", ""));
                return Files.isDirectory(d) ? dirFiles(d) : null;
            }
            List<SourceFile> rt = classpathFiles(RuntimeSources.class.getClassLoader(), RuntimeSources.ROOT, ip);
            if (rt != null) {
                return rt;
            }
            for (GoSourceRoot root : boardRoots) {
                List<String> names = root.filesOf(ip);
                List<SourceFile> out = new ArrayList<>();
                for (String n : names) {
                    String base = n.substring(n.lastIndexOf('/') + 1);
                    if (BuildConstraint.fileNameMatches(base, goos, goarch)) {
                        out.add(new SourceFile("$boards/" + n, root.read(n).getBytes(StandardCharsets.UTF_8)));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SourceFile> dirFiles(Path d) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p) && BuildConstraint.fileNameMatches(p.getFileName().toString(), goos, goarch)) {
                    out.add(new SourceFile(display(p), Files.readAllBytes(p)));
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Lists a classpath directory, whether the resources are a directory or inside a jar. */
    private List<SourceFile> classpathFiles(ClassLoader loader, String root, String ip) throws IOException {
        URL url = loader.getResource(root + "/" + ip);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return classpathDir(fs.provider().getPath(uri), ip);
            }
            return classpathDir(Path.of(uri), ip);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private List<SourceFile> classpathDir(Path d, String ip) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && BuildConstraint.fileNameMatches(n, goos, goarch)) {
                    out.add(new SourceFile("$runtime/" + ip + "/" + n, Files.readAllBytes(p)));
                }
            }
        }
        return out.isEmpty() ? null : out;
    }
}
