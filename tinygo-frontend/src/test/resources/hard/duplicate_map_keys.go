package main

// duplicate keys across representations: 1 and 1.0, 0.5 and 1.0/2, and in an
// interface-keyed map only values of the same type
var f = map[float64]int{1: 1, 1.0: 2, 0.5: 3, 1.0 / 2: 4, 2.5: 5}
var c = map[complex128]int{1: 1, 1 + 0i: 2, 1i: 3, 0 + 1i: 4}
var s = map[string]int{"a": 1, "b": 2, "a": 3}
var i = map[interface{}]int{1: 1, 1.0: 2, int8(1): 3, int8(1): 4, "1": 5}

func main() { println(len(f), len(c), len(s), len(i)) }
