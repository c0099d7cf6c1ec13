package main

// runs of bytes that are not UTF-8: gc reports one per line
var s = "ÿþaýü û"

// ÿþý
func main() { println(s) }
