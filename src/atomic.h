#ifndef ATOMIC_H
#define ATOMIC_H

#include <stdio.h>

/*
 * Replacing a file all at once: output goes to a temporary file in the
 * same directory, which atomic_commit() flushes, fsyncs and renames over
 * the target (then fsyncs the directory).  Until then the target is
 * untouched; atomic_abort() or an interrupting SIGINT/SIGTERM removes the
 * temporary file.  One replacement at a time per process.  A path that
 * names something other than a regular file (a device such as /dev/null,
 * a FIFO) is opened and written in place instead.
 */
struct atomic;

/* NULL after a diagnostic when the temporary file cannot be made. */
struct atomic	*atomic_open(const char *path);
FILE		*atomic_file(struct atomic *);
/* Returns 0, or -1 after a diagnostic (the target is then unchanged). */
int		 atomic_commit(struct atomic *);
void		 atomic_abort(struct atomic *);

#endif /* ATOMIC_H */
