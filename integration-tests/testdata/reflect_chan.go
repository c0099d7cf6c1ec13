// targets: host wasi wasm cortex-m-qemu microbit

package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

type T struct {
	A int
	b chan int
}

func main() {
	ct := reflect.TypeOf(make(chan int))
	c := reflect.MakeChan(ct, 2)
	fmt.Println(c.Type(), c.Len(), c.Cap())
	c.Send(reflect.ValueOf(1))
	fmt.Println("trysend", c.TrySend(reflect.ValueOf(2)), c.TrySend(reflect.ValueOf(3)), c.Len())
	x, ok := c.Recv()
	fmt.Println("recv", x, ok, x.Type())
	x, ok = c.TryRecv()
	fmt.Println("tryrecv", x, ok)
	x, ok = c.TryRecv()
	fmt.Println("tryrecv empty", x.IsValid(), ok)
	ch := c.Interface().(chan int)
	ch <- 7
	x, ok = c.Recv()
	fmt.Println("from compiled send", x.Int(), ok)
	c.Send(reflect.ValueOf(8))
	fmt.Println("compiled recv", <-ch)

	// goroutines blocking in reflect Send and Recv (unbuffered)
	u := reflect.MakeChan(reflect.TypeOf(make(chan string)), 0)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			v, ok := u.Recv()
			fmt.Println("goroutine got", v, ok)
		}
		v, ok := u.Recv()
		fmt.Println("goroutine after close", v.String() == "", ok)
		done <- true
	}()
	u.Send(reflect.ValueOf("a"))
	u.Send(reflect.ValueOf("b"))
	u.Interface().(chan string) <- "c"
	u.Close()
	<-done

	// a goroutine blocks in Send until main receives
	s := reflect.MakeChan(reflect.TypeOf(make(chan int)), 0)
	go func() {
		s.Send(reflect.ValueOf(42))
		done <- true
	}()
	v, _ := s.Recv()
	fmt.Println("main got", v)
	fmt.Println("sender resumed", <-done)

	// closed channel
	cl := reflect.MakeChan(ct, 1)
	cl.Send(reflect.ValueOf(5))
	cl.Close()
	x, ok = cl.Recv()
	fmt.Println("closed buffered", x, ok)
	x, ok = cl.Recv()
	fmt.Println("closed empty", x, ok)
	x, ok = cl.TryRecv()
	fmt.Println("closed tryrecv", x, ok)
	try("send closed", func() { cl.Send(reflect.ValueOf(1)) })
	try("trysend closed", func() { cl.TrySend(reflect.ValueOf(1)) })
	try("close closed", func() { cl.Close() })

	// nil channels
	nc := reflect.ValueOf((chan int)(nil))
	fmt.Println("nil trysend", nc.TrySend(reflect.ValueOf(1)))
	x, ok = nc.TryRecv()
	fmt.Println("nil tryrecv", x.IsValid(), ok)
	try("close nil", func() { nc.Close() })

	// directions
	var ro <-chan int = make(chan int, 1)
	var so chan<- int = make(chan int, 1)
	try("send recv-only", func() { reflect.ValueOf(ro).Send(reflect.ValueOf(1)) })
	try("recv send-only", func() { reflect.ValueOf(so).Recv() })
	try("close recv-only", func() { reflect.ValueOf(ro).Close() })
	x, ok = reflect.ValueOf(ro).TryRecv()
	fmt.Println("recv-only closed", x, ok)
	reflect.ValueOf(so).Send(reflect.ValueOf(9))
	reflect.ValueOf(so).Close()
	fmt.Println("send-only ok", reflect.ValueOf(so).Len())

	// wrong kinds and types
	try("send on int", func() { reflect.ValueOf(1).Send(reflect.ValueOf(1)) })
	try("recv on int", func() { reflect.ValueOf(1).Recv() })
	try("trysend on string", func() { reflect.ValueOf("x").TrySend(reflect.ValueOf(1)) })
	try("tryrecv zero", func() { reflect.Value{}.TryRecv() })
	try("close on slice", func() { reflect.ValueOf([]int{}).Close() })
	try("send string on chan int", func() { c.Send(reflect.ValueOf("s")) })
	try("unexported", func() { reflect.ValueOf(T{b: make(chan int, 1)}).Field(1).Send(reflect.ValueOf(1)) })
	try("unexported value", func() {
		c.Send(reflect.ValueOf(T{A: 3}).Field(0))
		fmt.Println("sent field A")
		c.Send(reflect.ValueOf(struct{ a int }{4}).Field(0))
	})
	x, _ = c.Recv()
	fmt.Println("got", x)

	// MakeChan panics
	try("makechan int", func() { reflect.MakeChan(reflect.TypeOf(1), 0) })
	try("makechan negative", func() { reflect.MakeChan(ct, -1) })
	try("makechan recv-only", func() { reflect.MakeChan(reflect.TypeOf(ro), 0) })

	// interface elements
	ic := reflect.MakeChan(reflect.TypeOf(make(chan any)), 1)
	ic.Send(reflect.ValueOf(3.5))
	x, _ = ic.Recv()
	fmt.Println("interface elem", x.Kind(), x.Elem().Kind(), x.Elem())
	ic.Send(reflect.Zero(reflect.TypeOf((*error)(nil)).Elem()))
	x, _ = ic.Recv()
	fmt.Println("nil interface", x.IsNil())

	// struct elements
	sc := reflect.MakeChan(reflect.TypeOf(make(chan T)), 1)
	sc.Send(reflect.ValueOf(T{A: 11}))
	x, _ = sc.Recv()
	fmt.Println("struct elem", x.Field(0), x.Interface().(T).A)
}
