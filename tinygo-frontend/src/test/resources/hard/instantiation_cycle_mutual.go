package main

func f[T any]() { g[T]() }

func g[U any]() { f[[]U]() }

func main() { f[int]() }
