#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "progress.h"

#define PROGRESS_EVERY		256	/* records between looks at the clock */
#define PROGRESS_INTERVAL_MS	200	/* between two lines drawn */
#define PROGRESS_DELAY_MS	1000	/* before the first, by default */
#define ERASE_LINE		"\r\033[K"

static long	 elapsed_ms(const struct timespec *, const struct timespec *);
static long	 delay_ms(void);
static void	 draw(struct progress *, const struct timespec *);
static void	 tick(struct progress *);
static void	 clear_hook(void *);
static int	 count_record(void *, const struct record *);
static int	 pass_profile(void *, const struct profile *);

static long
elapsed_ms(const struct timespec *from, const struct timespec *to)
{
	return (long)(to->tv_sec - from->tv_sec) * 1000 +
	    (to->tv_nsec - from->tv_nsec) / 1000000;
}

/* $PUBTOOL_PROGRESS_DELAY in milliseconds, or the default. */
static long
delay_ms(void)
{
	const char	*env = getenv("PUBTOOL_PROGRESS_DELAY");
	char		*end;
	long		 v;

	if (env == NULL || *env < '0' || *env > '9')
		return PROGRESS_DELAY_MS;
	v = strtol(env, &end, 10);
	return *end != '\0' || v > 86400 ? PROGRESS_DELAY_MS : v * 1000;
}

void
progress_init(struct progress *p, FILE *fp, const char *what, bool on)
{
	memset(p, 0, sizeof(*p));
	p->fp = fp;
	p->what = what;
	p->on = on;
	p->next_check = PROGRESS_EVERY;
	p->delay_ms = delay_ms();
	if (on) {
		clock_gettime(CLOCK_MONOTONIC, &p->start);
		diag_set_hook(clear_hook, p);
	}
}

/* Writes the line over the one shown, if any. */
static void
draw(struct progress *p, const struct timespec *now)
{
	static const char *const units[] = { "KiB", "MiB", "GiB", "TiB" };
	double		 size = (double)p->bytes / 1024;
	long		 ms = elapsed_ms(&p->start, now);
	size_t		 u;

	for (u = 0; size >= 1024 && u + 1 < sizeof(units) / sizeof(units[0]);
	    u++)
		size /= 1024;
	fprintf(p->fp, "\rpubtool: %s: %lu record%s, %.1f %s read, %.0f "
	    "records/s\033[K", p->what, p->records, p->records == 1 ? "" : "s",
	    size, units[u], (double)p->records * 1000 / (ms > 0 ? ms : 1));
	fflush(p->fp);
	p->shown = true;
	p->drawn = *now;
}

/* Draws the line when it is due: after the delay, then at intervals. */
static void
tick(struct progress *p)
{
	struct timespec	 now;

	if (!p->on || p->records < p->next_check)
		return;
	p->next_check = p->records + PROGRESS_EVERY;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (elapsed_ms(&p->start, &now) < p->delay_ms)
		return;
	if (p->shown && elapsed_ms(&p->drawn, &now) < PROGRESS_INTERVAL_MS)
		return;
	draw(p, &now);
}

void
progress_bytes(struct progress *p, size_t n)
{
	p->bytes += n;
}

void
progress_clear(struct progress *p)
{
	if (!p->shown)
		return;
	fputs(ERASE_LINE, p->fp);
	fflush(p->fp);
	p->shown = false;
}

void
progress_end(struct progress *p)
{
	progress_clear(p);
	if (p->on)
		diag_set_hook(NULL, NULL);
	p->on = false;
}

static void
clear_hook(void *arg)
{
	progress_clear(arg);
}

static int
count_record(void *arg, const struct record *rec)
{
	struct progress	*p = arg;

	p->records++;
	tick(p);
	return p->inner.record(p->inner.arg, rec);
}

static int
pass_profile(void *arg, const struct profile *prof)
{
	struct progress	*p = arg;

	return p->inner.profile == NULL ? 0 :
	    p->inner.profile(p->inner.arg, prof);
}

void
progress_sink(struct progress *p, const struct sink *inner, struct sink *out)
{
	p->inner = *inner;
	out->record = count_record;
	out->profile = pass_profile;
	out->arg = p;
}
