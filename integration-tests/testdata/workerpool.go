// A worker pool: jobs from a channel, results into a slice, a sync.WaitGroup to wait
// for the workers, and time.Sleep as the work.
package main

import (
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results []int, wg *sync.WaitGroup, mu *sync.Mutex, count *int) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j%3+1) * time.Millisecond)
		mu.Lock()
		results[j] = j * j
		*count++
		mu.Unlock()
	}
}

func main() {
	const nJobs = 12
	jobs := make(chan int, nJobs)
	results := make([]int, nJobs)
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	start := time.Now()
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg, &mu, &count)
	}
	for j := 0; j < nJobs; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)
	for j, r := range results {
		println("job", j, "->", r)
	}
	println("jobs done:", count)
	// 12 jobs of 1 to 3 ms on three workers take at least 8 ms, and far less than a second
	println("took a while, not forever:", elapsed >= 8*time.Millisecond, elapsed < time.Second)
}
