package main

type T [len(*new(T))]int

func main() {}
