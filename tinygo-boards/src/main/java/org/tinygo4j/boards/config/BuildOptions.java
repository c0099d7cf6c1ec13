package org.tinygo4j.boards.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The build options of one compilation as the user gave them, before they meet a
 * target: TinyGo's -opt, -gc, -scheduler, -panic, -stack-size, -tags, -ldflags and
 * -debug. A null (or 0) field means "the target's default". Nothing is checked here;
 * {@link BuildConfig#resolve} checks the options against the target.
 *
 * @param opt           optimisation level: 0, 1, 2, s or z
 * @param gc            garbage collector, or null for the target's {@code gc}
 * @param scheduler     goroutine scheduler, or null for the target's {@code scheduler}
 * @param panic         panic strategy (print or trap), or null for print
 * @param stackSize     goroutine stack size in bytes, or 0 for the target's {@code default-stack-size}
 * @param tags          extra build tags
 * @param debug         keep debug information (symbols) in the image
 * @param linkerStrings the {@code -X importpath.name=value} settings of -ldflags, by "importpath.name"
 */
public record BuildOptions(String opt, String gc, String scheduler, String panic, long stackSize,
                           List<String> tags, boolean debug, Map<String, String> linkerStrings) {

    /**
     * Copies the tags and linker strings, so the options are immutable.
     *
     * @throws NullPointerException if opt is null
     */
    public BuildOptions {
        Objects.requireNonNull(opt, "opt");
        tags = List.copyOf(tags);
        linkerStrings = Map.copyOf(linkerStrings);
    }

    /** {@return -opt=z and the target's defaults for everything else} */
    public static BuildOptions defaults() {
        return new BuildOptions("z", null, null, null, 0, List.of(), false, Map.of());
    }

    /**
     * The {@code -X importpath.name=value} settings of an -ldflags string, in the forms
     * Go's linker takes ({@code -X a.b=c}, {@code -X=a.b=c}, {@code --X}, values quoted
     * with ' or " when they hold spaces). {@code -s} and {@code -w} (strip symbols and
     * DWARF) are accepted, as images are stripped unless -debug is given; any other
     * linker flag is an error rather than being ignored.
     *
     * @param ldflags the -ldflags value, e.g. {@code -X main.version=1.0 -s}
     * @return the settings by "importpath.name", in the order given (a later one for the
     *         same name wins)
     * @throws ConfigException for any other linker flag, or an -X without importpath.name=value
     */
    public static Map<String, String> parseLdflags(String ldflags) throws ConfigException {
        List<String> words = words(ldflags);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String flag = w.startsWith("--") ? w.substring(1) : w;
            String setting;
            if (flag.equals("-X")) {
                if (i + 1 >= words.size()) {
                    throw new ConfigException("invalid -ldflags: -X needs an argument importpath.name=value");
                }
                setting = words.get(++i);
            } else if (flag.startsWith("-X=")) {
                setting = flag.substring(3);
            } else if (flag.equals("-s") || flag.equals("-w")) {
                continue;
            } else {
                throw new ConfigException("invalid -ldflags: unsupported linker flag " + w
                        + " (only -X importpath.name=value, -s and -w are supported)");
            }
            int eq = setting.indexOf('=');
            int dot = eq < 0 ? -1 : setting.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0 || dot == eq - 1) {
                throw new ConfigException("invalid -ldflags: -X flag requires argument of the form importpath.name=value, got "
                        + setting);
            }
            out.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        return out;
    }

    /** Splits at blanks, honouring single and double quotes as a shell would (without escapes). */
    private static List<String> words(String s) throws ConfigException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur = cur == null ? new StringBuilder() : cur;
            } else if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
            } else {
                cur = cur == null ? new StringBuilder() : cur;
                cur.append(c);
            }
        }
        if (quote != 0) {
            throw new ConfigException("invalid -ldflags: unterminated " + quote + " quote");
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
