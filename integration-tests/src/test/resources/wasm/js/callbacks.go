package main

import (
	"fmt"
	"syscall/js"
	"time"
)

func main() {
	g := js.Global()

	// a Go function called synchronously by JavaScript, with this and arguments
	add := js.FuncOf(func(this js.Value, args []js.Value) any {
		return args[0].Int() + args[1].Int()
	})
	fmt.Println("add:", add.Invoke(20, 22).Int())

	// JavaScript calling Go for every element
	double := js.FuncOf(func(this js.Value, args []js.Value) any {
		return args[0].Int() * 2
	})
	arr := js.ValueOf([]any{1, 2, 3})
	fmt.Println("map:", arr.Call("map", double).Call("join", ",").String())

	obj := g.Get("Object").New()
	obj.Set("label", "box")
	obj.Set("describe", js.FuncOf(func(this js.Value, args []js.Value) any {
		return "I am " + this.Get("label").String()
	}))
	fmt.Println("method:", obj.Call("describe").String())

	// a callback from a timer that blocks until main receives
	ch := make(chan string)
	wait := js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- "timer " + args[0].String()
		return nil
	})
	g.Call("setTimeout", wait, 5, "fired")
	fmt.Println(<-ch)

	// a promise awaited by a goroutine: its then-callback sends on a channel
	done := make(chan bool)
	go func() {
		res := make(chan js.Value, 1)
		then := js.FuncOf(func(this js.Value, args []js.Value) any {
			res <- args[0]
			return nil
		})
		p := g.Get("Promise").Call("resolve", 41)
		p.Call("then", then)
		v := <-res
		fmt.Println("promise:", v.Int()+1)
		then.Release()
		done <- true
	}()
	<-done

	// a promise made by Go, resolved later from a goroutine, awaited by JavaScript's then
	var resolve js.Value
	executor := js.FuncOf(func(this js.Value, args []js.Value) any {
		resolve = args[0]
		return nil
	})
	p := g.Get("Promise").New(executor)
	got := make(chan string)
	p.Call("then", js.FuncOf(func(this js.Value, args []js.Value) any {
		got <- "resolved with " + args[0].String()
		return nil
	}))
	go func() {
		time.Sleep(2 * time.Millisecond)
		resolve.Invoke("go")
	}()
	fmt.Println(<-got)

	// the main goroutine sleeps while timers and callbacks go on
	ticks := 0
	tick := js.FuncOf(func(this js.Value, args []js.Value) any {
		ticks++
		return nil
	})
	id := g.Call("setInterval", tick, 1)
	for ticks < 3 {
		time.Sleep(2 * time.Millisecond)
	}
	g.Call("clearInterval", id)
	fmt.Println("ticks >= 3:", ticks >= 3)
	add.Release()
	fmt.Println("done")
}
