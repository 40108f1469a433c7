/*
 * Merging what several sources know about one paper.  The precedence is
 * data: for each field, the sources from the most trusted down.  DBLP is
 * curated for where and how a paper was published; arXiv is the paper's
 * own metadata (category, abstract, full dates); the profile page alone
 * knows its score, code marker and organisations.
 */
#include <string.h>

#include "arena.h"
#include "merge.h"
#include "record.h"

#define NSOURCES	5

static const char *const source_names[NSOURCES] = {
	"profile", "arxiv", "dblp", "bibtex", "csv"
};

/*
 * For each string field (enum record_field order), the sources' ranks:
 * 0 is the most trusted.  Each row lists the ranks of profile, arxiv,
 * dblp, bibtex, csv in that order.
 */
static const unsigned char ranks[RF_NSTRING][NSOURCES] = {
	/* profile arxiv dblp bibtex csv */
	[RF_KEY] =	{ 0, 0, 0, 0, 0 },	/* never merged */
	[RF_TITLE] =	{ 4, 0, 1, 2, 3 },
	[RF_AREA] =	{ 1, 0, 3, 2, 4 },
	[RF_DATE] =	{ 1, 0, 2, 3, 4 },
	[RF_SCORE] =	{ 0, 1, 2, 3, 4 },
	[RF_ABSTRACT] =	{ 1, 0, 3, 2, 4 },
	[RF_ARXIV] =	{ 2, 0, 1, 3, 4 },
	[RF_DOI] =	{ 4, 2, 0, 1, 3 },
	[RF_VENUE] =	{ 4, 2, 0, 1, 3 },
	[RF_URL] =	{ 4, 0, 1, 2, 3 },
	[RF_PAGES] =	{ 4, 2, 0, 1, 3 },
	[RF_VOLUME] =	{ 4, 2, 0, 1, 3 },
};

/* The author list and the organisations: DBLP and arXiv spell names out. */
static const unsigned char author_ranks[NSOURCES] = { 3, 1, 0, 2, 4 };
static const unsigned char org_ranks[NSOURCES] = { 0, 1, 2, 3, 4 };

static int
source_index(const char *source)
{
	int	 i;

	for (i = 0; i < NSOURCES; i++)
		if (strcmp(source_names[i], source) == 0)
			return i;
	return -1;
}

int
merge_rank(const char *source, int field)
{
	int	 i = source_index(source);

	return i < 0 ? NSOURCES : ranks[field][i];
}

/*
 * Keeps merged sources in alphabetical order, whatever order they were
 * imported in; an insertion sort, as there are a handful.
 */
static void
sort_sources(struct strlist *l)
{
	const char	*s;
	size_t		 i, j;

	for (i = 1; i < l->n; i++) {
		s = l->v[i];
		for (j = i; j > 0 && strcmp(l->v[j - 1], s) > 0; j--)
			l->v[j] = l->v[j - 1];
		l->v[j] = s;
	}
}

/* The best (lowest) rank among a record's sources, by a rank table. */
static int
best(const struct strlist *sources, const unsigned char *table)
{
	size_t	 i;
	int	 k, r = NSOURCES;

	for (i = 0; i < sources->n; i++)
		if ((k = source_index(sources->v[i])) >= 0 && table[k] < r)
			r = table[k];
	return r;
}

static void
copy_list(struct arena *a, struct strlist *dst, const struct strlist *src)
{
	size_t	 i;

	dst->n = 0;
	for (i = 0; i < src->n; i++)
		strlist_add(a, dst, arena_strdup(a, src->v[i]));
}

/*
 * Is the author list of b fuller than that of a: complete where a is
 * truncated ("et al."), else longer?  0 when neither is.
 */
static int
fuller(const struct record *a, const struct record *b)
{
	if (a->et_al != b->et_al)
		return b->et_al ? -1 : 1;
	if (a->authors.n != b->authors.n)
		return b->authors.n > a->authors.n ? 1 : -1;
	return 0;
}

bool
merge_record(struct arena *a, struct record *old, const struct record *rec)
{
	const char	**f, *v;
	bool		 changed = false, take;
	size_t		 i;
	int		 k, cmp;

	for (k = 0; k < RF_NSTRING; k++) {
		if (k == RF_KEY)
			continue;	/* a stored key never changes */
		f = record_field(old, (enum record_field)k);
		v = record_field_get(rec, (enum record_field)k);
		if (v == NULL || (*f != NULL && strcmp(*f, v) == 0))
			continue;
		if (*f == NULL)
			take = true;
		else if (k == RF_DATE && strlen(v) != strlen(*f))
			take = strlen(v) > strlen(*f);	/* more precise */
		else
			take = best(&rec->sources, ranks[k]) <=
			    best(&old->sources, ranks[k]);
		if (take) {
			*f = arena_strdup(a, v);
			changed = true;
		}
	}
	if (rec->authors.n > 0 && (!strlist_equal(&old->authors,
	    &rec->authors) || old->et_al != rec->et_al)) {
		cmp = old->authors.n == 0 ? 1 : fuller(old, rec);
		if (cmp > 0 || (cmp == 0 && best(&rec->sources, author_ranks)
		    <= best(&old->sources, author_ranks))) {
			copy_list(a, &old->authors, &rec->authors);
			old->et_al = rec->et_al;
			changed = true;
		}
	}
	if (rec->orgs.n > 0 && !strlist_equal(&old->orgs, &rec->orgs) &&
	    (old->orgs.n == 0 || best(&rec->sources, org_ranks) <=
	    best(&old->sources, org_ranks))) {
		copy_list(a, &old->orgs, &rec->orgs);
		changed = true;
	}
	if (rec->code && !old->code) {
		old->code = true;
		changed = true;
	}
	for (i = 0; i < rec->sources.n; i++)
		if (!strlist_has(&old->sources, rec->sources.v[i])) {
			strlist_add(a, &old->sources,
			    arena_strdup(a, rec->sources.v[i]));
			sort_sources(&old->sources);
			changed = true;
		}
	return changed;
}
