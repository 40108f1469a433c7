#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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

/*
 * The messages of a thread that reads for another (pipeline.c) are
 * handed over as text, to be printed in order by the thread that writes.
 */
static _Thread_local const struct diag_capture *capture;
static _Thread_local char	*capture_text;
static _Thread_local size_t	 capture_len;

static const char *const level_names[] = { "warning", "error", "error" };

static void	 note(enum diag_level);

/* Where messages go, after the hook has had its turn. */
static FILE *
out(void)
{
	if (diag_hook != NULL)
		diag_hook(diag_hook_arg);
	return diag_fp == NULL ? stderr : diag_fp;
}

/* Where this message goes: out(), or a text for the capture. */
static FILE *
begin(void)
{
	FILE	*fp;

	if (capture == NULL)
		return out();
	capture_text = NULL;
	if ((fp = open_memstream(&capture_text, &capture_len)) == NULL) {
		perror("pubtool");
		exit(EXIT_SYSTEM);
	}
	return fp;
}

/*
 * The message is written: counts it at level (-1: not counted), or hands
 * it to the capture, which counts it when it prints it.
 */
static void
end(FILE *fp, int level)
{
	if (capture == NULL) {
		if (level >= 0)
			note((enum diag_level)level);
		return;
	}
	if (fclose(fp) != 0) {
		perror("pubtool");
		exit(EXIT_SYSTEM);
	}
	capture->message(capture->arg, level, capture_text);
	free(capture_text);
	capture_text = NULL;
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
	FILE	*fp = begin();
	va_list	 ap;

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
	end(fp, (int)level);
}

void
diag_errno(const char *path, const char *what)
{
	int	 saved = errno;
	FILE	*fp = begin();

	fprintf(fp, "pubtool: %s: %s: %s\n", path, what, strerror(saved));
	end(fp, DIAG_SYSERR);
}

void
diag_sys(const char *path, const char *fmt, ...)
{
	FILE	*fp = begin();
	va_list	 ap;

	fputs("pubtool: ", fp);
	if (path != NULL)
		fprintf(fp, "%s: ", path);
	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fputc('\n', fp);
	end(fp, DIAG_SYSERR);
}

void
diag_usage(const char *cmd, const char *fmt, ...)
{
	FILE	*fp = begin();
	va_list	 ap;

	fputs("pubtool: ", fp);
	if (cmd != NULL)
		fprintf(fp, "%s: ", cmd);
	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
	fputc('\n', fp);
	end(fp, -1);
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
