package main

// beyond a binary exponent of 2^31 gc's float is infinite: malformed
var f = 1e1000000000

var g = 1e-1000000000

func main() { println(f, g) }
