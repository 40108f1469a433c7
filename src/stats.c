/*
 * Counting for pubtool stats: papers by area, by year and by both, and
 * the authors, with the spellings of one person's name counted as one.
 *
 * Name variants (pubtool-stats(1), NAME VARIANTS).  Each distinct
 * spelling is split by name_split() into a family name and given names.
 * The family name is folded (text_name_fold(): case, accents and
 * punctuation do not count); the given names are cut into words at
 * spaces, hyphens and full stops, and each word is kept as its folded
 * first character (the initial) and, unless it is abbreviated (a single
 * letter, or followed by a full stop), its folded spelling.  Two
 * spellings agree when their family names are equal and their words
 * agree one by one as far as the shorter list goes: same initial, and
 * the same spelling where both spell the word out.  So "Lorena A.
 * Barba", "Lorena Barba" and "L. A. Barba" agree, while "Lorena Barba"
 * and "Laura Barba" do not.  A name without given names (a one-word,
 * corporate author) agrees only with the same name.
 *
 * Agreement is not transitive ("L. Barba" agrees with both "L. A. Barba"
 * and "L. B. Barba"), so spellings are grouped greedily in a fixed
 * order: the fullest first (most words, then most words spelled out,
 * then most papers, then the first to appear in the input).  Each
 * spelling joins the one group it agrees with; one that agrees with
 * none, or with several, starts a group of its own.  A group is shown
 * by its first, fullest, spelling.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "config.h"
#include "name.h"
#include "record.h"
#include "stats.h"
#include "strmap.h"
#include "text.h"
#include "xalloc.h"

/* A given-name word: "Lorena" is (l, lorena), "A." is (a, NULL). */
struct token {
	const char	*initial;	/* the fold of the first character */
	const char	*full;		/* the word's fold; NULL: abbreviated */
};

/* A name taken apart for comparison. */
struct pname {
	const char	*family;	/* folded */
	struct token	*tok;
	size_t		 ntok;
	size_t		 nfull;		/* words spelled out */
};

/* One spelling of a name as the records write it. */
struct variant {
	const char	*name;
	struct pname	 pn;
	size_t		 papers;
	size_t		 first;		/* order of first appearance */
	size_t		 stamp;		/* 1 + the last record counted */
	size_t		 cluster;
};

/* The spellings counted as one person. */
struct cluster {
	const char	*family;
	struct token	*tok;		/* the first spelling's words, filled */
	size_t		 ntok;
	size_t		 nmembers;
	size_t		 papers;
	size_t		 first;
	size_t		 stamp;
	const char	*sortkey;	/* the case fold of the shown name */
	struct stats_author author;
};

/* An area code met in the records, before ranking. */
struct area_slot {
	const char	*code;
	size_t		 papers;
	size_t		 slot;		/* order of first appearance */
};

static bool	 is_word_sep(char);
static void	 parse_name(struct arena *, struct buf *, const char *,
		    struct pname *);
static bool	 tokens_agree(const struct token *, size_t,
		    const struct token *, size_t);
static const char *first_initial(const struct pname *);
static bool	 same_group(const struct variant *, const struct variant *);
static int	 cmp_variant(const void *, const void *);
static int	 cmp_cluster(const void *, const void *);
static int	 cmp_area(const void *, const void *);
static void	 count_areas_years(struct stats *, struct record *const *,
		    size_t);
static size_t	 root(const size_t *, size_t);
static size_t	 merge_aliases(struct cluster *, size_t, struct variant *,
		    size_t, const struct strmap *, const struct config_alias *,
		    size_t);
static size_t	 alias_group(const struct config_alias *, size_t,
		    const char *, const struct variant *,
		    const struct strmap *);
static void	 name_first(struct stats_author *);
static void	 count_authors(struct stats *, struct record *const *, size_t,
		    const char *, const struct config_alias *, size_t);

void
stats_init(struct stats *st)
{
	memset(st, 0, sizeof(*st));
	arena_init(&st->arena);
}

void
stats_release(struct stats *st)
{
	arena_release(&st->arena);
	memset(st, 0, sizeof(*st));
}

unsigned long
stats_permille(size_t part, size_t whole)
{
	if (whole == 0)
		return 0;
	return (unsigned long)((part * 1000 + whole / 2) / whole);
}

static bool
is_word_sep(char c)
{
	return c == ' ' || c == '-' || c == '.' || c == ',' || c == '\t';
}

/*
 * Takes the name s apart into pn, with every string in the arena; b is
 * scratch space.
 */
static void
parse_name(struct arena *a, struct buf *b, const char *s, struct pname *pn)
{
	struct name	 nm;
	const char	*g;
	size_t		 i, j, len, max;
	int32_t		 cp;
	int		 step;

	memset(pn, 0, sizeof(*pn));
	name_split(s, &nm);
	buf_reset(b);
	text_name_fold(b, nm.family, nm.family_len);
	if (b->len == 0) {
		/* Nothing but punctuation: the name as written, marked. */
		buf_addc(b, '\x1f');
		buf_addstr(b, s);
	}
	pn->family = arena_strdup(a, buf_str(b));

	g = nm.given;
	len = g == NULL ? 0 : nm.given_len;
	for (i = 0, max = 1; i < len; i++)
		if (is_word_sep(g[i]))
			max++;
	pn->tok = arena_alloc(a, max * sizeof(*pn->tok));
	for (i = 0; i < len; i = j + 1) {
		for (j = i; j < len && !is_word_sep(g[j]); j++)
			;
		if (j == i)
			continue;
		buf_reset(b);
		text_name_fold(b, g + i, j - i);
		if (b->len == 0)
			continue;
		step = text_next(b->data, b->len, &cp);
		if (step <= 0)
			step = 1;
		pn->tok[pn->ntok].initial = arena_strndup(a, b->data,
		    (size_t)step);
		if ((size_t)step == b->len || (j < len && g[j] == '.'))
			pn->tok[pn->ntok].full = NULL;
		else {
			pn->tok[pn->ntok].full = arena_strdup(a, b->data);
			pn->nfull++;
		}
		pn->ntok++;
	}
}

/*
 * Do two lists of given-name words agree: the same initials as far as
 * the shorter goes, and the same words where both spell them out?  An
 * empty list agrees only with an empty one.
 */
static bool
tokens_agree(const struct token *a, size_t na, const struct token *b,
    size_t nb)
{
	size_t	 i, n = na < nb ? na : nb;

	if ((na == 0) != (nb == 0))
		return false;
	for (i = 0; i < n; i++) {
		if (strcmp(a[i].initial, b[i].initial) != 0)
			return false;
		if (a[i].full != NULL && b[i].full != NULL &&
		    strcmp(a[i].full, b[i].full) != 0)
			return false;
	}
	return true;
}

bool
stats_same_person(const char *a, const char *b)
{
	struct arena	 ar;
	struct buf	 scratch;
	struct pname	 pa, pb;
	bool		 same;

	arena_init(&ar);
	buf_init(&scratch);
	parse_name(&ar, &scratch, a, &pa);
	parse_name(&ar, &scratch, b, &pb);
	same = strcmp(pa.family, pb.family) == 0 &&
	    tokens_agree(pa.tok, pa.ntok, pb.tok, pb.ntok);
	buf_release(&scratch);
	arena_release(&ar);
	return same;
}

/* The first initial of a name, "" for a name without given names. */
static const char *
first_initial(const struct pname *pn)
{
	return pn->ntok == 0 ? "" : pn->tok[0].initial;
}

/*
 * Can two spellings be one person at all: the same family name and the
 * same first initial?  Spellings are grouped within such runs only,
 * which keeps the grouping fast without changing its outcome.
 */
static bool
same_group(const struct variant *a, const struct variant *b)
{
	return strcmp(a->pn.family, b->pn.family) == 0 &&
	    strcmp(first_initial(&a->pn), first_initial(&b->pn)) == 0;
}

/*
 * The grouping order: by family name and first initial, then the
 * fullest spelling first (most words, most words spelled out), then most
 * papers, then the first to appear.
 */
static int
cmp_variant(const void *pa, const void *pb)
{
	const struct variant	*a = *(const struct variant *const *)pa;
	const struct variant	*b = *(const struct variant *const *)pb;
	int			 c;

	if ((c = strcmp(a->pn.family, b->pn.family)) != 0)
		return c;
	if ((c = strcmp(first_initial(&a->pn), first_initial(&b->pn))) != 0)
		return c;
	if (a->pn.ntok != b->pn.ntok)
		return a->pn.ntok > b->pn.ntok ? -1 : 1;
	if (a->pn.nfull != b->pn.nfull)
		return a->pn.nfull > b->pn.nfull ? -1 : 1;
	if (a->papers != b->papers)
		return a->papers > b->papers ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* Most papers first, then by name ignoring case, then as written. */
static int
cmp_cluster(const void *pa, const void *pb)
{
	const struct cluster	*a = *(const struct cluster *const *)pa;
	const struct cluster	*b = *(const struct cluster *const *)pb;
	int			 c;

	if (a->papers != b->papers)
		return a->papers > b->papers ? -1 : 1;
	if ((c = strcmp(a->sortkey, b->sortkey)) != 0)
		return c;
	if ((c = strcmp(a->author.name, b->author.name)) != 0)
		return c;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* Most papers first, then by code; the records without an area last. */
static int
cmp_area(const void *pa, const void *pb)
{
	const struct area_slot	*a = pa, *b = pb;

	if ((a->code == NULL) != (b->code == NULL))
		return a->code == NULL ? 1 : -1;
	if (a->papers != b->papers)
		return a->papers > b->papers ? -1 : 1;
	return a->code == NULL ? 0 : strcmp(a->code, b->code);
}

/* Counts papers by area, by year and by both, and the other totals. */
static void
count_areas_years(struct stats *st, struct record *const *recs, size_t n)
{
	struct strmap		 index;		/* code -> 1 + slot */
	struct area_slot	*t;
	size_t			*slot, *rank;
	size_t			 i, k, na = 0, none = 0, y;
	int			 year, ymin = 0, ymax = 0;

	t = xcalloc(n + 1, sizeof(*t));
	slot = xcalloc(n + 1, sizeof(*slot));
	strmap_init(&index);
	for (i = 0; i < n; i++) {
		const struct record *r = recs[i];

		st->papers++;
		if (r->code)
			st->with_code++;
		if (r->et_al)
			st->et_al++;
		if (r->date != NULL) {
			if (st->first_date == NULL ||
			    strcmp(r->date, st->first_date) < 0)
				st->first_date = r->date;
			if (st->last_date == NULL ||
			    strcmp(r->date, st->last_date) > 0)
				st->last_date = r->date;
		}
		if ((year = record_year(r)) == 0)
			st->undated++;
		else {
			if (ymin == 0 || year < ymin)
				ymin = year;
			if (year > ymax)
				ymax = year;
		}
		if (r->area == NULL) {
			if (none == 0) {
				t[na].slot = na;
				none = ++na;
			}
			slot[i] = none - 1;
		} else if ((k = (size_t)strmap_get(&index, r->area)) == 0) {
			t[na].code = r->area;
			t[na].slot = na;
			strmap_put(&index, r->area, (void *)(na + 1));
			slot[i] = na++;
		} else
			slot[i] = k - 1;
		t[slot[i]].papers++;
	}
	strmap_release(&index);

	qsort(t, na, sizeof(*t), cmp_area);
	rank = xcalloc(na + 1, sizeof(*rank));
	st->nareas = na;
	st->areas = arena_alloc(&st->arena, (na + 1) * sizeof(*st->areas));
	for (i = 0; i < na; i++) {
		rank[t[i].slot] = i;
		st->areas[i].code = t[i].code;
		st->areas[i].papers = t[i].papers;
	}

	st->nyears = (ymax == 0 ? 0 : (size_t)(ymax - ymin) + 1) +
	    (st->undated > 0);
	st->years = arena_alloc(&st->arena,
	    (st->nyears + 1) * sizeof(*st->years));
	for (y = 0; y < st->nyears; y++) {
		st->years[y].year = ymax == 0 ? 0 : ymax - (int)y;
		if (ymax != 0 && st->years[y].year < ymin)
			st->years[y].year = 0;
		st->years[y].papers = 0;
	}
	st->cells = arena_alloc(&st->arena,
	    (na * st->nyears + 1) * sizeof(*st->cells));
	memset(st->cells, 0, (na * st->nyears + 1) * sizeof(*st->cells));
	for (i = 0; i < n; i++) {
		year = record_year(recs[i]);
		y = year == 0 ? st->nyears - 1 : (size_t)(ymax - year);
		st->years[y].papers++;
		st->cells[rank[slot[i]] * st->nyears + y]++;
	}
	free(rank);
	free(slot);
	free(t);
}

/* The group that group c was merged into, following the chain. */
static size_t
root(const size_t *into, size_t c)
{
	while (into[c] != c)
		c = into[c];
	return c;
}

/*
 * Merges the nc groups that hold the spellings of one alias into one,
 * shown by the alias's name, then closes the gaps, renumbering the
 * groups of the nv variants.  Returns the number of groups left.
 */
static size_t
merge_aliases(struct cluster *cl, size_t nc, struct variant *v, size_t nv,
    const struct strmap *index, const struct config_alias *al, size_t nal)
{
	size_t		*into, i, j, k, c, target, n = 0;
	const char	*s;

	into = xcalloc(nc + 1, sizeof(*into));
	for (c = 0; c < nc; c++)
		into[c] = c;
	for (i = 0; i < nal; i++) {
		target = SIZE_MAX;
		for (j = 0; j <= al[i].nvariants; j++) {
			s = j == 0 ? al[i].name : al[i].variants[j - 1];
			if ((k = (size_t)strmap_get(index, s)) == 0)
				continue;
			c = root(into, v[k - 1].cluster);
			if (target == SIZE_MAX)
				target = c;
			else if (c != target)
				into[c] = target;
		}
		if (target != SIZE_MAX)
			cl[target].author.name = al[i].name;
	}
	for (c = 0; c < nc; c++)
		if ((k = root(into, c)) != c) {
			cl[k].nmembers += cl[c].nmembers;
			if (cl[c].first < cl[k].first)
				cl[k].first = cl[c].first;
		}
	/* The new number of each group that is left goes in v[]. */
	for (i = 0; i < nv; i++)
		v[i].cluster = root(into, v[i].cluster);
	for (c = 0; c < nc; c++)
		if (into[c] == c) {
			cl[n] = cl[c];
			into[c] = n++;
		} else
			into[c] = SIZE_MAX;
	for (i = 0; i < nv; i++)
		v[i].cluster = into[v[i].cluster];
	free(into);
	return n;
}

/*
 * The group of the alias that has name among its spellings, when one of
 * its spellings is an author's; else SIZE_MAX.
 */
static size_t
alias_group(const struct config_alias *al, size_t nal, const char *name,
    const struct variant *v, const struct strmap *index)
{
	size_t		 i, j, k;
	const char	*s;

	for (i = 0; i < nal; i++) {
		for (j = 0; j <= al[i].nvariants; j++) {
			s = j == 0 ? al[i].name : al[i].variants[j - 1];
			if (strcmp(s, name) == 0)
				break;
		}
		if (j > al[i].nvariants)
			continue;
		for (j = 0; j <= al[i].nvariants; j++) {
			s = j == 0 ? al[i].name : al[i].variants[j - 1];
			if ((k = (size_t)strmap_get(index, s)) != 0)
				return v[k - 1].cluster;
		}
		return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* Moves the shown name to the front of the spellings, where it is one. */
static void
name_first(struct stats_author *a)
{
	size_t	 i;

	for (i = 1; i < a->nvariants; i++)
		if (strcmp(a->variants[i], a->name) == 0) {
			memmove(&a->variants[1], &a->variants[0],
			    i * sizeof(*a->variants));
			a->variants[0] = a->name;
			return;
		}
}

/*
 * Groups the spellings of the authors' names, counts each group's
 * papers, and sets the owner and the co-authors apart.
 */
static void
count_authors(struct stats *st, struct record *const *recs, size_t n,
    const char *owner, const struct config_alias *aliases, size_t naliases)
{
	struct strmap		 index;		/* name -> 1 + variant */
	struct buf		 scratch;
	struct variant		*v = NULL, **order;
	struct cluster		*cl, **corder;
	struct pname		 opn = { NULL, NULL, 0, 0 };
	size_t			 nv = 0, cap = 0, seen = 0, nc = 0;
	size_t			 i, j, k, c, gend, gstart, match, nmatch;
	size_t			 best = SIZE_MAX;
	bool			 by_alias = false;

	strmap_init(&index);
	buf_init(&scratch);
	for (i = 0; i < n; i++)
		for (j = 0; j < recs[i]->authors.n; j++) {
			const char *a = recs[i]->authors.v[j];

			if ((k = (size_t)strmap_get(&index, a)) == 0) {
				if (nv == cap) {
					cap = cap == 0 ? 64 : cap * 2;
					v = xreallocarray(v, cap, sizeof(*v));
				}
				memset(&v[nv], 0, sizeof(v[nv]));
				v[nv].name = a;
				v[nv].first = seen;
				parse_name(&st->arena, &scratch, a, &v[nv].pn);
				strmap_put(&index, a, (void *)(nv + 1));
				k = ++nv;
			}
			seen++;
			if (v[k - 1].stamp != i + 1) {
				v[k - 1].stamp = i + 1;
				v[k - 1].papers++;
			}
		}

	/* Group the spellings, the fullest of each family name first. */
	order = xcalloc(nv + 1, sizeof(*order));
	for (i = 0; i < nv; i++)
		order[i] = &v[i];
	qsort(order, nv, sizeof(*order), cmp_variant);
	cl = xcalloc(nv + 1, sizeof(*cl));
	for (i = 0; i < nv; i = gend) {
		for (gend = i; gend < nv && same_group(order[gend], order[i]);
		    gend++)
			;
		gstart = nc;
		for (k = i; k < gend; k++) {
			struct variant *w = order[k];

			match = SIZE_MAX;
			nmatch = 0;
			for (c = gstart; c < nc; c++)
				if (tokens_agree(w->pn.tok, w->pn.ntok,
				    cl[c].tok, cl[c].ntok)) {
					match = c;
					nmatch++;
				}
			if (nmatch != 1) {
				match = nc++;
				cl[match].family = w->pn.family;
				cl[match].ntok = w->pn.ntok;
				cl[match].tok = arena_alloc(&st->arena,
				    (w->pn.ntok + 1) * sizeof(*cl[match].tok));
				memcpy(cl[match].tok, w->pn.tok,
				    w->pn.ntok * sizeof(*w->pn.tok));
				cl[match].first = w->first;
				cl[match].author.name = w->name;
			}
			/* Words spelled out by any member fill the group's. */
			for (j = 0; j < w->pn.ntok; j++)
				if (cl[match].tok[j].full == NULL)
					cl[match].tok[j].full =
					    w->pn.tok[j].full;
			if (w->first < cl[match].first)
				cl[match].first = w->first;
			cl[match].nmembers++;
			w->cluster = match;
		}
	}
	if (naliases > 0)
		nc = merge_aliases(cl, nc, v, nv, &index, aliases, naliases);
	/* Each group's spellings, in grouping order: its name first. */
	for (c = 0; c < nc; c++) {
		cl[c].author.variants = arena_alloc(&st->arena,
		    cl[c].nmembers * sizeof(*cl[c].author.variants));
		cl[c].author.first = cl[c].first;
	}
	for (i = 0; i < nv; i++) {
		struct cluster *g = &cl[order[i]->cluster];

		g->author.variants[g->author.nvariants++] = order[i]->name;
	}
	for (c = 0; naliases > 0 && c < nc; c++)
		name_first(&cl[c].author);

	/* A paper counts once for a person, however many spellings. */
	for (i = 0; i < n; i++)
		for (j = 0; j < recs[i]->authors.n; j++) {
			k = (size_t)strmap_get(&index, recs[i]->authors.v[j]);
			c = v[k - 1].cluster;
			if (cl[c].stamp != i + 1) {
				cl[c].stamp = i + 1;
				cl[c].papers++;
			}
		}
	for (c = 0; c < nc; c++)
		cl[c].author.papers = cl[c].papers;

	/* The owner: the given name's best match, else the most papers. */
	if (owner != NULL) {
		parse_name(&st->arena, &scratch, owner, &opn);
		by_alias = (best = alias_group(aliases, naliases, owner, v,
		    &index)) != SIZE_MAX;
	}
	for (c = 0; !by_alias && c < nc; c++) {
		if (owner != NULL && (strcmp(opn.family, cl[c].family) != 0 ||
		    (opn.ntok > 0 && !tokens_agree(opn.tok, opn.ntok,
		    cl[c].tok, cl[c].ntok))))
			continue;
		if (best == SIZE_MAX || cl[c].papers > cl[best].papers ||
		    (cl[c].papers == cl[best].papers &&
		    cl[c].first < cl[best].first))
			best = c;
	}
	st->owner_inferred = owner == NULL && best != SIZE_MAX;
	if (best != SIZE_MAX)
		st->owner = cl[best].author;
	else if (owner != NULL) {
		st->owner.name = owner;
		st->owner.variants = NULL;
		st->owner.nvariants = 0;
	}
	for (i = 0; st->owner.name != NULL && i < n; i++) {
		if (!recs[i]->et_al)
			continue;
		for (j = 0; j < recs[i]->authors.n; j++) {
			k = (size_t)strmap_get(&index, recs[i]->authors.v[j]);
			if (v[k - 1].cluster == best)
				break;
		}
		if (j == recs[i]->authors.n)
			st->owner_hidden++;
	}

	/* Everyone else, ranked. */
	corder = xcalloc(nc + 1, sizeof(*corder));
	for (c = 0; c < nc; c++) {
		buf_reset(&scratch);
		text_fold(&scratch, cl[c].author.name);
		cl[c].sortkey = arena_strdup(&st->arena, buf_str(&scratch));
		if (c != best)
			corder[st->ncoauthors++] = &cl[c];
	}
	qsort(corder, st->ncoauthors, sizeof(*corder), cmp_cluster);
	st->coauthors = arena_alloc(&st->arena,
	    (st->ncoauthors + 1) * sizeof(*st->coauthors));
	for (i = 0; i < st->ncoauthors; i++)
		st->coauthors[i] = corder[i]->author;

	free(corder);
	free(cl);
	free(order);
	free(v);
	buf_release(&scratch);
	strmap_release(&index);
}

void
stats_count(struct stats *st, struct record *const *recs, size_t n,
    const char *owner, const struct config_alias *aliases, size_t naliases)
{
	count_areas_years(st, recs, n);
	count_authors(st, recs, n, owner, aliases, naliases);
}
