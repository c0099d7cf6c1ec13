//go:build gc.conservative && scheduler.tasks

package runtime

// The stacks the collector scans under the tasks scheduler: the running goroutine's
// from sp (below its saved registers) to the top of its stack, and every other
// goroutine's from the stack pointer its last switch saved (with its callee-saved
// registers just above it) to the top; finished goroutines' not at all. In a program without go statements allTasks is
// never set, so the optimiser drops the rest, and mainTask with it.
func gcMarkStacks(sp uintptr) {
	if allTasks == nil {
		gcMarkStack(sp, mainStackTop())
		return
	}
	t := current()
	if t == &mainTask {
		gcMarkStack(sp, mainStackTop())
	} else {
		gcMarkStack(sp, t.top())
		gcMarkStack(mainTask.sp, mainStackTop())
	}
	for o := allTasks; o != nil; o = o.all {
		if o != t && o.sp != 0 && !o.sched.dead {
			gcMarkStack(o.sp, o.top())
		}
	}
}
