// targets: host wasi cortex-m-qemu microbit

// log's Lshortfile flag prints the file and line of the logging call (log asks
// runtime.Caller for them), also from a helper through Output's call depth, from a
// method and from a function literal. Not on the Uno: fmt, log and the call-site
// table together outgrow its RAM.
package main

import (
	"log"
	"os"
)

type server struct{ l *log.Logger }

func (s *server) handle(path string) {
	s.l.Printf("handling %s", path)
}

func logHere(msg string) {
	log.Output(2, msg) // reported at the caller's line
}

func main() {
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	log.Println("first")
	log.Printf("second %d", 2)
	logHere("from a helper")
	s := &server{l: log.New(os.Stdout, "srv: ", log.Lshortfile|log.Lmsgprefix)}
	s.handle("/index")
	func() {
		log.Print("in a literal")
	}()
}
