#include <stdio.h>
#include <string.h>

#include "csv.h"

/* Does a cell starting like s risk being run as a formula? */
static bool
is_formula(const char *s, size_t len)
{
	size_t	 i = 0;

	while (i < len && s[i] == '\'')
		i++;
	return i < len && strchr("=+-@\t\r\n", s[i]) != NULL && s[i] != '\0';
}

/* Must s[0..len) be enclosed in double quotes (RFC 4180, 2.6)? */
static bool
needs_quotes(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
			return true;
	return false;
}

void
csv_cell(FILE *fp, const char *s, size_t len, bool guard)
{
	bool	 quote;
	size_t	 i;

	guard = guard && is_formula(s, len);
	quote = needs_quotes(s, len);
	if (quote)
		putc('"', fp);
	if (guard)
		putc('\'', fp);
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			putc('"', fp);
		putc(s[i], fp);
	}
	if (quote)
		putc('"', fp);
}
