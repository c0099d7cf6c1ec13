package main

type C interface{ ~int | ~string }

var x C
var y comparable
var z []comparable
var w interface{ comparable }
func f(c C) {}

func main() {}
