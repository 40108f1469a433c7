/*
 * Escaping for the web listings: Markdown text, HTML text and attribute
 * values, and percent-encoding for links.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "escape.h"
#include "text.h"

static bool	 is_ascii_alnum(char);
static size_t	 leading_marker(const char *);
static bool	 html_allows(int32_t);

static bool
is_ascii_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/*
 * The offset in s of the character that would make s a list item or a
 * heading underline if it started a line: a leading + - =, or the "." or
 * ")" after leading digits ("1." or "2)").  (size_t)-1 when there is none.
 */
static size_t
leading_marker(const char *s)
{
	size_t	 i;

	if (*s == '+' || *s == '-' || *s == '=')
		return 0;
	for (i = 0; s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i > 0 && (s[i] == '.' || s[i] == ')'))
		return i;
	return (size_t)-1;
}

void
escape_markdown(struct buf *b, const char *s)
{
	size_t	 i, marker = leading_marker(s);

	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			buf_addc(b, ' ');
			continue;
		}
		if (i == marker || strchr("\\`*_{}[]<>#~^$@&|", s[i]) != NULL ||
		    (s[i] == ':' && (is_ascii_alnum(s[i + 1]) ||
		    s[i + 1] == '_' || s[i + 1] == '+' || s[i + 1] == '-')))
			buf_addc(b, '\\');
		buf_addc(b, s[i]);
	}
}

/* May cp appear in an HTML document (no C1 control, no noncharacter)? */
static bool
html_allows(int32_t cp)
{
	if (cp >= 0x80 && cp <= 0x9F)
		return false;
	if (cp >= 0xFDD0 && cp <= 0xFDEF)
		return false;
	return (cp & 0xFFFE) != 0xFFFE;
}

void
escape_html(struct buf *b, const char *s)
{
	size_t	 i, len = strlen(s);
	int32_t	 cp;
	int	 n;

	for (i = 0; i < len; i += (size_t)n) {
		n = 1;
		switch (s[i]) {
		case '&':
			buf_addstr(b, "&amp;");
			continue;
		case '<':
			buf_addstr(b, "&lt;");
			continue;
		case '>':
			buf_addstr(b, "&gt;");
			continue;
		case '"':
			buf_addstr(b, "&quot;");
			continue;
		case '\'':
			buf_addstr(b, "&#39;");
			continue;
		default:
			break;
		}
		if ((n = text_next(s + i, len - i, &cp)) < 0 ||
		    !html_allows(cp)) {
			buf_addstr(b, "\xEF\xBF\xBD");
			n = n < 0 ? 1 : n;
			continue;
		}
		buf_add(b, s + i, (size_t)n);
	}
}

void
escape_url(struct buf *b, const char *s, enum escape_url_kind kind)
{
	const char	*keep = kind == ESCAPE_URL_WHOLE ?
			    "-._~!$&'*+,/:;=@%?#" : "-._~!$&'*+,/:;=@";

	for (; *s != '\0'; s++) {
		if (is_ascii_alnum(*s) || strchr(keep, *s) != NULL)
			buf_addc(b, *s);
		else
			buf_addf(b, "%%%02X", (unsigned)(unsigned char)*s);
	}
}
