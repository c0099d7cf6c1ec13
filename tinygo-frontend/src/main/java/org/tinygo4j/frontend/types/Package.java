package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.File;

/**
 * A Go package: import path, name, package scope, the files it was checked from and
 * the packages it imports. Filled in by the loader and checker, read-only afterwards.
 */
public final class Package {
    private final String path;
    private String name;
    private final Scope scope;
    private final List<File> files = new ArrayList<>();
    private final List<Package> imports = new ArrayList<>();

    public Package(String path, String name, Scope universe) {
        this.path = path;
        this.name = name;
        this.scope = new Scope(universe, "package " + path);
    }

    public String path() {
        return path;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Scope scope() {
        return scope;
    }

    public List<File> files() {
        return files;
    }

    public List<Package> imports() {
        return imports;
    }

    @Override
    public String toString() {
        return "package " + path;
    }
}
