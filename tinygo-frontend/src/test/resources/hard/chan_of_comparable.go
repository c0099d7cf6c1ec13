package main
func main() { c := make(chan comparable, 1); _ = c }
