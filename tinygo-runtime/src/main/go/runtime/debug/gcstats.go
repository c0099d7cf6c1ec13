package debug

// Statistics of the garbage collector, as far as ours keeps them: it counts its
// collections but reads no clock, so every pause is recorded as zero long and as having
// ended at the Unix epoch (where gc's LastGC is before its first collection).

import "time"

// GCStats describes the latest collections: when the last one ended, how many ran,
// their pauses in total and one by one (the latest first), when each pause ended, and
// quantiles of the pauses.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// pauseHistory is how many pauses ReadGCStats reports at most (gc's 256).
const pauseHistory = 256

// ReadGCStats reads statistics about garbage collection into stats. Pause and PauseEnd
// get an entry per collection, the last pauseHistory at most, reusing their arrays
// where they are large enough; a non-empty PauseQuantiles is filled with quantiles of
// the pauses (for five: minimum, 25%, 50%, 75% and maximum). Our collector keeps no
// times, so the pauses are zero, their ends and LastGC the Unix epoch, and PauseTotal
// zero; NumGC counts the collections, those of runtime.GC included. The collectors
// that free nothing (gc=leaking, gc=none) never collect, so NumGC stays 0.
func ReadGCStats(stats *GCStats) {
	count := numGC()
	epoch := time.Unix(0, 0)
	stats.LastGC = epoch
	stats.NumGC = int64(count)
	stats.PauseTotal = 0
	n := int(count)
	if n > pauseHistory {
		n = pauseHistory
	}
	if cap(stats.Pause) < n {
		stats.Pause = make([]time.Duration, n)
	}
	stats.Pause = stats.Pause[:n]
	if cap(stats.PauseEnd) < n {
		stats.PauseEnd = make([]time.Time, n)
	}
	stats.PauseEnd = stats.PauseEnd[:n]
	for i := 0; i < n; i++ {
		stats.Pause[i] = 0
		stats.PauseEnd[i] = epoch
	}
	// The quantiles of n equal pauses are that pause, and zero when there is none.
	for i := range stats.PauseQuantiles {
		stats.PauseQuantiles[i] = 0
	}
}
