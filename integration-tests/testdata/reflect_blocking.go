// targets: host wasi wasm cortex-m-qemu microbit

// Functions that block, called through reflect: Value.Call of a function and of a
// method Value that sleep and use channels, a method Value made into a func and
// started as a goroutine, and a MakeFunc'd function that blocks, called directly, as a
// goroutine and deferred. On WebAssembly these are coroutines called by reflect's
// plain code (the goroutine waits in place).
package main

import (
	"fmt"
	"reflect"
	"time"
)

type T struct{ name string }

func (t *T) Send(c chan string, n int) int {
	time.Sleep(time.Duration(n) * time.Millisecond)
	c <- fmt.Sprint(t.name, " sent after ", n, " ms")
	return n * 2
}

func relay(in, out chan int) {
	out <- <-in + 1
}

func main() {
	c := make(chan string, 4)
	t := &T{"t"}
	out := reflect.ValueOf(t).MethodByName("Send").Call([]reflect.Value{reflect.ValueOf(c), reflect.ValueOf(5)})
	fmt.Println(<-c, out[0].Int())

	in, res := make(chan int), make(chan int, 1)
	go func() { in <- 41 }()
	reflect.ValueOf(relay).Call([]reflect.Value{reflect.ValueOf(in), reflect.ValueOf(res)})
	fmt.Println("relayed", <-res)

	send := reflect.ValueOf(t).MethodByName("Send").Interface().(func(chan string, int) int)
	go send(c, 10)
	fmt.Println(<-c)
	fmt.Println(send(c, 1), <-c)

	ping := make(chan int)
	waiter := reflect.MakeFunc(reflect.TypeOf((func(int) int)(nil)), func(args []reflect.Value) []reflect.Value {
		v := <-ping
		time.Sleep(time.Millisecond)
		return []reflect.Value{reflect.ValueOf(v + int(args[0].Int()))}
	}).Interface().(func(int) int)
	go func() {
		ping <- 1
		ping <- 2
		ping <- 3
	}()
	fmt.Println("made", waiter(10))
	done := make(chan int)
	go func() { done <- waiter(20) }()
	fmt.Println("made in a goroutine", <-done)
	func() {
		defer waiter(30)
		fmt.Println("deferring a blocking made func")
	}()
	fmt.Println("done")
}
