#include <ctype.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "ident.h"
#include "record.h"
#include "text.h"

static bool	 add_ident(struct buf *, const char *, const char *,
		    const char *);

const char *
ident_arxiv(struct arena *a, const char *s)
{
	static const char *const prefixes[] = {
		"http://arxiv.org/abs/", "https://arxiv.org/abs/",
		"http://export.arxiv.org/abs/", "https://export.arxiv.org/abs/",
		"http://www.arxiv.org/abs/", "https://www.arxiv.org/abs/",
		"abs/", "arXiv:", "arxiv:"
	};
	const char	*p = s;
	char		*id;
	size_t		 i, n, len, archive = 0, number = 0;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (strncmp(s, prefixes[i], strlen(prefixes[i])) == 0) {
			p = s + strlen(prefixes[i]);
			break;
		}
	for (n = 0; isdigit((unsigned char)p[n]); n++)
		;
	if (n == 4 && p[4] == '.') {
		/* YYMM.NNNN or YYMM.NNNNN */
		for (n = 5; isdigit((unsigned char)p[n]); n++)
			;
		if (n != 9 && n != 10)
			return NULL;
	} else if (n == 0) {
		/* archive[.XX]/YYMMNNN */
		for (n = 0; (p[n] >= 'a' && p[n] <= 'z') || p[n] == '-'; n++)
			;
		if (n == 0)
			return NULL;
		archive = n;
		/* A subject class (math.NA) is no part of the id. */
		if (p[n] == '.' && isupper((unsigned char)p[n + 1]) &&
		    isupper((unsigned char)p[n + 2]))
			n += 3;
		if (p[n] != '/')
			return NULL;
		number = ++n;
		while (isdigit((unsigned char)p[n]))
			n++;
		if (n - number != 7)
			return NULL;
	} else
		return NULL;
	len = n;
	if (p[n] == 'v' && isdigit((unsigned char)p[n + 1]))
		for (n++; isdigit((unsigned char)p[n]); n++)
			;
	if (p[n] != '\0')
		return NULL;
	if (archive == 0)
		return arena_strndup(a, p, len);
	id = arena_alloc(a, archive + 1 + len - number + 1);
	memcpy(id, p, archive);
	id[archive] = '/';
	memcpy(id + archive + 1, p + number, len - number);
	id[archive + 1 + len - number] = '\0';
	return id;
}

size_t
ident_arxiv_len(const char *id)
{
	size_t	 len = strlen(id), i = len;

	while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9')
		i--;
	if (i > 1 && i < len && id[i - 1] == 'v')
		return i - 1;
	return len;
}

/*
 * Appends own when it is not blank, else the arXiv id after prefix;
 * false when both are blank.
 */
static bool
add_ident(struct buf *out, const char *own, const char *prefix,
    const char *arxiv)
{
	if (!text_is_blank(own)) {
		buf_addstr(out, own);
		return true;
	}
	if (text_is_blank(arxiv))
		return false;
	buf_addstr(out, prefix);
	buf_add(out, arxiv, ident_arxiv_len(arxiv));
	return true;
}

bool
ident_doi(struct buf *out, const struct record *r)
{
	return add_ident(out, r->doi, "10.48550/arXiv.", r->arxiv);
}

bool
ident_url(struct buf *out, const struct record *r)
{
	return add_ident(out, r->url, "https://arxiv.org/abs/", r->arxiv);
}
