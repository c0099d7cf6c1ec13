package main

import "os"
import "os"

var main = 1
func init() int { return 1 }
func f()
func f() {}
type T struct{}
func (T) m() {}
func (T) m() {}
func (x *int) n() {}
var _ = init
