#ifndef STREAM_H
#define STREAM_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A buffered input that can be peeked at (for format detection) before a
 * reader consumes it line by line or in blocks.  A leading UTF-8 byte
 * order mark is skipped.
 */
struct progress;
struct stream;

/* Opens path ("-" is standard input); NULL after diag_errno() on failure. */
struct stream	*stream_open(const char *path);
/*
 * A stream over a copy of len bytes of data (which may hold NULs), named
 * name in diagnostics; for tests and fuzzing.  Never fails.
 */
struct stream	*stream_from_memory(const char *data, size_t len,
		    const char *name);
void		 stream_free(struct stream *);
/*
 * Refuses input beyond max bytes (0: no limit) and lines longer than
 * max_line bytes (0: no limit): the read reports it and fails.
 */
void		 stream_limit(struct stream *, unsigned long long max);
void		 stream_max_line(struct stream *, size_t max_line);
/* The name used in diagnostics ("<stdin>" for "-"). */
const char	*stream_name(const struct stream *);
/*
 * Returns the first bytes of the input without consuming them; *len is at
 * most want.  NULL with *len 0 at end of file or on a read error.
 */
const char	*stream_peek(struct stream *, size_t want, size_t *len);
/*
 * Reads the next line: *line points at it (without the newline or a
 * trailing CR) and stays valid until the next call.  Returns 1 for a
 * line, 0 at end of file, -1 on a read error (already reported).
 */
int		 stream_getline(struct stream *, const char **line, size_t *len);
/*
 * Reads the next line as stream_getline() does, but only when the whole
 * of it has been read already, its bytes and newline fit in max bytes,
 * and it is within stream_max_line(): else false, and nothing is
 * consumed.  Never the first line (which may have a byte order mark to
 * skip).
 */
bool		 stream_getline_read(struct stream *, size_t max,
		    const char **line, size_t *len);
/* Number of the line last returned by stream_getline(), from 1. */
unsigned long	 stream_lineno(const struct stream *);
/* Copies up to n bytes into dst; returns the count, 0 at EOF, -1 on error. */
long		 stream_read(struct stream *, void *dst, size_t n);
/* Counts every byte read from now on into p (NULL: none). */
void		 stream_set_progress(struct stream *, struct progress *p);
/*
 * Is the whole input known to be shorter than n bytes (a regular file or
 * memory)?  False for a pipe or a terminal.
 */
bool		 stream_is_short(const struct stream *, size_t n);
/*
 * Once descriptor fd (-1: none) becomes readable, the stream reads no
 * more and ends as at end of file: pipeline.c stops a reading thread
 * that waits for a pipe so.
 */
void		 stream_set_interrupt(struct stream *, int fd);
/* Did the last line end without a newline at end of file? */
bool		 stream_last_unterminated(const struct stream *);

#endif /* STREAM_H */
