/*
 * JSON text for the CSL-JSON writer: strings, escaped as jq escapes them.
 */
#include <stddef.h>

#include "buf.h"
#include "json.h"

void
json_string(struct buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t		 i;
	unsigned char	 c;

	buf_addc(b, '"');
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		switch (c) {
		case '"':
		case '\\':
			buf_addc(b, '\\');
			buf_addc(b, (char)c);
			break;
		case '\b':
			buf_addstr(b, "\\b");
			break;
		case '\t':
			buf_addstr(b, "\\t");
			break;
		case '\n':
			buf_addstr(b, "\\n");
			break;
		case '\f':
			buf_addstr(b, "\\f");
			break;
		case '\r':
			buf_addstr(b, "\\r");
			break;
		default:
			if (c < 0x20 || c == 0x7F) {
				buf_addstr(b, "\\u00");
				buf_addc(b, hex[c >> 4]);
				buf_addc(b, hex[c & 0xF]);
			} else
				buf_addc(b, (char)c);
		}
	}
	buf_addc(b, '"');
}
