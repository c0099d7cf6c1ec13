package org.tinygo4j.frontend.loader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a go.mod file the loader needs: the module path, the go directive, the
 * requirements and the replacements (single lines and parenthesised blocks; comments,
 * quoted strings, exclude and retract are understood and skipped where unused).
 */
final class GoMod {
    String module;
    String go;
    final List<Modules.Version> requires = new ArrayList<>();
    final List<Replace> replaces = new ArrayList<>();

    /** replace oldPath [oldVersion] => newPath [newVersion]; newVersion null for a directory. */
    record Replace(String oldPath, String oldVersion, String newPath, String newVersion) {}

    private GoMod() {}

    static GoMod parse(String name, byte[] content) throws Modules.ModuleException {
        GoMod m = new GoMod();
        String block = null;
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // gc's lexer stops at the first character no token may hold (a binary file's first byte)
            int bad = unexpectedCharacter(lines[i]);
            need(bad < 0, name, i + 1, "unexpected input character " + quoteRune(bad));
        }
        for (int i = 0; i < lines.length; i++) {
            // a malformed byte decodes to U+FFFD; gc refuses the file (its module path: "malformed module path")
            need(lines[i].indexOf('\uFFFD') < 0 || validUtf8Line(content, i), name, i + 1, "invalid UTF-8");
        }
        for (int i = 0; i < lines.length; i++) {
            List<String> f = fields(lines[i], name, i + 1);
            if (f.isEmpty()) {
                continue;
            }
            if (block != null) {
                if (f.get(0).equals(")")) {
                    block = null;
                    continue;
                }
                m.directive(block, f, name, i + 1);
                continue;
            }
            if (f.size() == 2 && f.get(1).equals("(")) {
                block = f.get(0);
                continue;
            }
            m.directive(f.get(0), f.subList(1, f.size()), name, i + 1);
        }
        return m;
    }

    private void directive(String verb, List<String> args, String name, int line) throws Modules.ModuleException {
        switch (verb) {
            case "module" -> {
                need(args.size() == 1, name, line, "usage: module module/path");
                module = args.get(0);
            }
            case "go" -> {
                need(args.size() == 1, name, line, "usage: go 1.23");
                go = args.get(0);
            }
            case "require" -> {
                need(args.size() == 2, name, line, "usage: require module/path v1.2.3");
                requires.add(new Modules.Version(args.get(0), args.get(1)));
            }
            case "replace" -> {
                int arrow = args.indexOf("=>");
                need(arrow == 1 || arrow == 2, name, line, "usage: replace module/path [v1.2.3] => other/module v1.4\n"
                        + "\t or replace module/path [v1.2.3] => ../local/directory");
                String oldPath = args.get(0);
                String oldVersion = arrow == 2 ? args.get(1) : null;
                List<String> rhs = args.subList(arrow + 1, args.size());
                need(rhs.size() == 1 || rhs.size() == 2, name, line, "usage: replace module/path [v1.2.3] => other/module v1.4");
                String np = rhs.get(0);
                boolean local = np.startsWith("./") || np.startsWith("../") || np.startsWith("/") || np.equals(".")
                        || np.equals("..");
                if (rhs.size() == 1) {
                    need(local, name, line, "replacement module without version must be directory path (rooted or"
                            + " starting with ./ or ../)");
                    replaces.add(new Replace(oldPath, oldVersion, np, null));
                } else {
                    need(!local, name, line, "replacement module directory path \"" + np
                            + "\" cannot have version");
                    replaces.add(new Replace(oldPath, oldVersion, np, rhs.get(1)));
                }
            }
            default -> {
                // exclude, retract, toolchain and unknown verbs: nothing the loader needs
            }
        }
    }

    /**
     * The first character of a line, outside quoted strings and comments, that is neither
     * blank (space, tab, CR) nor printable as Go's unicode.IsPrint has it; -1 if none.
     */
    private static int unexpectedCharacter(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = (char) c;
            } else if (c == '/' && i < line.length() && line.charAt(i) == '/') {
                return -1;
            } else if (c != ' ' && c != '\t' && c != '\r' && !printable(c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }

    /** A rune as Go's %#q prints one that is not printable: '\x7f', '\u00a0', '\U0010ffff'. */
    private static String quoteRune(int c) {
        String body = switch (c) {
            case 7 -> "\\a";
            case 8 -> "\\b";
            case 12 -> "\\f";
            case 11 -> "\\v";
            default -> c < 0x80 ? String.format("\\x%02x", c)
                    : c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
        };
        return "'" + body + "'";
    }

    /** Whether line i (0-based) of content is valid UTF-8 (a U+FFFD written as such is). */
    private static boolean validUtf8Line(byte[] content, int i) {
        int start = 0;
        for (int n = 0; n < i; start++) {
            if (content[start] == '\n') {
                n++;
            }
        }
        int end = start;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content, start, end - start));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static void need(boolean ok, String name, int line, String msg) throws Modules.ModuleException {
        if (!ok) {
            throw new Modules.ModuleException(name + ":" + line + ": " + msg);
        }
    }

    /** The tokens of one line: words, quoted strings unquoted, "(" and ")" and "=>"; comments dropped. */
    private static List<String> fields(String line, String name, int n) throws Modules.ModuleException {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (line.startsWith("//", i)) {
                break;
            } else if (c == '"' || c == '`') {
                int end = line.indexOf(c, i + 1);
                if (end < 0) {
                    throw new Modules.ModuleException(name + ":" + n + ": unterminated quoted string");
                }
                out.add(line.substring(i + 1, end).replace("\\\"", "\""));
                i = end + 1;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '('
                        && line.charAt(i) != ')' && !line.startsWith("//", i)) {
                    i++;
                }
                out.add(line.substring(start, i));
            }
        }
        return out;
    }
}
