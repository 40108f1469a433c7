#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "key.h"
#include "name.h"
#include "record.h"
#include "text.h"
#include "xalloc.h"

/*
 * Words Google Scholar skips when it picks the title word of a key, in
 * strcmp() order for bsearch().
 */
static const char *const stop_words[] = {
	"a", "about", "an", "and", "are", "as", "at", "be", "by", "for",
	"from", "how", "in", "into", "is", "it", "of", "on", "or", "over",
	"the", "this", "to", "towards", "via", "what", "when", "where",
	"which", "who", "why", "with"
};

static int
compare_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* Is w a stop word?  The list is sorted, so a binary search finds it. */
static bool
is_stop_word(const char *w)
{
	return bsearch(w, stop_words, sizeof(stop_words) /
	    sizeof(stop_words[0]), sizeof(stop_words[0]), compare_word) != NULL;
}

/* Title words are split at spaces and ASCII punctuation. */
#define WORD_SEPS	" -:;,.!?()[]{}'\"/_&+"

/* Appends the first title word that folds to something and is no stop word. */
static void
title_word(struct buf *out, const char *title)
{
	struct buf	 w;
	const char	*p, *end;

	buf_init(&w);
	for (p = title; *p != '\0'; p = end) {
		p += strspn(p, WORD_SEPS);
		end = p + strcspn(p, WORD_SEPS);
		if (end == p)
			break;
		buf_reset(&w);
		text_ascii_fold(&w, p, (size_t)(end - p));
		if (w.len > 0 && !is_stop_word(w.data)) {
			buf_add(out, w.data, w.len);
			break;
		}
	}
	buf_release(&w);
}

void
key_cite(struct buf *out, const struct record *rec)
{
	if (!text_is_blank(rec->key)) {
		buf_addstr(out, rec->key);
		return;
	}
	key_base(out, rec);
	if (out->len == 0)
		buf_addstr(out, "pubtool");
}

void
key_base(struct buf *out, const struct record *rec)
{
	struct name	 n;
	size_t		 start = out->len;
	int		 year;

	if (rec->authors.n > 0) {
		name_split(rec->authors.v[0], &n);
		text_ascii_fold(out, n.family, n.family_len);
	}
	if (out->len == start)
		buf_addstr(out, "anon");
	if ((year = record_year(rec)) > 0)
		text_add_int(out, year, 4);
	if (rec->title != NULL)
		title_word(out, rec->title);
}

void
key_identity(struct buf *out, const char *title)
{
	text_identity(out, title);
}

/* FNV-1a. */
static uint64_t
key_hash(const char *s)
{
	uint64_t	 h = 14695981039346656037ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/*
 * The hashes taken are kept sorted in shards, picked by their top bits:
 * an insertion moves only the hashes of one shard, and a shard grows by
 * an eighth at a time, so the table holds little more than eight bytes
 * a key and never needs a second copy of itself to grow (a hash table
 * kept half empty took 16 to 24 bytes a key: 24 MB at a million).
 */
#define SHARD_BITS	12
#define NSHARDS		((size_t)1 << SHARD_BITS)

struct keyer_shard {
	uint64_t	*v;		/* sorted */
	size_t		 n;
	size_t		 cap;
};

static struct keyer_shard *
shard_of(const struct keyer *k, uint64_t h)
{
	return &k->shards[h >> (64 - SHARD_BITS)];
}

/* The index of the first hash of shard s that is not below h. */
static size_t
lower_bound(const struct keyer_shard *s, uint64_t h)
{
	size_t	 lo = 0, hi = s->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->v[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool
has_hash(const struct keyer *k, uint64_t h)
{
	const struct keyer_shard	*s;
	size_t				 i;

	if (k->shards == NULL)
		return false;
	s = shard_of(k, h);
	i = lower_bound(s, h);
	return i < s->n && s->v[i] == h;
}

/* Records hash h as taken. */
static void
add_hash(struct keyer *k, uint64_t h)
{
	struct keyer_shard	*s;
	size_t			 i;

	if (k->shards == NULL)
		k->shards = xcalloc(NSHARDS, sizeof(*k->shards));
	s = shard_of(k, h);
	i = lower_bound(s, h);
	if (i < s->n && s->v[i] == h)
		return;
	if (s->n == s->cap) {
		s->cap += s->cap < 32 ? 4 : s->cap / 8;
		s->v = xrealloc(s->v, s->cap * sizeof(*s->v));
	}
	memmove(s->v + i + 1, s->v + i, (s->n - i) * sizeof(*s->v));
	s->v[i] = h;
	s->n++;
	k->n++;
}

void
keyer_init(struct keyer *k)
{
	k->shards = NULL;
	k->n = 0;
	buf_init(&k->key);
}

void
keyer_release(struct keyer *k)
{
	size_t	 i;

	for (i = 0; k->shards != NULL && i < NSHARDS; i++)
		free(k->shards[i].v);
	free(k->shards);
	buf_release(&k->key);
	keyer_init(k);
}

void
keyer_reserve(struct keyer *k, const char *key)
{
	add_hash(k, key_hash(key));
}

bool
keyer_is_used(const struct keyer *k, const char *key)
{
	return has_hash(k, key_hash(key));
}

/* Writes the n-th suffix (0 = "a", 25 = "z", 26 = "aa") after base. */
static void
add_suffix(struct buf *b, unsigned long n)
{
	char	 tmp[16];
	int	 i = 0;

	do {
		tmp[i++] = (char)('a' + n % 26);
		n = n / 26;
	} while (n-- > 0 && i < (int)sizeof(tmp));
	while (i > 0)
		buf_addc(b, tmp[--i]);
}

const char *
keyer_assign(struct keyer *k, const struct record *rec)
{
	struct buf	*b = &k->key;
	size_t		 baselen;
	unsigned long	 n;

	if (rec->key != NULL && !keyer_is_used(k, rec->key)) {
		keyer_reserve(k, rec->key);
		/* The key last handed out is not copied onto itself. */
		if (rec->key != b->data) {
			buf_reset(b);
			buf_addstr(b, rec->key);
		}
		return buf_str(b);
	}
	buf_reset(b);
	key_base(b, rec);
	baselen = b->len;
	for (n = 0; keyer_is_used(k, buf_str(b)); n++) {
		buf_truncate(b, baselen);
		add_suffix(b, n);
	}
	keyer_reserve(k, buf_str(b));
	return buf_str(b);
}
