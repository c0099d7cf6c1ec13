package main

const big = 1e600000000

const tiny = 1e-1000000000

func main() { println(big/big == 1, tiny == 0) }
