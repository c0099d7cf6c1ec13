package main

func f[T any](x T) {
	f(&x)
}

func main() { f(1) }
