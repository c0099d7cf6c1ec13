package main

func f[T any]() { f[T]() }

type L[T any] struct{ next *L[T] }

func main() { f[int](); var l L[int]; _ = l }
