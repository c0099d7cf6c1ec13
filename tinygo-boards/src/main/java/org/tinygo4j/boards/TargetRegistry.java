package org.tinygo4j.boards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The targets known to one compilation (or one compiler instance): those of every
 * {@link BoardProvider} visible to a class loader. Immutable once built, so it can be
 * shared; nothing here is static. {@link #resolve(String)} accepts a target name or a
 * path to a target JSON file, as TinyGo's {@code -target=} does.
 */
public final class TargetRegistry {

    private record Entry(BoardProvider provider) {}

    private final Map<String, Entry> targets;
    private final List<GoSourceRoot> goSourceRoots;

    private TargetRegistry(Map<String, Entry> targets, List<GoSourceRoot> roots) {
        this.targets = Collections.unmodifiableMap(targets);
        this.goSourceRoots = List.copyOf(roots);
    }

    /**
     * The registry of the providers that {@link ServiceLoader} finds through a class loader.
     *
     * @param loader the class loader whose board packs (and the built-in boards, when it
     *               sees this library) are loaded
     * @return the registry, providers in ServiceLoader's order
     */
    public static TargetRegistry load(ClassLoader loader) {
        List<BoardProvider> providers = new ArrayList<>();
        ServiceLoader.load(BoardProvider.class, loader).forEach(providers::add);
        return of(providers);
    }

    /**
     * The registry of the providers visible to this library's own class loader.
     *
     * @return the registry
     */
    public static TargetRegistry load() {
        return load(TargetRegistry.class.getClassLoader());
    }

    /**
     * The registry of exactly these providers. When two provide the same name, the first
     * wins, so a caller can put its own providers ahead of the built-in ones.
     *
     * @param providers the providers, in order of precedence
     * @return the registry
     */
    public static TargetRegistry of(List<BoardProvider> providers) {
        Map<String, Entry> map = new LinkedHashMap<>();
        List<GoSourceRoot> roots = new ArrayList<>();
        for (BoardProvider p : providers) {
            for (String n : p.targetNames()) {
                map.putIfAbsent(n, new Entry(p));
            }
            if (!p.goSourceFiles().isEmpty()) {
                roots.add(new GoSourceRoot(p.classLoader(), p.resourceBase() + "src/", p.goSourceFiles()));
            }
        }
        return new TargetRegistry(map, roots);
    }

    /**
     * The names of the boards and environments one can compile for, sorted; base JSONs
     * (see {@link TargetSpec#isBoard()}) and JSONs that do not resolve are left out.
     *
     * @return the board and environment names
     */
    public List<String> names() {
        TreeSet<String> out = new TreeSet<>();
        for (String n : targets.keySet()) {
            try {
                if (resolve(n).isBoard()) {
                    out.add(n);
                }
            } catch (TargetException e) {
                // a broken JSON is reported when someone compiles for it, not in the list
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every target name, base JSONs included.
     *
     * @return the names, sorted
     */
    public List<String> allNames() {
        return List.copyOf(new TreeSet<>(targets.keySet()));
    }

    /**
     * The Go packages the providers ship (machine, device/...).
     *
     * @return one root per provider that ships Go files, in provider order
     */
    public List<GoSourceRoot> goSourceRoots() {
        return goSourceRoots;
    }

    /**
     * Resolves a target name, or a path to a JSON file (anything ending in ".json" or
     * containing a path separator), into a spec with its inheritance applied.
     *
     * @param nameOrPath a target name such as {@code "microbit"}, or a JSON file's path
     * @return the target with everything it inherits merged in
     * @throws TargetException with a message for the user, naming the valid targets
     *     when the name is unknown
     */
    public TargetSpec resolve(String nameOrPath) throws TargetException {
        TargetJson json = new TargetJson(this::find);
        if (nameOrPath.endsWith(".json") || nameOrPath.contains("/") || nameOrPath.contains("\\")) {
            Path p = Path.of(nameOrPath);
            if (!Files.isRegularFile(p)) {
                throw new TargetException("target file not found: " + nameOrPath);
            }
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new TargetException("cannot read target file " + nameOrPath + ": " + e.getMessage());
            }
            String file = p.getFileName().toString();
            String name = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            Path dir = p.toAbsolutePath().getParent();
            return json.resolve(new TargetJson.Source(name, text, new TargetFile.OnDisk(dir, file)));
        }
        TargetJson.Source s = find(nameOrPath);
        if (s == null) {
            throw new TargetException("unknown target \"" + nameOrPath + "\"; valid targets: "
                    + String.join(", ", names()));
        }
        return json.resolve(s);
    }

    private TargetJson.Source find(String name) {
        Entry e = targets.get(name);
        if (e == null) {
            return null;
        }
        BoardProvider p = e.provider();
        String rel = "targets/" + name + ".json";
        try (InputStream in = p.classLoader().getResourceAsStream(p.resourceBase() + rel)) {
            if (in == null) {
                throw new IllegalStateException("board provider " + p.getClass().getName()
                        + " lists target " + name + " but has no " + p.resourceBase() + rel);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new TargetJson.Source(name, text, new TargetFile.Resource(p.classLoader(), p.resourceBase(), rel));
        } catch (IOException x) {
            throw new IllegalStateException("cannot read " + p.resourceBase() + rel, x);
        }
    }
}
