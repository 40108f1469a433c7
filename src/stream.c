#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "progress.h"
#include "stream.h"
#include "xalloc.h"

#define STREAM_BLOCK	(128 * 1024)

struct stream {
	int		 fd;
	bool		 owns_fd;
	bool		 eof;
	bool		 started;	/* BOM check done */
	bool		 unterminated;
	char		*name;
	char		*buf;
	size_t		 cap;
	size_t		 start;		/* first unconsumed byte */
	size_t		 end;		/* one past the last byte read */
	unsigned long	 lineno;
	bool		 failed;	/* over a limit */
	unsigned long long total;	/* bytes read */
	unsigned long long max;		/* stream_limit(), 0 for none */
	size_t		 max_line;	/* stream_max_line(), 0 for none */
	struct progress	*progress;	/* NULL: bytes are not counted */
	long long	 size;		/* of a regular file, or -1 */
	int		 interrupt;	/* readable: stop reading; or -1 */
};

struct stream *
stream_open(const char *path)
{
	struct stream	*s;
	struct stat	 st;
	int		 fd;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		diag_errno(path, "cannot open");
		return NULL;
	} else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		diag_sys(path, "is a directory; name the files in it instead, "
		    "such as '%s%s*'", path, path[strlen(path) - 1] == '/' ?
		    "" : "/");
		close(fd);
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	s->fd = fd;
	s->interrupt = -1;
	s->size = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ?
	    (long long)st.st_size : -1;
	s->owns_fd = fd != STDIN_FILENO;
	s->name = xstrdup(fd == STDIN_FILENO ? "<stdin>" : path);
	s->cap = STREAM_BLOCK;
	s->buf = xmalloc(s->cap);
	return s;
}

struct stream *
stream_from_memory(const char *data, size_t len, const char *name)
{
	struct stream	*s;

	s = xcalloc(1, sizeof(*s));
	s->fd = -1;
	s->interrupt = -1;
	s->size = (long long)len;
	s->eof = true;		/* fill() never reads */
	s->started = true;
	s->name = xstrdup(name);
	s->cap = len > 0 ? len : 1;
	s->buf = xmalloc(s->cap);
	if (len > 0)
		memcpy(s->buf, data, len);
	s->end = len;
	if (len >= 3 && memcmp(s->buf, "\xEF\xBB\xBF", 3) == 0)
		s->start = 3;
	return s;
}

void
stream_free(struct stream *s)
{
	if (s == NULL)
		return;
	if (s->owns_fd)
		close(s->fd);
	free(s->name);
	free(s->buf);
	free(s);
}

void
stream_limit(struct stream *s, unsigned long long max)
{
	s->max = max;
}

void
stream_max_line(struct stream *s, size_t max_line)
{
	s->max_line = max_line;
}

/*
 * Fails the read: an input or a line over its limit is an error in the
 * input, at the line for a line.
 */
static long
over_limit(struct stream *s, bool line)
{
	struct srcpos	 pos = { s->name, line ? s->lineno + 1 : 0, 0 };

	if (line)
		diag(DIAG_ERROR, &pos, "line longer than %zu bytes (--max "
		    "field=N raises the limit)", s->max_line);
	else
		diag(DIAG_ERROR, &pos, "input larger than %llu bytes (--max "
		    "input=N raises the limit)", s->max);
	s->failed = true;
	return -1;
}

const char *
stream_name(const struct stream *s)
{
	return s->name;
}

/*
 * Waits until the input can be read or the interrupt descriptor becomes
 * readable; true for the latter (the reading is to end).
 */
static bool
interrupted(const struct stream *s)
{
	struct pollfd	 fds[2];

	fds[0].fd = s->fd;
	fds[0].events = POLLIN;
	fds[1].fd = s->interrupt;
	fds[1].events = POLLIN;
	while (poll(fds, 2, -1) == -1)
		if (errno != EINTR)
			return false;	/* read() will tell */
	return (fds[1].revents & POLLIN) != 0;
}

/*
 * Reads more input behind what is buffered, moving unconsumed bytes to the
 * front or growing the buffer when it is full.  Returns the number of new
 * bytes, 0 at EOF, -1 on error.
 */
static long
fill(struct stream *s)
{
	ssize_t	 n;

	if (s->failed)
		return -1;
	if (s->eof)
		return 0;
	if (s->start > 0 && (s->end == s->cap || s->start >= s->cap / 2)) {
		memmove(s->buf, s->buf + s->start, s->end - s->start);
		s->end -= s->start;
		s->start = 0;
	}
	if (s->end == s->cap) {
		s->cap *= 2;
		s->buf = xrealloc(s->buf, s->cap);
	}
	if (s->interrupt >= 0 && interrupted(s)) {
		s->eof = true;
		return 0;
	}
	do
		n = read(s->fd, s->buf + s->end, s->cap - s->end);
	while (n == -1 && errno == EINTR);
	if (n == -1) {
		diag_errno(s->name, "cannot read");
		s->eof = true;
		return -1;
	}
	if (n == 0) {
		s->eof = true;
		return 0;
	}
	s->end += (size_t)n;
	if (s->progress != NULL)
		progress_bytes(s->progress, (size_t)n);
	s->total += (unsigned long long)n;
	if (s->max > 0 && s->total > s->max) {
		/* What lies past the limit is never seen. */
		s->end -= (size_t)(s->total - s->max);
		return over_limit(s, false);
	}
	if (!s->started && s->end - s->start >= 3) {
		s->started = true;
		if (memcmp(s->buf + s->start, "\xEF\xBB\xBF", 3) == 0)
			s->start += 3;
	}
	return n;
}

const char *
stream_peek(struct stream *s, size_t want, size_t *len)
{
	while (s->end - s->start < want || !s->started) {
		if (fill(s) <= 0) {
			s->started = true;
			break;
		}
	}
	*len = s->end - s->start;
	if (*len > want)
		*len = want;
	return *len == 0 ? NULL : s->buf + s->start;
}

/*
 * Takes the line that ends at nl (a newline, or the end of what was
 * read) as stream_getline() returns it.
 */
static int
take_line(struct stream *s, char *nl, const char **line, size_t *len)
{
	/* Input is consumed: a mark further on is no longer leading. */
	s->started = true;
	*line = s->buf + s->start;
	*len = (size_t)(nl - *line);
	s->start = nl == s->buf + s->end ? s->end : (size_t)(nl - s->buf) + 1;
	if (*len > 0 && (*line)[*len - 1] == '\r')
		(*len)--;
	s->lineno++;
	if (s->max_line > 0 && *len > s->max_line) {
		s->lineno--;
		return (int)over_limit(s, true);
	}
	return 1;
}

int
stream_getline(struct stream *s, const char **line, size_t *len)
{
	char	*nl;
	size_t	 scanned = 0;
	long	 n;

	for (;;) {
		nl = memchr(s->buf + s->start + scanned, '\n',
		    s->end - s->start - scanned);
		if (nl != NULL)
			break;
		scanned = s->end - s->start;
		if (s->max_line > 0 && scanned > s->max_line + 1)
			return (int)over_limit(s, true);
		if ((n = fill(s)) < 0)
			return -1;
		if (n == 0) {
			if (s->end == s->start)
				return 0;
			/* A last line without a newline. */
			nl = s->buf + s->end;
			s->unterminated = true;
			break;
		}
	}
	return take_line(s, nl, line, len);
}

bool
stream_getline_read(struct stream *s, size_t max, const char **line,
    size_t *len)
{
	char	*nl;

	if (!s->started || s->failed || (nl = memchr(s->buf + s->start, '\n',
	    s->end - s->start < max ? s->end - s->start : max)) == NULL ||
	    (s->max_line > 0 && (size_t)(nl - s->buf) - s->start >
	    s->max_line))
		return false;
	return take_line(s, nl, line, len) == 1;
}

unsigned long
stream_lineno(const struct stream *s)
{
	return s->lineno;
}

long
stream_read(struct stream *s, void *dst, size_t n)
{
	size_t	 have;
	long	 got;

	if (s->end == s->start) {
		if ((got = fill(s)) <= 0)
			return got;
	}
	have = s->end - s->start;
	if (have > n)
		have = n;
	memcpy(dst, s->buf + s->start, have);
	s->start += have;
	s->started = true;
	return (long)have;
}

void
stream_set_progress(struct stream *s, struct progress *p)
{
	s->progress = p;
}

bool
stream_last_unterminated(const struct stream *s)
{
	return s->unterminated;
}

bool
stream_is_short(const struct stream *s, size_t n)
{
	return s->size >= 0 && (unsigned long long)s->size < n;
}

void
stream_set_interrupt(struct stream *s, int fd)
{
	s->interrupt = s->fd >= 0 ? fd : -1;
}
