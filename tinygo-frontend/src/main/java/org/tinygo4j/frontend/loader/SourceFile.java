package org.tinygo4j.frontend.loader;

/**
 * One Go source file as a source root provides it: the path shown in diagnostics
 * (a file-system path, or a classpath-relative one) and its bytes.
 */
public record SourceFile(String displayPath, byte[] content) {
    /** The file's base name (after the last '/'). */
    public String name() {
        int i = displayPath.lastIndexOf('/');
        return i < 0 ? displayPath : displayPath.substring(i + 1);
    }
}
