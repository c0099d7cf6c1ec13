// targets: host wasi cortex-m-qemu microbit

// Go's context, compiled from the GOROOT: Background, WithValue, WithCancel and
// WithTimeout (it keeps its children in a map keyed by an interface type).
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	ctx := context.Background()
	fmt.Println(ctx)
	ctx2 := context.WithValue(ctx, key("a"), 42)
	fmt.Println(ctx2.Value(key("a")), ctx2.Value(key("b")))
	c3, cancel := context.WithCancel(ctx2)
	cancel()
	<-c3.Done()
	fmt.Println(c3.Err(), errors.Is(c3.Err(), context.Canceled))
	c4, cancel4 := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel4()
	<-c4.Done()
	fmt.Println(c4.Err())
}
