#include <stdbool.h>
#include <string.h>

#include "buf.h"
#include "key.h"
#include "name.h"
#include "record.h"
#include "text.h"

/* Words Google Scholar skips when it picks the title word of a key. */
static const char *const stop_words[] = {
	"a", "about", "an", "and", "are", "as", "at", "be", "by", "for",
	"from", "how", "in", "into", "is", "it", "of", "on", "or", "over",
	"the", "this", "to", "towards", "via", "what", "when", "where",
	"which", "who", "why", "with"
};

static bool
is_stop_word(const char *w)
{
	size_t	 i;

	for (i = 0; i < sizeof(stop_words) / sizeof(stop_words[0]); i++)
		if (strcmp(stop_words[i], w) == 0)
			return true;
	return false;
}

/* Appends the first title word that folds to something and is no stop word. */
static void
title_word(struct buf *out, const char *title)
{
	struct buf	 w;
	const char	*p, *end;

	buf_init(&w);
	for (p = title; *p != '\0'; p = end) {
		/* Words are split at spaces and ASCII punctuation. */
		while (*p != '\0' && strchr(" -:;,.!?()[]{}'\"/_&+", *p) != NULL)
			p++;
		for (end = p; *end != '\0' &&
		    strchr(" -:;,.!?()[]{}'\"/_&+", *end) == NULL; end++)
			;
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
		buf_addf(out, "%04d", year);
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
	arena_init(&k->arena);
	strmap_init(&k->used);
}

void
keyer_release(struct keyer *k)
{
	strmap_release(&k->used);
	arena_release(&k->arena);
}

void
keyer_reserve(struct keyer *k, const char *key)
{
	if (!strmap_has(&k->used, key))
		strmap_put(&k->used, arena_strdup(&k->arena, key), NULL);
}

bool
keyer_is_used(const struct keyer *k, const char *key)
{
	return strmap_has(&k->used, key);
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
	struct buf	 b;
	const char	*key;
	size_t		 baselen;
	unsigned long	 n;

	if (rec->key != NULL && !strmap_has(&k->used, rec->key)) {
		key = arena_strdup(&k->arena, rec->key);
		strmap_put(&k->used, key, NULL);
		return key;
	}
	buf_init(&b);
	key_base(&b, rec);
	baselen = b.len;
	for (n = 0; strmap_has(&k->used, buf_str(&b)); n++) {
		buf_truncate(&b, baselen);
		add_suffix(&b, n);
	}
	key = arena_strdup(&k->arena, buf_str(&b));
	strmap_put(&k->used, key, NULL);
	buf_release(&b);
	return key;
}
