package files

import (
	"os"
	"testing"
)

var kept string

func TestTempDir(t *testing.T) {
	dir := t.TempDir()
	got, err := RoundTrip(dir, "a.txt", []byte("hello"))
	if err != nil || string(got) != "hello" {
		t.Fatalf("RoundTrip = %q, %v", got, err)
	}
	if other := t.TempDir(); other == dir {
		t.Errorf("two TempDir calls gave the same directory")
	}
	kept = dir
}

func TestTempDirRemoved(t *testing.T) {
	if kept == "" {
		t.Skip("TestTempDir did not run")
	}
	if _, err := os.Stat(kept); !os.IsNotExist(err) {
		t.Errorf("the TempDir of the finished test still exists: %v", err)
	}
}

func TestSetenv(t *testing.T) {
	t.Run("set", func(t *testing.T) {
		t.Setenv("TINYGO4J_FILES_TEST", "on")
		if v := os.Getenv("TINYGO4J_FILES_TEST"); v != "on" {
			t.Errorf("Getenv = %q", v)
		}
	})
	if _, ok := os.LookupEnv("TINYGO4J_FILES_TEST"); ok {
		t.Errorf("Setenv's variable outlived the subtest")
	}
}
