package greet

import "testing"

func TestHello(t *testing.T) {
	if got, want := Hello("go"), "hello, GO!"; got != want {
		t.Errorf("Hello(%q) = %q, want %q", "go", got, want)
	}
}

func TestSquares(t *testing.T) {
	s := Squares(4)
	if len(s) != 4 || s[3] != 16 {
		t.Errorf("Squares(4) = %v", s)
	}
}
