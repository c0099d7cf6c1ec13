package main

// Writing to a nil map panics with Go's message (after the reads, which are fine).

type config struct {
	settings map[string]string
}

func main() {
	var c config
	println(c.settings["mode"] == "", len(c.settings))
	c.settings["mode"] = "fast"
	println("not reached")
}
