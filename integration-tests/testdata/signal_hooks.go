// targets: host wasi wasm cortex-m-qemu microbit

// os/signal without any signal delivered: Notify, Stop, Ignore, Ignored, Reset and
// NotifyContext's stop. The chips and WebAssembly have no signals, but programs that
// ask for Ctrl-C build and run there; Ignored reports what the program asked for. Not
// on the Arduino Uno: os/signal's table of handlers alone takes a quarter of its 2 KB
// of RAM, and no program using the package fits.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	fmt.Println("notified, ignored:", signal.Ignored(syscall.SIGTERM))
	signal.Ignore(syscall.SIGQUIT)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGQUIT), signal.Ignored(syscall.SIGTERM))
	signal.Stop(c)
	signal.Reset(syscall.SIGQUIT)
	fmt.Println("after Reset, still ignored:", signal.Ignored(syscall.SIGQUIT))
	signal.Notify(c, syscall.SIGQUIT, syscall.SIGTERM)
	fmt.Println("notified again, ignored:", signal.Ignored(syscall.SIGQUIT))
	signal.Reset()
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	default:
		fmt.Println("no signal")
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	fmt.Println("context:", ctx.Err())
	stop()
	fmt.Println("after stop:", ctx.Err())
}
