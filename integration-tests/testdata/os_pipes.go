// targets: host

// Pipes do not stop the other goroutines: a child that fills its stderr pipe before
// it writes to stdout (os/exec reads the two in two goroutines), a child fed more
// standard input than a pipe holds while its output is read, and a goroutine reading
// an os.Pipe while another goroutine writes to it in pieces, with a ticker running.
// Where a read of an empty pipe blocked the whole program, each of these hung.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

func main() {
	// 200,000 bytes to stderr first: Output keeps the start and end of stderr for
	// its error, and reads stdout in another goroutine
	cmd := exec.Command("sh", "-c", "head -c 200000 /dev/zero | tr '\\0' e >&2; echo done; exit 1")
	out, err := cmd.Output()
	fmt.Printf("stdout %q, err %v\n", out, err)
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println("stderr kept:", len(ee.Stderr) > 0, len(ee.Stderr) < 200000)
	}

	// 300,000 bytes in through stdin while the output comes back through stdout
	input := strings.Repeat("line of input\n", 300000/14)
	cmd = exec.Command("cat")
	cmd.Stdin = strings.NewReader(input)
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println("cat:", cmd.Run(), buf.Len() == len(input), buf.String() == input)

	// an os.Pipe between two goroutines, the writer pausing between lines
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			fmt.Fprintf(w, "message %d\n", i)
			time.Sleep(2 * time.Millisecond)
		}
		w.Close()
	}()
	var ticks sync.WaitGroup
	ticks.Add(1)
	go func() {
		defer ticks.Done()
		t := time.NewTicker(time.Millisecond)
		for i := 0; i < 3; i++ {
			<-t.C
		}
		t.Stop()
	}()
	s := bufio.NewScanner(r)
	for s.Scan() {
		fmt.Println("read:", s.Text())
	}
	fmt.Println("scan:", s.Err())
	wg.Wait()
	ticks.Wait()
	n, err := r.Read(make([]byte, 1))
	fmt.Println("after close:", n, err, err == io.EOF)
	r.Close()
}
