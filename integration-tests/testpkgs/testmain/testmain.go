// Package testmain has a TestMain.
package testmain

var Ready bool
