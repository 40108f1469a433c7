#ifndef DIAG_H
#define DIAG_H

#include <stdio.h>

/* A position in an input; line and col count from 1, 0 means unknown. */
struct srcpos {
	const char	*file;
	unsigned long	 line;
	unsigned long	 col;
};

enum diag_level {
	DIAG_WARN,	/* printed, does not change the exit status */
	DIAG_ERROR,	/* bad input data: exit 3 */
	DIAG_SYSERR	/* system or I/O failure: exit 4 */
};

/* Exit statuses shared by every command (pubtool(1), EXIT STATUS). */
enum {
	EXIT_OK = 0,
	EXIT_NOMATCH = 1,
	EXIT_USAGE = 2,
	EXIT_DATA = 3,
	EXIT_SYSTEM = 4
};

void	 diag(enum diag_level, const struct srcpos *, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
/* "pubtool: PATH: WHAT: strerror(errno)", at DIAG_SYSERR. */
void	 diag_errno(const char *path, const char *what);
/*
 * A system-level failure that errno does not describe, with what to do
 * about it: "pubtool: PATH: message", or "pubtool: message" when path is
 * NULL, at DIAG_SYSERR.
 */
void	 diag_sys(const char *path, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* A usage problem: "pubtool: CMD: message"; does not touch the status. */
void	 diag_usage(const char *cmd, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* A reader dropped a bad record (after reporting why). */
void	 diag_reject(void);
/* How many records the readers dropped. */
unsigned long diag_rejects(void);
/* 0, EXIT_DATA or EXIT_SYSTEM: the worst level reported so far. */
int	 diag_status(void);
unsigned long diag_count(enum diag_level);
/*
 * Calls fn(arg) before each message is printed, to erase a progress line
 * first; fn NULL calls nothing.
 */
void	 diag_set_hook(void (*fn)(void *), void *arg);
/*
 * A thread that reads for another hands its messages over instead of
 * printing them: message(arg, level, text) gets each whole message,
 * newline included (level -1 for diag_usage(), which counts nothing),
 * and (arg, DIAG_REJECT, NULL) for diag_reject().  The other thread
 * prints them in order with diag_replay(level, text), which counts them
 * then.  c NULL prints again.  Affects the calling thread only.
 */
#define DIAG_REJECT	(-2)
struct diag_capture {
	void	(*message)(void *arg, int level, const char *text);
	void	*arg;
};
void	 diag_capture(const struct diag_capture *c);
void	 diag_replay(int level, const char *text);
/* Forget what was reported (tests); send messages to fp (NULL: stderr). */
void	 diag_reset(FILE *fp);

#endif /* DIAG_H */
