//go:build baremetal && scheduler.tasks

package runtime

// otherTasksReady reports whether another goroutine can run now.
func otherTasksReady() bool {
	return runHead != nil
}
