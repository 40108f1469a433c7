/*
 * Helpers for the fuzz harnesses: an in-memory stream per input, a sink
 * that reads every field, and writers into memory.  Nothing here exits:
 * a harness must survive every input (oss-fuzz conventions).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "format.h"
#include "key.h"
#include "record.h"
#include "stream.h"
#include "strmap.h"

#include "fuzz.h"

static volatile unsigned long	 touched;

void
fuzz_quiet(void)
{
	static FILE	*devnull;

	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	diag_reset(devnull);
}

static void
touch_string(const char *s)
{
	unsigned long	 h = 0;

	if (s == NULL)
		return;
	for (; *s != '\0'; s++)
		h = h * 31 + (unsigned char)*s;
	touched += h;
}

static void
touch_list(const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		touch_string(l->v[i]);
}

void
fuzz_touch(const struct record *rec)
{
	int	 f;

	for (f = 0; f < RF_NSTRING; f++)
		touch_string(record_field_get(rec, f));
	touch_list(&rec->authors);
	touch_list(&rec->orgs);
	touch_list(&rec->sources);
	touch_string(rec->pos.file);
	touched += rec->pos.line + rec->pos.col + rec->et_al + rec->code;
}

static int
touch_record(void *arg, const struct record *rec)
{
	(void)arg;
	fuzz_touch(rec);
	return 0;
}

static int
touch_profile(void *arg, const struct profile *p)
{
	(void)arg;
	touched += (unsigned long)(p->h_index + p->papers + p->citations +
	    p->novelty + p->ai_score + p->listed);
	return 0;
}

static struct readopts	 opts = { .asof = { 2026, 11, 20 } };

static int
read_with(const struct reader *r, const void *data, size_t size,
    const struct sink *sink)
{
	struct stream	*in;
	int		 rc;

	opts.limits = limits_default;
	in = stream_from_memory(data, size, "<fuzz>");
	rc = r->read(in, &opts, sink);
	stream_free(in);
	return rc;
}

int
fuzz_read(const struct reader *r, const uint8_t *data, size_t size)
{
	const struct sink	 sink = { touch_record, touch_profile, NULL };

	return read_with(r, data, size, &sink);
}

static int
add_record(void *arg, const struct record *rec)
{
	fuzz_touch(rec);
	recset_add(arg, rec);
	return 0;
}

static int
add_profile(void *arg, const struct profile *p)
{
	struct recset	*set = arg;

	set->has_profile = true;
	set->profile = *p;
	return 0;
}

int
fuzz_collect(const struct reader *r, const void *data, size_t size,
    struct recset *set)
{
	const struct sink	 sink = { add_record, add_profile, set };

	recset_init(set);
	return read_with(r, data, size, &sink);
}

struct finishing {
	const struct reader	*reader;
	struct recset		*set;
	struct arena		 arena;
	struct buf		 scratch;
	struct keyer		 keys;		/* the reader's and the records' */
	struct strmap		 taken;		/* each key handed out, lowered */
	struct arena		 names;		/* taken's keys */
};

/*
 * What pipeline_read() does with a record read with finish_later and a
 * keyer that the reader shares: it keys the record in the reading
 * thread, then finishes it.  The key handed out must be new in any case.
 * The record is kept with its own key, as fuzz_collect() keeps it.
 */
static int
add_finished(void *arg, const struct record *rec)
{
	struct finishing	*f = arg;
	struct record		 r = *rec;
	const char		*key;
	char			*lower;
	size_t			 i;

	if ((key = keyer_assign(&f->keys, rec)) == NULL || *key == '\0')
		abort();
	lower = arena_strdup(&f->names, key);
	for (i = 0; lower[i] != '\0'; i++)
		if (lower[i] >= 'A' && lower[i] <= 'Z')
			lower[i] = (char)(lower[i] - 'A' + 'a');
	if (strmap_has(&f->taken, lower))
		abort();
	strmap_put(&f->taken, lower, NULL);
	arena_reset(&f->arena);
	f->reader->finish(&r, &f->arena, &f->scratch);
	return add_record(f->set, &r);
}

int
fuzz_collect_later(const struct reader *r, const void *data, size_t size,
    struct recset *set)
{
	struct finishing	 f;
	const struct sink	 sink = { add_finished, add_profile, &f };
	int			 rc;

	f.reader = r;
	f.set = set;
	recset_init(set);
	arena_init(&f.arena);
	buf_init(&f.scratch);
	keyer_init(&f.keys);
	strmap_init(&f.taken);
	arena_init(&f.names);
	opts.finish_later = true;
	opts.keyer = &f.keys;
	rc = read_with(r, data, size, &sink);
	opts.finish_later = false;
	opts.keyer = NULL;
	strmap_release(&f.taken);
	arena_release(&f.names);
	keyer_release(&f.keys);
	buf_release(&f.scratch);
	arena_release(&f.arena);
	return rc;
}

void
fuzz_same_records(const struct recset *a, const struct recset *b)
{
	const char		*x, *y;
	size_t			 i;
	enum record_field	 f;

	if (a->n != b->n)
		abort();
	for (i = 0; i < a->n; i++)
		for (f = 0; f < RF_NSTRING; f++) {
			x = record_field_get(a->recs[i], f);
			y = record_field_get(b->recs[i], f);
			if ((x == NULL) != (y == NULL) ||
			    (x != NULL && strcmp(x, y) != 0))
				abort();
		}
}

int
fuzz_write(const struct writer *w, const struct recset *set, char **out,
    size_t *outlen)
{
	const struct wopts	 wo = { 0 };
	FILE			*fp;
	void			*st;
	size_t			 i;
	int			 rc = 0;

	*out = NULL;
	*outlen = 0;
	if ((fp = open_memstream(out, outlen)) == NULL)
		abort();
	if ((st = w->open(fp, &wo)) == NULL)
		rc = -1;
	else {
		if (set->has_profile && w->profile != NULL &&
		    w->profile(st, &set->profile) != 0)
			rc = -1;
		for (i = 0; rc == 0 && i < set->n; i++)
			if (w->put(st, set->recs[i]) != 0)
				rc = -1;
		if (w->close(st) != 0)
			rc = -1;
	}
	if (fclose(fp) != 0)
		rc = -1;
	return rc;
}
