package main

const banner = "multi-file package"

var ticks int

func tick() {
	ticks++
}
