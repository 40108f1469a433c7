#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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

static const char *const level_names[] = { "warning", "error", "error" };

/* Where messages go, after the hook has had its turn. */
static FILE *
out(void)
{
	if (diag_hook != NULL)
		diag_hook(diag_hook_arg);
	return diag_fp == NULL ? stderr : diag_fp;
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
	FILE	*fp = out();
	va_list	 ap;

	note(level);
	fputs("pubtool: ", fp);
	if (pos != NULL && pos->file != NULL) {
		fputs(pos->file, fp);
		if (pos->line > 0)
			fprintf(fp, ":%lu", pos->line);
		if (pos->line > 0 && pos->col > 0)
			fprintf(fp, ":%lu", pos->col);
		fputs(": ", fp);
	}
	fprintf(fp, "%s: ", level_names[level]);
	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fputc('\n', fp);
}

void
diag_errno(const char *path, const char *what)
{
	int	 saved = errno;

	note(DIAG_SYSERR);
	fprintf(out(), "pubtool: %s: %s: %s\n", path, what, strerror(saved));
}

void
diag_sys(const char *path, const char *fmt, ...)
{
	FILE	*fp = out();
	va_list	 ap;

	note(DIAG_SYSERR);
	fputs("pubtool: ", fp);
	if (path != NULL)
		fprintf(fp, "%s: ", path);
	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fputc('\n', fp);
}

void
diag_usage(const char *cmd, const char *fmt, ...)
{
	FILE	*fp = out();
	va_list	 ap;

	fputs("pubtool: ", fp);
	if (cmd != NULL)
		fprintf(fp, "%s: ", cmd);
	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fputc('\n', fp);
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
	diag_rejected++;
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
