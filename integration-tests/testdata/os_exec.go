// targets: host

// Processes on the host, through os/exec and os.StartProcess: output and combined
// output, standard input, directory and environment, exit codes and their errors,
// signals, a context's cancellation, output larger than a pipe holds, and the errors
// of a missing program or directory. The other targets start no process (and wasi's
// package syscall, which os/exec needs, does not exist in Go 1.19).
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("echo: %q %v\n", out, err)

	cmd := exec.Command("sh", "-c", "echo out; echo err 1>&2; exit 3")
	out, err = cmd.CombinedOutput()
	fmt.Printf("combined: %q %v %d\n", out, err, cmd.ProcessState.ExitCode())
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		ws := ee.Sys().(syscall.WaitStatus)
		fmt.Println("exit error:", ee.ExitCode(), ee.Exited(), ee.Success(), ws.ExitStatus(), ws.Signaled())
	}

	cmd = exec.Command("cat")
	cmd.Stdin = strings.NewReader("from stdin\n")
	out, err = cmd.Output()
	fmt.Printf("stdin: %q %v\n", out, err)

	cmd = exec.Command("pwd")
	cmd.Dir = "/"
	out, err = cmd.Output()
	fmt.Printf("dir: %q %v\n", out, err)

	cmd = exec.Command("sh", "-c", "echo $FOO-$BAR")
	cmd.Env = []string{"FOO=bar"}
	out, err = cmd.Output()
	fmt.Printf("env: %q %v\n", out, err)

	// stdout and stderr apart, into buffers
	var so, se bytes.Buffer
	cmd = exec.Command("sh", "-c", "echo to-out; echo to-err >&2")
	cmd.Stdout, cmd.Stderr = &so, &se
	fmt.Println("apart:", cmd.Run(), strings.TrimSpace(so.String()), strings.TrimSpace(se.String()))

	// more output than a pipe holds (64 KB): the reader runs while Wait waits
	out, err = exec.Command("seq", "1", "30000").Output()
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	fmt.Println("large:", len(out), len(lines), lines[len(lines)-1], err)

	// a pipe read line by line
	cmd = exec.Command("sh", "-c", "for i in 1 2 3; do echo line $i; done")
	pipe, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		fmt.Println("start:", err)
	}
	buf := make([]byte, 100)
	n := 0
	for {
		m, err := pipe.Read(buf[n:])
		n += m
		if err != nil {
			break
		}
	}
	fmt.Printf("pipe: %q %v\n", buf[:n], cmd.Wait())

	_, err = exec.LookPath("no-such-command-here")
	fmt.Println("lookpath:", err, errors.Is(err, exec.ErrNotFound))
	err = exec.Command("/no/such/program").Run()
	fmt.Println("missing:", err, errors.Is(err, os.ErrNotExist))
	cmd = exec.Command("true")
	cmd.Dir = "/no/such/dir"
	fmt.Println("missing dir:", cmd.Run())
	err = exec.Command("/").Run()
	fmt.Println("not a program:", err)

	// signals
	cmd = exec.Command("sleep", "10")
	if err := cmd.Start(); err != nil {
		fmt.Println("start:", err)
	}
	fmt.Println("kill:", cmd.Process.Kill())
	err = cmd.Wait()
	fmt.Println("killed:", err, cmd.ProcessState.ExitCode(), cmd.ProcessState.Exited(), cmd.ProcessState.String())
	fmt.Println("again:", cmd.Process.Signal(os.Interrupt))
	cmd = exec.Command("sleep", "10")
	cmd.Start()
	cmd.Process.Signal(syscall.SIGTERM)
	fmt.Println("terminated:", cmd.Wait())
	// (not os.Interrupt: a process started in the background by a shell without job
	// control ignores SIGINT, and so, inheriting that, does the child)
	cmd = exec.Command("sleep", "10")
	cmd.Start()
	cmd.Process.Signal(os.Kill)
	fmt.Println("killed by Signal:", cmd.Wait())

	// a context's deadline kills the process
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err = exec.CommandContext(ctx, "sleep", "10").Run()
	fmt.Println("context:", err, ctx.Err())

	// os.StartProcess with its own files
	r, w, _ := os.Pipe()
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "echo via-start-process; exit 5"},
		&os.ProcAttr{Files: []*os.File{nil, w, os.Stderr}})
	if err != nil {
		fmt.Println("StartProcess:", err)
		return
	}
	w.Close()
	got := make([]byte, 64)
	k, _ := r.Read(got)
	st, err := p.Wait()
	fmt.Printf("start process: %q %v %v %d %v %v\n", got[:k], err, st, st.ExitCode(), st.Success(), st.Pid() == p.Pid)
	_, err = p.Wait()
	fmt.Println("second wait:", err)
	fmt.Println("released:", p.Release(), p.Signal(os.Kill))

	// a new process group, and a child that reads a descriptor moved to slot 3
	cmd = exec.Command("sh", "-c", "cat <&3")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	r2, w2, _ := os.Pipe()
	cmd.ExtraFiles = []*os.File{r2}
	w2.Write([]byte("extra file\n"))
	w2.Close()
	out, err = cmd.Output()
	fmt.Printf("extra: %q %v\n", out, err)
}
