// Package notests has no test files.
package notests

// X is exported.
const X = 1
