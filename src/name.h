#ifndef NAME_H
#define NAME_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A personal name split into given and family parts, as byte ranges of
 * the original string.  The policy (pubtool-records(5), NAMES):
 *  - "Family, Given" is split at the comma;
 *  - a single word ("LLM-jp") is a corporate or mononymous author;
 *  - a name written in Han, kana or Hangul ("山田 花子") is family first,
 *    as those names are: the first word is the family name;
 *  - a name that starts with a capitalised particle and has three or more
 *    words ("Le Bronnec Florian") is written family first, as profile
 *    pages print French and Vietnamese names: the last word is the given
 *    name;
 *  - otherwise the last word is the family name, together with any
 *    lower-case particles before it ("Johannes van der Waals"); a
 *    trailing "Jr." or "III" is a suffix, kept apart from it.
 */
struct name {
	const char	*given;
	size_t		 given_len;
	const char	*family;
	size_t		 family_len;
	const char	*suffix;	/* "Jr.", "III", or NULL */
	size_t		 suffix_len;
	bool		 corporate;	/* one word: no given name */
};

void	 name_split(const char *s, struct name *);
/*
 * Splits s as name_split() does, then takes a given part written
 * "Suffix, Given" (the rest of BibTeX's "Family, Suffix, Given") apart
 * into suffix and given name.  Returns false for a name that can only be
 * cited whole, as written: one word (corporate) or no family name.
 */
bool	 name_parts(const char *s, struct name *);
/* Is the word w[0..len) a name particle ("van", "de", "von"), in any case? */
bool	 name_is_particle(const char *w, size_t len);

#endif /* NAME_H */
