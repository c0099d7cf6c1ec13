//go:build baremetal && !scheduler.tasks

package runtime

// otherTasksReady: without the tasks scheduler no other goroutine runs while one waits.
func otherTasksReady() bool {
	return false
}
