#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "name.h"
#include "text.h"

#define MAX_WORDS	64

static const char *const particles[] = {
	"da", "das", "de", "del", "della", "den", "der", "di", "do", "dos",
	"du", "la", "le", "st.", "ten", "ter", "van", "von", "zu"
};

static const char *const suffixes[] = {
	"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"
};

bool
name_is_particle(const char *w, size_t len)
{
	size_t	 i;

	for (i = 0; i < sizeof(particles) / sizeof(particles[0]); i++)
		if (strlen(particles[i]) == len &&
		    strncasecmp(particles[i], w, len) == 0)
			return true;
	return false;
}

static bool
is_suffix(const char *w, size_t len)
{
	size_t	 i;

	for (i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++)
		if (strlen(suffixes[i]) == len &&
		    strncmp(suffixes[i], w, len) == 0)
			return true;
	return false;
}

/*
 * Does the word start with a Han, kana or Hangul character?  Such names
 * are written family name first.
 */
static bool
is_cjk(const char *w, size_t len)
{
	int32_t	 cp;

	if (len == 0 || text_next(w, len, &cp) < 0)
		return false;
	return (cp >= 0x1100 && cp <= 0x11FF) ||	/* Hangul Jamo */
	    (cp >= 0x3040 && cp <= 0x30FF) ||		/* kana */
	    (cp >= 0x3400 && cp <= 0x4DBF) ||		/* Han ext. A */
	    (cp >= 0x4E00 && cp <= 0x9FFF) ||		/* Han */
	    (cp >= 0xAC00 && cp <= 0xD7AF) ||		/* Hangul */
	    (cp >= 0x20000 && cp <= 0x3134F);		/* Han ext. B-G */
}

/* Trims spaces around s[0..*len), advancing s. */
static const char *
trim(const char *s, size_t *len)
{
	while (*len > 0 && *s == ' ') {
		s++;
		(*len)--;
	}
	while (*len > 0 && s[*len - 1] == ' ')
		(*len)--;
	return s;
}

void
name_split(const char *s, struct name *n)
{
	const char	*word[MAX_WORDS], *comma, *end;
	size_t		 wlen[MAX_WORDS], nw = 0, len, first;
	const char	*p;

	memset(n, 0, sizeof(*n));
	len = strlen(s);
	if ((comma = strchr(s, ',')) != NULL) {
		n->family_len = (size_t)(comma - s);
		n->family = trim(s, &n->family_len);
		n->given_len = len - (size_t)(comma + 1 - s);
		n->given = trim(comma + 1, &n->given_len);
		return;
	}
	for (p = s; *p != '\0' && nw < MAX_WORDS; ) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		end = strchr(p, ' ');
		if (end == NULL)
			end = p + strlen(p);
		word[nw] = p;
		wlen[nw++] = (size_t)(end - p);
		p = end;
	}
	if (nw == 0) {
		n->family = s;
		return;
	}
	if (nw == 1) {
		n->family = word[0];
		n->family_len = wlen[0];
		n->corporate = true;
		return;
	}
	if (is_cjk(word[0], wlen[0])) {
		n->family = word[0];
		n->family_len = wlen[0];
		n->given = word[1];
		n->given_len = (size_t)(word[nw - 1] + wlen[nw - 1] - word[1]);
		return;
	}
	if (nw >= 3 && word[0][0] >= 'A' && word[0][0] <= 'Z' &&
	    name_is_particle(word[0], wlen[0])) {
		n->family = word[0];
		n->family_len = (size_t)(word[nw - 2] + wlen[nw - 2] - word[0]);
		n->given = word[nw - 1];
		n->given_len = wlen[nw - 1];
		return;
	}
	if (nw > 2 && is_suffix(word[nw - 1], wlen[nw - 1])) {
		n->suffix = word[nw - 1];
		n->suffix_len = wlen[nw - 1];
		nw--;
	}
	first = nw - 1;
	while (first > 1 && word[first - 1][0] >= 'a' &&
	    word[first - 1][0] <= 'z' &&
	    name_is_particle(word[first - 1], wlen[first - 1]))
		first--;
	n->family = word[first];
	n->family_len = (size_t)(word[nw - 1] + wlen[nw - 1] - word[first]);
	n->given = word[0];
	n->given_len = (size_t)(word[first - 1] + wlen[first - 1] - word[0]);
}

bool
name_parts(const char *s, struct name *n)
{
	const char	*comma, *rest;
	size_t		 len;

	name_split(s, n);
	if (n->suffix == NULL && n->given_len > 0 &&
	    (comma = memchr(n->given, ',', n->given_len)) != NULL) {
		len = (size_t)(comma - n->given);
		n->suffix = trim(n->given, &len);
		n->suffix_len = len;
		if (len == 0)
			n->suffix = NULL;
		rest = comma + 1;
		len = (size_t)(n->given + n->given_len - rest);
		n->given = trim(rest, &len);
		n->given_len = len;
	}
	return !n->corporate && n->family_len > 0;
}
