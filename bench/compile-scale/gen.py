#!/usr/bin/env python3
"""Writes the generated programs of bench/compile-scale to a folder.

chainN.go:    N small functions, each doing a little arithmetic and calling the next.
nforN.go:     N nested for loops in main.
nfuncN.go:    N nested function literals, each called where it is written.
maplitN.go:   a package-level map[int]int literal of N constant entries.
strmapN.go:   a map[string]int literal of N constant entries in main.
slicelitN.go: a []int literal of N constants in main.
lineN.go:     a package-level []byte literal of N elements on one line (2 bytes each).
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


if __name__ == "__main__":
    folder = sys.argv[1]
    kinds = {"chain": chain, "nfor": nested_for, "nfunc": nested_func, "maplit": map_literal,
             "strmap": string_map_literal, "slicelit": slice_literal, "line": long_line}
    for spec in sys.argv[2:]:
        kind, n = spec.split(":")
        with open(f"{folder}/{kind}{n}.go", "w") as f:
            f.write(kinds[kind](int(n)))
