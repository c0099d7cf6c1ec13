// targets: host wasi wasm cortex-m-qemu microbit

// Declared functions that block (a channel receive from a goroutine), called through a
// slice and a map literal of more than 25 function values: the values are static data,
// so the analysis of which calls may block must find them there (on the targets whose
// goroutines are coroutines). The Uno runs out of memory on the maps, before and after
// the static data (its table alone runs).

package main

var ch = make(chan int)

func wait(x int) int { return <-ch + x }
func add1(x int) int { return x + 1 }

func table() []func(int) int {
	return []func(int) int{
		add1, add1, add1, add1, add1, add1, add1, add1, add1, add1, add1, add1, add1,
		add1, add1, add1, add1, add1, add1, add1, add1, add1, add1, add1, add1, wait,
	}
}

func byName() map[int8]func(int) int {
	return map[int8]func(int) int{
		0: add1, 1: add1, 2: add1, 3: add1, 4: add1, 5: add1, 6: add1,
		7: add1, 8: add1, 9: add1, 10: add1, 11: add1, 12: add1, 13: add1,
		14: add1, 15: add1, 16: add1, 17: add1, 18: add1, 19: add1, 20: add1,
		21: add1, 22: add1, 23: add1, 24: add1, 25: wait,
	}
}

func main() {
	go func() {
		for i := 1; i <= 2; i++ {
			ch <- 100 * i
		}
	}()
	t := 0
	for i, f := range table() {
		t += f(i)
	}
	println(t)
	println(byName()[25](5), byName()[0](5))
}
