// targets: host

// os/signal on the host: the program sends itself signals (syscall.Kill and
// Process.Signal) and receives them through Notify. Several channels and several
// signals per channel, a full channel that drops a signal, Stop, Ignore and Ignored,
// Reset, a signal caught after an Ignore, NotifyContext, and signals from a child
// process while every goroutine waits (the scheduler sleeps until one arrives). Every
// signal but SIGTERM is one that Go drops when nobody listens, and no step depends on
// when a signal arrives: each is received before the next is sent, and Stop waits for
// the delivery in progress.
package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

func kill(sig syscall.Signal) {
	if err := syscall.Kill(os.Getpid(), sig); err != nil {
		fmt.Println("kill:", err)
	}
}

func main() {
	sync := make(chan os.Signal, 1)
	signal.Notify(sync, syscall.SIGUSR1)
	full := make(chan os.Signal, 1)
	signal.Notify(full, syscall.SIGUSR1)
	for i := 0; i < 3; i++ {
		kill(syscall.SIGUSR1)
		fmt.Println(i, <-sync)
	}
	// full took the first signal and had no room for the other two
	signal.Stop(full)
	fmt.Println("full holds", len(full), <-full)
	kill(syscall.SIGUSR1)
	fmt.Println("after Stop:", <-sync, len(full))

	// one channel for two signals, and a signal sent as a Process method
	signal.Notify(sync, syscall.SIGUSR2)
	kill(syscall.SIGUSR2)
	fmt.Println("second signal:", <-sync)
	p, err := os.FindProcess(os.Getpid())
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := p.Signal(syscall.SIGUSR2); err != nil {
		fmt.Println("Signal:", err)
	}
	fmt.Println("Process.Signal:", <-sync)

	// after Reset, SIGUSR2 reaches no channel (and Go drops it)
	signal.Reset(syscall.SIGUSR2)
	kill(syscall.SIGUSR2)
	kill(syscall.SIGUSR1)
	fmt.Println("after Reset:", <-sync)

	// Ignore, then Notify again
	fmt.Println("ignored before:", signal.Ignored(syscall.SIGWINCH))
	signal.Ignore(syscall.SIGWINCH)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGWINCH), signal.Ignored(syscall.SIGUSR1))
	kill(syscall.SIGWINCH)
	signal.Notify(sync, syscall.SIGWINCH)
	fmt.Println("ignored after Notify:", signal.Ignored(syscall.SIGWINCH))
	kill(syscall.SIGWINCH)
	fmt.Println("after Ignore:", <-sync)
	signal.Ignore(syscall.SIGUSR2)
	signal.Reset(syscall.SIGUSR2)
	fmt.Println("ignored after Ignore and Reset:", signal.Ignored(syscall.SIGUSR2))

	// SIGTERM ends the program unless someone listens
	term := make(chan os.Signal, 1)
	signal.Notify(term, syscall.SIGTERM)
	kill(syscall.SIGTERM)
	fmt.Println("caught:", <-term)
	signal.Stop(term)

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGUSR2)
	fmt.Println("context before:", ctx.Err())
	kill(syscall.SIGUSR2)
	<-ctx.Done()
	fmt.Println("context after:", ctx.Err())
	stop()

	// from another process, while every goroutine waits: first with a timer pending,
	// then with none
	for _, timer := range []bool{true, false} {
		cmd := exec.Command("/bin/sh", "-c", "sleep 0.05; kill -USR1 "+strconv.Itoa(os.Getpid()))
		if err := cmd.Start(); err != nil {
			fmt.Println(err)
			return
		}
		if timer {
			select {
			case s := <-sync:
				fmt.Println("from a child, with a timer:", s)
			case <-time.After(time.Minute):
				fmt.Println("timed out")
			}
		} else {
			fmt.Println("from a child:", <-sync)
		}
		if err := cmd.Wait(); err != nil {
			fmt.Println(err)
		}
	}

	signal.Stop(sync)
	select {
	case s := <-sync:
		fmt.Println("left over:", s)
	default:
		fmt.Println("nothing left")
	}
}
