//go:build gc.conservative && !scheduler.tasks

package runtime

// Without a scheduler there is one stack, the one the program started on.
func gcMarkStacks(sp uintptr) {
	gcMarkStack(sp, mainStackTop())
}
