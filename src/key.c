#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "hashset.h"
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

void
keyer_init(struct keyer *k)
{
	hashset_init(&k->keys);
	buf_init(&k->key);
}

void
keyer_release(struct keyer *k)
{
	hashset_release(&k->keys);
	buf_release(&k->key);
	keyer_init(k);
}

/* Takes key: false if it was taken before. */
static bool
take(struct keyer *k, const char *key, size_t len)
{
	uint64_t	 h = hash_lower(key, len);
	uint32_t	 line = 0;
	bool		 taken = false;

	if (hashset_get(&k->keys, h, &line, &taken) && taken)
		return false;
	hashset_put(&k->keys, h, line, true);
	return true;
}

void
keyer_reserve(struct keyer *k, const char *key)
{
	take(k, key, strlen(key));
}

bool
keyer_is_used(const struct keyer *k, const char *key)
{
	bool	 taken = false;

	return hashset_get(&k->keys, hash_lower(key, strlen(key)), NULL,
	    &taken) && taken;
}

/* A line the set keeps no number for: said as 0. */
#define LINE_NOT_KEPT	UINT32_MAX

bool
keyer_register(struct keyer *k, const char *key, size_t len,
    unsigned long line, unsigned long *first)
{
	uint64_t	 h = hash_lower(key, len);
	uint32_t	 seen = 0;
	bool		 taken = false;

	if (hashset_get(&k->keys, h, &seen, &taken) && seen != 0) {
		*first = seen == LINE_NOT_KEPT ? 0 : seen;
		return false;
	}
	hashset_put(&k->keys, h, line == 0 || line >= LINE_NOT_KEPT ?
	    LINE_NOT_KEPT : (uint32_t)line, taken);
	return true;
}

void
keyer_next_input(struct keyer *k)
{
	hashset_clear_values(&k->keys);
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

	if (rec->key != NULL && take(k, rec->key, strlen(rec->key))) {
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
	for (n = 0; !take(k, b->data, b->len); n++) {
		buf_truncate(b, baselen);
		add_suffix(b, n);
	}
	return buf_str(b);
}
