#!/usr/bin/env python3
"""Writes the generated programs of bench/compile-scale to a folder.

chainN.go:    N small functions, each doing a little arithmetic and calling the next.
nforN.go:     N nested for loops in main.
nfuncN.go:    N nested function literals, each called where it is written.
maplitN.go:   a package-level map[int]int literal of N constant entries.
strmapN.go:   a map[string]int literal of N constant entries in main.
slicelitN.go: a []int literal of N constants in main.
lineN.go:     a package-level []byte literal of N elements on one line (2 bytes each).
Literals of N entries that are not all constants, in main:
ptrsliceN.go:   a []*int of the addresses of ten globals and of a local.
ifacesliceN.go: a []interface{} of ints, strings and floats.
funcmapN.go:    a map[string]func(int) int of declared functions and function literals.
structsliceN.go: a []T of structs holding an int, a string and a variable.
slicemapN.go:   a map[string][]int of small slice literals.
mixedN.go:      a []int of constants, a local variable and calls.
Every program prints one number, the same under gc and under us.
"""
import sys


def chain(n):
    out = ["package main", ""]
    for i in range(n):
        nxt = f"f{i + 1}(x*3 + {i % 7})" if i + 1 < n else "x"
        out += [f"func f{i}(x int) int {{", f"\tif x > 1000000 {{", f"\t\tx %= {i % 97 + 3}", "\t}",
                f"\treturn {nxt} + {i % 5}", "}", ""]
    out += ["func main() {", "\tprintln(f0(1))", "}"]
    return "\n".join(out) + "\n"


def nested_for(n):
    out = ["package main", "", "func main() {", "\ts := 0"]
    for k in range(n):
        out.append("\t" * (k + 1) + f"for i{k} := 0; i{k} < 1; i{k}++ {{")
    out.append("\t" * (n + 1) + "s++")
    for k in reversed(range(n)):
        out.append("\t" * (k + 1) + "}")
    out += ["\tprintln(s)", "}"]
    return "\n".join(out) + "\n"


def nested_func(n):
    out = ["package main", "", "func main() {", "\ts := 0"]
    for k in range(n):
        out.append("\t" * (k + 1) + "func() {")
    out.append("\t" * (n + 1) + "s++")
    for k in reversed(range(n)):
        out.append("\t" * (k + 1) + "}()")
    out += ["\tprintln(s)", "}"]
    return "\n".join(out) + "\n"


def map_literal(n):
    body = "".join(f"\t{i}: {i * 7 % 1000 + 1},\n" for i in range(n))
    return ("package main\n\nvar m = map[int]int{\n" + body + "}\n\nfunc main() {\n\ts := 0\n"
            "\tfor k, v := range m {\n\t\ts += k ^ v\n\t}\n\tprintln(len(m), s)\n}\n")


def string_map_literal(n):
    body = "".join(f'\t\t"k{i}": {i},\n' for i in range(n))
    return ("package main\n\nfunc main() {\n\tm := map[string]int{\n" + body + "\t}\n\ts := 0\n"
            "\tfor k, v := range m {\n\t\ts += len(k) + v\n\t}\n\tprintln(len(m), s)\n}\n")


def slice_literal(n):
    body = "".join(f"\t\t{i * 3 % 1000},\n" for i in range(n))
    return ("package main\n\nfunc main() {\n\ts := []int{\n" + body + "\t}\n\tt := 0\n"
            "\tfor _, v := range s {\n\t\tt += v\n\t}\n\tprintln(len(s), t)\n}\n")


def long_line(n):
    return ("package main\n\nvar b = []byte{" + "1," * n + "}\n\nfunc main() {\n\tt := 0\n"
            "\tfor _, v := range b {\n\t\tt += int(v)\n\t}\n\tprintln(len(b), t)\n}\n")


def ptr_slice(n):
    gl = "".join(f"var g{j} = {j + 1}\n" for j in range(10))
    body = "".join(f"\t\t&g{i % 10},\n" if i % 7 else "\t\t&x,\n" for i in range(n))
    return ("package main\n\n" + gl + "\nfunc main() {\n\tx := 100\n\ts := []*int{\n" + body + "\t}\n"
            "\tx = 1000\n\tt := 0\n\tfor _, p := range s {\n\t\tt += *p\n\t}\n\tprintln(len(s), t)\n}\n")


def iface_slice(n):
    vals = lambda i: f"{i}" if i % 3 == 0 else (f'"s{i % 100}"' if i % 3 == 1 else f"{i % 50}.5")
    body = "".join(f"\t\t{vals(i)},\n" for i in range(n))
    return ("package main\n\nfunc main() {\n\ts := []interface{}{\n" + body + "\t}\n\tt := 0.0\n"
            "\tfor _, v := range s {\n\t\tswitch v := v.(type) {\n\t\tcase int:\n\t\t\tt += float64(v)\n"
            "\t\tcase string:\n\t\t\tt += float64(len(v))\n\t\tcase float64:\n\t\t\tt += v\n\t\t}\n\t}\n"
            "\tprintln(len(s), int64(t))\n}\n")


def func_map(n):
    fs = "".join(f"func f{j}(x int) int {{ return x*{j + 2} + {j} }}\n" for j in range(10))
    val = lambda i: f"f{i % 10}" if i % 5 else f"func(x int) int {{ return x + {i % 97} + k }}"
    body = "".join(f'\t\t"k{i}": {val(i)},\n' for i in range(n))
    return ("package main\n\n" + fs + "\nfunc main() {\n\tk := 3\n\tm := map[string]func(int) int{\n" + body
            + "\t}\n\tt := 0\n\tfor key, f := range m {\n\t\tt += f(len(key))\n\t}\n\tprintln(len(m), t)\n}\n")


def struct_slice(n):
    body = "".join(f'\t\t{{{i}, "n{i % 100}", {"v" if i % 4 == 0 else i % 9}}},\n' for i in range(n))
    return ("package main\n\ntype T struct {\n\tA int\n\tS string\n\tB int\n}\n\nfunc main() {\n\tv := 5\n"
            "\ts := []T{\n" + body + "\t}\n\tt := 0\n\tfor _, e := range s {\n\t\tt += e.A + len(e.S) + e.B\n"
            "\t}\n\tprintln(len(s), t)\n}\n")


def slice_map(n):
    body = "".join(f'\t\t"k{i}": {{{i % 10}, {i % 7}}},\n' for i in range(n))
    return ("package main\n\nfunc main() {\n\tm := map[string][]int{\n" + body + "\t}\n\tt := 0\n"
            "\tfor k, v := range m {\n\t\tt += len(k) + v[0] + v[1]\n\t}\n\tprintln(len(m), t)\n}\n")


def mixed(n):
    val = lambda i: "x" if i % 5 == 0 else (f"f({i % 13})" if i % 5 == 1 else f"{i % 1000}")
    body = "".join(f"\t\t{val(i)},\n" for i in range(n))
    return ("package main\n\nfunc f(i int) int {\n\treturn i*2 + i%3\n}\n\n"
            "func main() {\n\tx := len(\"abc\")\n\ts := []int{\n" + body + "\t}\n\tt := 0\n"
            "\tfor _, v := range s {\n\t\tt += v\n\t}\n\tprintln(len(s), t)\n}\n")


if __name__ == "__main__":
    folder = sys.argv[1]
    kinds = {"chain": chain, "nfor": nested_for, "nfunc": nested_func, "maplit": map_literal,
             "strmap": string_map_literal, "slicelit": slice_literal, "line": long_line,
             "ptrslice": ptr_slice, "ifaceslice": iface_slice, "funcmap": func_map, "structslice": struct_slice,
             "slicemap": slice_map, "mixed": mixed}
    for spec in sys.argv[2:]:
        kind, n = spec.split(":")
        with open(f"{folder}/{kind}{n}.go", "w") as f:
            f.write(kinds[kind](int(n)))
