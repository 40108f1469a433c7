#ifndef PROGRESS_H
#define PROGRESS_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "record.h"

/*
 * A progress line for a long read, on a terminal only: "pubtool: import:
 * 120000 records, 41.2 MiB read, 52000 records/s", redrawn in place at
 * most a few times a second and erased at the end ("\r", then erase to
 * the end of the line).  The clock is looked at every PROGRESS_EVERY
 * records, not for each.  Nothing is drawn before the delay has passed,
 * so that a short read shows nothing.
 */
struct progress {
	FILE			*fp;
	bool			 on;
	bool			 shown;		/* a line is on the terminal */
	const char		*what;		/* "import" */
	unsigned long		 records;
	unsigned long long	 bytes;
	unsigned long		 next_check;	/* records when to look again */
	long			 delay_ms;	/* before the first line */
	struct timespec		 start;
	struct timespec		 drawn;		/* when the line was drawn */
	struct sink		 inner;		/* where counted records go */
};

/*
 * Starts counting; the line goes to fp only when on is set.  The delay is
 * $PUBTOOL_PROGRESS_DELAY seconds (a whole number), else 1.  While a
 * line is shown, a diagnostic erases it first.
 */
void	 progress_init(struct progress *, FILE *fp, const char *what, bool on);
/*
 * Makes *out a sink that counts each record, then passes it (and each
 * profile) on to inner.
 */
void	 progress_sink(struct progress *, const struct sink *inner,
	    struct sink *out);
/* Counts n more bytes read. */
void	 progress_bytes(struct progress *, size_t n);
/* Erases the line if one is shown; the next update draws it again. */
void	 progress_clear(struct progress *);
/* Erases the line and stops: nothing more is drawn. */
void	 progress_end(struct progress *);

#endif /* PROGRESS_H */
