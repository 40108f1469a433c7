#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "csv.h"

static bool	 has_any(const char *, size_t, const char *);
static bool	 is_formula(const char *, size_t);

/*
 * Does s[0..len) hold any of the bytes in set?  One memchr() per byte of
 * set: memchr scans a word or a vector at a time, which beats testing
 * every byte of a long abstract against the set.
 */
static bool
has_any(const char *s, size_t len, const char *set)
{
	for (; *set != '\0'; set++)
		if (memchr(s, *set, len) != NULL)
			return true;
	return false;
}

/* Does a cell starting like s risk being run as a formula? */
static bool
is_formula(const char *s, size_t len)
{
	size_t	 i = 0;

	while (i < len && s[i] == '\'')
		i++;
	return i < len && strchr("=+-@\t\r\n", s[i]) != NULL && s[i] != '\0';
}

void
csv_cell_add(struct buf *out, const char *s, size_t len, bool guard)
{
	const char	*q, *end = s + len;
	bool		 quote;

	if (len == 0)
		return;
	guard = guard && is_formula(s, len);
	/* RFC 4180, 2.6: the cell is enclosed in quotes. */
	quote = has_any(s, len, ",\"\r\n");
	if (quote)
		buf_addc(out, '"');
	if (guard)
		buf_addc(out, '\'');
	/* Runs between double quotes go in whole; each quote is doubled. */
	while (quote && (q = memchr(s, '"', (size_t)(end - s))) != NULL) {
		buf_add(out, s, (size_t)(q - s) + 1);
		buf_addc(out, '"');
		s = q + 1;
	}
	buf_add(out, s, (size_t)(end - s));
	if (quote)
		buf_addc(out, '"');
}

void
csv_cell(FILE *fp, const char *s, size_t len, bool guard)
{
	struct buf	 b;

	buf_init(&b);
	csv_cell_add(&b, s, len, guard);
	if (b.len > 0)
		fwrite(b.data, 1, b.len, fp);
	buf_release(&b);
}
