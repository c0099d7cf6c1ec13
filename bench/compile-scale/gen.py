#!/usr/bin/env python3
"""Writes the generated programs of bench/compile-scale to a folder.

chainN.go:    N small functions, each doing a little arithmetic and calling the next.
nforN.go:     N nested for loops in main.
nfuncN.go:    N nested function literals, each called where it is written.
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


if __name__ == "__main__":
    folder = sys.argv[1]
    kinds = {"chain": chain, "nfor": nested_for, "nfunc": nested_func}
    for spec in sys.argv[2:]:
        kind, n = spec.split(":")
        with open(f"{folder}/{kind}{n}.go", "w") as f:
            f.write(kinds[kind](int(n)))
