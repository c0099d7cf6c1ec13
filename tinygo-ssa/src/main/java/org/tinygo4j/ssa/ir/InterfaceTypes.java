package org.tinygo4j.ssa.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Var;

/**
 * The concrete types a program converts to interfaces: the only types that get a type
 * descriptor (typecode). For each, the keys of every method in its method set (to
 * decide at compile time which types implement an interface) and the functions of the
 * methods that some interface call can reach (only those are built). A method is
 * identified across types by its key: name (qualified by package when unexported)
 * and parameter and result types.
 */
public final class InterfaceTypes {

    /** One concrete type: its method keys, and the functions built for the invoked ones. */
    public static final class Entry {
        private final Type type;
        private final Set<String> methodKeys;
        private final Map<String, Function> methods = new LinkedHashMap<>();
        private List<Func> methodSet = List.of();
        private List<Function> methodFunctions = List.of();

        Entry(Type type, Set<String> methodKeys) {
            this.type = type;
            this.methodKeys = methodKeys;
        }

        public Type type() {
            return type;
        }

        public Set<String> methodKeys() {
            return methodKeys;
        }

        /**
         * The methods of the type's method set sorted by name (their receivers are
         * the declaring types'); recorded only for programs with reflect's descriptors.
         */
        public List<Func> methodSet() {
            return methodSet;
        }

        public void setMethodSet(List<Func> set) {
            methodSet = List.copyOf(set);
        }

        /**
         * Parallel to {@link #methodSet}: for each exported method, a function taking
         * the receiver (of this type) first and a context last, as a func value's code
         * (null for unexported methods); empty unless the program calls methods
         * through reflect.
         */
        public List<Function> methodFunctions() {
            return methodFunctions;
        }

        public void setMethodFunctions(List<Function> fns) {
            methodFunctions = java.util.Collections.unmodifiableList(new ArrayList<>(fns));
        }

        /** key -> function whose first parameter is the receiver (this type, or its element for *T). */
        public Map<String, Function> methods() {
            return methods;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> invoked = new LinkedHashSet<>();

    public List<Entry> entries() {
        return entries;
    }

    /** The entry of a type identical to t, or null. */
    public Entry find(Type t) {
        for (Entry e : entries) {
            if (Types.identical(e.type, t)) {
                return e;
            }
        }
        return null;
    }

    /** Records t (once) with the keys of its method set; returns its entry. */
    public Entry add(Type t, Set<String> keys) {
        Entry e = find(t);
        if (e == null) {
            e = new Entry(t, keys);
            entries.add(e);
        }
        return e;
    }

    /** Method keys called through interfaces somewhere in the program. */
    public Set<String> invoked() {
        return invoked;
    }

    /** The key of a method (interface or concrete): name, package for unexported names, signature types. */
    public static String methodKey(Func m) {
        StringBuilder sb = new StringBuilder();
        if (!Character.isUpperCase(m.name().codePointAt(0)) && m.pkg() != null) {
            sb.append(m.pkg().path()).append('.');
        }
        sb.append(m.name());
        Signature s = m.signature();
        sb.append('(');
        appendTypes(sb, s.params().vars());
        sb.append(s.variadic() ? "...)" : ")");
        sb.append('(');
        appendTypes(sb, s.results().vars());
        return sb.append(')').toString();
    }

    private static final java.util.regex.Pattern ALIASES = java.util.regex.Pattern.compile("(?<![\\w.])(byte|rune)\\b");

    private static void appendTypes(StringBuilder sb, List<Var> vars) {
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            // byte and rune are aliases: they must not make identical signatures differ
            sb.append(ALIASES.matcher(Types.typeString(vars.get(i).type())).replaceAll(
                    r -> r.group().equals("byte") ? "uint8" : "int32"));
        }
    }
}
