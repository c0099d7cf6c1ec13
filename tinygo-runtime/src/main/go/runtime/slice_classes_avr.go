//go:build avr

package runtime

// appendSizeClasses is false on AVR: there is no gc for it to agree with, and rounding
// arrays up to gc's allocation sizes would cost the Uno's 2 KiB of RAM (growCap).
const appendSizeClasses = false
