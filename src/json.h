#ifndef JSON_H
#define JSON_H

#include <stddef.h>

struct buf;

/*
 * Appends s[0..len) as a JSON string (RFC 8259) in double quotes: '"'
 * and '\' escaped with a backslash, the control characters U+0000 to
 * U+001F and U+007F written \b, \t, \n, \f, \r or \u00xx (lower-case
 * hex), and every other byte, UTF-8 included, as it is.  These are the
 * escapes jq writes, so `jq .` gives pubtool's JSON back unchanged.
 */
void	 json_string(struct buf *, const char *s, size_t len);

#endif /* JSON_H */
