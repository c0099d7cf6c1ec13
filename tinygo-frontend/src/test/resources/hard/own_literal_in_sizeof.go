package main

import "unsafe"

type T [unsafe.Sizeof(T{})]int

func main() {}
