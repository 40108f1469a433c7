#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"

/*
 * The worst level seen and the message counts.  These are plain values,
 * not heap memory; they make the exit status a property of the run, as in
 * mandoc's mandoc_msg.c.
 */
static FILE		*diag_fp;
static int		 diag_worst = -1;
static unsigned long	 diag_counts[3];
static unsigned long	 diag_rejected;
static void		(*diag_hook)(void *);	/* before each message */
static void		*diag_hook_arg;

/*
 * The messages of a thread that reads for another (pipeline.c) are
 * handed over as text, to be printed in order by the thread that writes.
 */
static _Thread_local const struct diag_capture *capture;

static const char *const level_names[] = { "warning", "error", "error" };

static void	 note(enum diag_level);
static void	 send_prefixed(int, const char *, const char *, va_list)
		    __attribute__((format(printf, 3, 0)));

/* Where messages go, after the hook has had its turn. */
static FILE *
out(void)
{
	if (diag_hook != NULL)
		diag_hook(diag_hook_arg);
	return diag_fp == NULL ? stderr : diag_fp;
}

/*
 * The message is made: prints it in one write and counts it at level
 * (-1: not counted), or hands it to the capture, which counts it when it
 * prints it.  Frees the message.
 */
static void
send(struct buf *msg, int level)
{
	if (capture != NULL)
		capture->message(capture->arg, level, buf_str(msg));
	else {
		fputs(buf_str(msg), out());
		if (level >= 0)
			note((enum diag_level)level);
	}
	buf_release(msg);
}

static void
note(enum diag_level level)
{
	diag_counts[level]++;
	if (level != DIAG_WARN && (int)level > diag_worst)
		diag_worst = (int)level;
}

void
diag(enum diag_level level, const struct srcpos *pos, const char *fmt, ...)
{
	struct buf	 msg;
	va_list		 ap;

	buf_init(&msg);
	buf_addstr(&msg, "pubtool: ");
	if (pos != NULL && pos->file != NULL) {
		buf_addstr(&msg, pos->file);
		if (pos->line > 0)
			buf_addf(&msg, ":%lu", pos->line);
		if (pos->line > 0 && pos->col > 0)
			buf_addf(&msg, ":%lu", pos->col);
		buf_addstr(&msg, ": ");
	}
	buf_addstr(&msg, level_names[level]);
	buf_addstr(&msg, ": ");
	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	buf_addc(&msg, '\n');
	send(&msg, (int)level);
}

void
diag_errno(const char *path, const char *what)
{
	int		 saved = errno;
	struct buf	 msg;

	buf_init(&msg);
	buf_addf(&msg, "pubtool: %s: %s: %s\n", path, what, strerror(saved));
	send(&msg, DIAG_SYSERR);
}

/* "pubtool: [PREFIX: ]message\n", sent at level. */
static void
send_prefixed(int level, const char *prefix, const char *fmt, va_list ap)
{
	struct buf	 msg;

	buf_init(&msg);
	buf_addstr(&msg, "pubtool: ");
	if (prefix != NULL)
		buf_addf(&msg, "%s: ", prefix);
	buf_vaddf(&msg, fmt, ap);
	buf_addc(&msg, '\n');
	send(&msg, level);
}

void
diag_sys(const char *path, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	send_prefixed(DIAG_SYSERR, path, fmt, ap);
	va_end(ap);
}

void
diag_usage(const char *cmd, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	send_prefixed(-1, cmd, fmt, ap);
	va_end(ap);
}

int
diag_status(void)
{
	if (diag_worst == DIAG_SYSERR)
		return EXIT_SYSTEM;
	if (diag_worst == DIAG_ERROR)
		return EXIT_DATA;
	return EXIT_OK;
}

void
diag_reject(void)
{
	if (capture != NULL)
		capture->message(capture->arg, DIAG_REJECT, NULL);
	else
		diag_rejected++;
}

void
diag_capture(const struct diag_capture *c)
{
	capture = c;
}

void
diag_replay(int level, const char *text)
{
	if (level == DIAG_REJECT) {
		diag_rejected++;
		return;
	}
	fputs(text, out());
	if (level >= 0)
		note((enum diag_level)level);
}

unsigned long
diag_rejects(void)
{
	return diag_rejected;
}

unsigned long
diag_count(enum diag_level level)
{
	return diag_counts[level];
}

void
diag_set_hook(void (*fn)(void *), void *arg)
{
	diag_hook = fn;
	diag_hook_arg = arg;
}

void
diag_reset(FILE *fp)
{
	diag_fp = fp;
	diag_worst = -1;
	diag_rejected = 0;
	memset(diag_counts, 0, sizeof(diag_counts));
}
