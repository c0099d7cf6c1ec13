//go:build !avr

package runtime

// appendSizeClasses: append rounds a grown array up to gc's allocation sizes (growCap).
const appendSizeClasses = true
