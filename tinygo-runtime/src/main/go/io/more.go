package io

import (
	"errors"
	"sync"
)

// ReadSeekCloser groups Read, Seek and Close.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// CopyN copies n bytes (or until an error) from src to dst.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF // src ended early
	}
	return
}

// LimitReader returns a Reader that reads from r and stops with EOF after n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// A LimitedReader reads from R and stops after N bytes, N counting what remains.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

// NopCloser returns r with a Close method that does nothing (and r's WriteTo, if any).
func NopCloser(r Reader) ReadCloser {
	if w, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r, w}
	}
	return nopCloser{r}
}

type nopCloser struct{ Reader }

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
	w WriterTo
}

func (nopCloserWriterTo) Close() error                            { return nil }
func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) { return c.w.WriteTo(w) }

// TeeReader returns a Reader that writes to w what it reads from r.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if m, werr := t.w.Write(p[:n]); werr != nil {
			return m, werr
		}
	}
	return
}

// MultiReader returns a Reader that reads the readers one after the other.
func MultiReader(readers ...Reader) Reader {
	r := make([]Reader, len(readers))
	copy(r, readers)
	return &multiReader{r}
}

type multiReader struct{ readers []Reader }

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		if inner, ok := mr.readers[0].(*multiReader); ok {
			mr.readers = append(append([]Reader(nil), inner.readers...), mr.readers[1:]...)
			continue
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			mr.readers[0] = nil
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				err = nil
			}
			return
		}
	}
	return 0, EOF
}

// WriteTo copies what every remaining reader holds to w, in order; after an error the
// readers from the failing one on stay, so reading can go on.
func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	for i, r := range mr.readers {
		var n int64
		if inner, ok := r.(*multiReader); ok {
			n, err = inner.WriteTo(w)
		} else {
			n, err = copyBuffer(w, r, nil)
		}
		sum += n
		if err != nil {
			mr.readers = mr.readers[i:]
			return sum, err
		}
	}
	mr.readers = nil
	return sum, nil
}

// MultiWriter returns a Writer that writes to every writer in turn, stopping at the
// first error.
func MultiWriter(writers ...Writer) Writer {
	var all []Writer
	for _, w := range writers {
		if mw, ok := w.(*multiWriter); ok {
			all = append(all, mw.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{all}
}

type multiWriter struct{ writers []Writer }

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

// WriteString hands s to each writer's WriteString where it has one, converting it to
// bytes once for the others.
func (t *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte
	for _, w := range t.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}

const maxInt64 = 1<<63 - 1

// NewSectionReader returns a SectionReader reading r from off for n bytes.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	limit := off + n
	if off > maxInt64-n {
		limit = maxInt64 // a section to the end of what int64 offsets reach
	}
	return &SectionReader{r, off, off, limit}
}

// SectionReader reads a section of a ReaderAt: Read, Seek and ReadAt.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if max := s.limit - s.off; int64(len(p)) > max {
		p = p[:max]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return
}

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	default:
		return 0, errors.New("Seek: invalid whence")
	}
	if offset < s.base {
		return 0, errors.New("Seek: invalid offset")
	}
	s.off = offset
	return offset - s.base, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.limit-s.base {
		return 0, EOF
	}
	off += s.base
	if max := s.limit - off; int64(len(p)) > max {
		p = p[:max]
		n, err = s.r.ReadAt(p, off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size is the section's size in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// Pipe returns a synchronous in-memory pipe: each Write blocks until readers have
// consumed all of its data.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{}
	p.cond.L = &p.mu
	return &PipeReader{p}, &PipeWriter{p}
}

type pipe struct {
	mu   sync.Mutex
	cond sync.Cond
	data []byte // what the current Write still offers
	rerr error  // set when the read side closes
	werr error  // set when the write side closes
}

// A PipeReader is the read half of a pipe.
type PipeReader struct{ p *pipe }

// A PipeWriter is the write half of a pipe.
type PipeWriter struct{ p *pipe }

func (r *PipeReader) Read(data []byte) (int, error) {
	p := r.p
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		if p.rerr != nil {
			return 0, ErrClosedPipe
		}
		if len(p.data) > 0 {
			n := copy(data, p.data)
			p.data = p.data[n:]
			p.cond.Broadcast()
			return n, nil
		}
		if p.werr != nil {
			return 0, p.werr
		}
		p.cond.Wait()
	}
}

func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the reader; later writes return err (ErrClosedPipe if nil).
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p := r.p
	p.mu.Lock()
	if p.rerr == nil {
		p.rerr = err
	}
	p.cond.Broadcast()
	p.mu.Unlock()
	return nil
}

func (w *PipeWriter) Write(data []byte) (n int, err error) {
	p := w.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.werr != nil {
		return 0, ErrClosedPipe
	}
	if p.rerr != nil {
		return 0, p.rerr // the reader's error, even for an empty write
	}
	for len(p.data) > 0 && p.rerr == nil {
		p.cond.Wait() // another Write is in progress
	}
	p.data = data
	p.cond.Broadcast()
	for len(p.data) > 0 && p.rerr == nil && p.werr == nil {
		p.cond.Wait()
	}
	n = len(data) - len(p.data)
	p.data = nil
	if n < len(data) {
		if p.rerr != nil {
			return n, p.rerr
		}
		return n, ErrClosedPipe
	}
	return n, nil
}

func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the writer; reads then return err (EOF if nil) once the
// data written is consumed.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	p := w.p
	p.mu.Lock()
	if p.werr == nil {
		p.werr = err
	}
	p.cond.Broadcast()
	p.mu.Unlock()
	return nil
}
