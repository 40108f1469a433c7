#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "xalloc.h"

void
record_init(struct record *r)
{
	memset(r, 0, sizeof(*r));
}

void
profile_init(struct profile *p)
{
	p->h_index = p->papers = p->citations = -1;
	p->novelty = p->ai_score = p->listed = -1;
}

bool
profile_equal(const struct profile *a, const struct profile *b)
{
	return a->h_index == b->h_index && a->papers == b->papers &&
	    a->citations == b->citations && a->novelty == b->novelty &&
	    a->ai_score == b->ai_score && a->listed == b->listed;
}

const char **
record_field(struct record *r, enum record_field f)
{
	switch (f) {
	case RF_KEY:		return &r->key;
	case RF_TITLE:		return &r->title;
	case RF_AREA:		return &r->area;
	case RF_DATE:		return &r->date;
	case RF_SCORE:		return &r->score;
	case RF_ABSTRACT:	return &r->abstract;
	case RF_ARXIV:		return &r->arxiv;
	case RF_DOI:		return &r->doi;
	case RF_VENUE:		return &r->venue;
	case RF_URL:		return &r->url;
	case RF_PAGES:		return &r->pages;
	case RF_VOLUME:		return &r->volume;
	default:		abort();
	}
}

const char *
record_field_get(const struct record *r, enum record_field f)
{
	return *record_field((struct record *)r, f);
}

/* Copies a list of strings into the arena. */
static void
strlist_copy(struct arena *a, struct strlist *dst, const struct strlist *src)
{
	size_t	 i;
	const char **v;

	dst->n = src->n;
	dst->v = NULL;
	if (src->n == 0)
		return;
	v = arena_alloc(a, src->n * sizeof(*v));
	for (i = 0; i < src->n; i++)
		v[i] = arena_strdup(a, src->v[i]);
	dst->v = v;
}

struct record *
record_copy(struct arena *a, const struct record *src)
{
	return record_copy_omit(a, src, 0);
}

struct record *
record_copy_omit(struct arena *a, const struct record *src, unsigned omit)
{
	struct record	*r;
	const char	**f;
	int		  i;

	r = arena_alloc(a, sizeof(*r));
	*r = *src;
	for (i = 0; i < RF_NSTRING; i++) {
		f = record_field(r, (enum record_field)i);
		if (omit & (1u << i))
			*f = NULL;
		else if (*f != NULL)
			*f = arena_strdup(a, *f);
	}
	if (src->pos.file != NULL)
		r->pos.file = arena_strdup(a, src->pos.file);
	strlist_copy(a, &r->authors, &src->authors);
	strlist_copy(a, &r->orgs, &src->orgs);
	strlist_copy(a, &r->sources, &src->sources);
	return r;
}

/*
 * Lists grow by copying into a new arena block at powers of two, so the
 * cost stays linear; the old blocks are reclaimed with the arena.
 */
void
strlist_add(struct arena *a, struct strlist *l, const char *s)
{
	const char	**v;

	if (l->n == 0 || (l->n & (l->n - 1)) == 0) {
		v = arena_alloc(a, (l->n == 0 ? 1 : l->n * 2) * sizeof(*v));
		if (l->n > 0)
			memcpy(v, l->v, l->n * sizeof(*v));
		l->v = v;
	}
	l->v[l->n++] = s;
}

bool
strlist_has(const struct strlist *l, const char *s)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return true;
	return false;
}

bool
strlist_equal(const struct strlist *a, const struct strlist *b)
{
	size_t	 i;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			return false;
	return true;
}

int
record_year(const struct record *r)
{
	if (r->date == NULL || strlen(r->date) < 4)
		return 0;
	return atoi(r->date);
}

void
recset_init(struct recset *s)
{
	memset(s, 0, sizeof(*s));
	arena_init(&s->arena);
	profile_init(&s->profile);
}

void
recset_release(struct recset *s)
{
	arena_release(&s->arena);
	free(s->recs);
	recset_init(s);
}

struct record *
recset_add(struct recset *s, const struct record *rec)
{
	return recset_add_omit(s, rec, 0);
}

struct record *
recset_add_omit(struct recset *s, const struct record *rec, unsigned omit)
{
	struct record	*r, nameless = *rec;
	const char	*file = rec->pos.file;

	if (s->n == s->cap) {
		s->cap = s->cap == 0 ? 64 : s->cap * 2;
		s->recs = xreallocarray(s->recs, s->cap, sizeof(*s->recs));
	}
	/* The records of one input share one copy of its name. */
	if (file != NULL && (s->file == NULL || strcmp(s->file, file) != 0))
		s->file = arena_strdup(&s->arena, file);
	nameless.pos.file = NULL;
	r = record_copy_omit(&s->arena, &nameless, omit);
	r->pos.file = file != NULL ? s->file : NULL;
	s->recs[s->n++] = r;
	return r;
}
