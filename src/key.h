#ifndef KEY_H
#define KEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "hashset.h"

struct buf;
struct record;

/*
 * Citation keys in Google Scholar style: the first author's family name
 * folded to ASCII, the year, and the first title word that is not a stop
 * word ("yokota2011tuned").  A keyer hands out keys that are unique
 * within a run, ASCII letters compared in any case (as bibtex compares
 * them): a clash gets "a", "b", ... "z", "aa", ... in the order the
 * records reach it.  The keyer remembers a hash of each key, not the
 * key (hashset.h): about 6.5 bytes a record, so streaming commands stay
 * small on a million records.  Two keys with one hash would only give
 * the second a suffix it did not need, the same on every run.
 *
 * An input's reader may register the entry keys it reads (BibTeX does,
 * to find duplicates) in the keyer that will key its records: one set
 * then serves both, 3 or 4 more bytes a key for the line.  A key
 * registered but not yet taken is free to the keyer: a record keeps
 * its own key, and a key made for a record before the entry that has it
 * comes out (held for its crossref parent) is that record's.
 */
struct keyer {
	/* each key in lower case: marked when taken; value: its line */
	struct hashset	 keys;
	struct buf	 key;		/* the key last handed out */
};

/* Appends the base key of rec (before any clash suffix) to out. */
void	 key_base(struct buf *out, const struct record *rec);
/*
 * Appends the key to cite rec by: its own, else its base key, else
 * "pubtool" (for a record without author, year and title).
 */
void	 key_cite(struct buf *out, const struct record *rec);
/* Appends the identity of a title: NFKC case fold, no punctuation/space. */
void	 key_identity(struct buf *out, const char *title);

void	 keyer_init(struct keyer *);
void	 keyer_release(struct keyer *);
/* Marks key as taken (a key already stored in the library). */
void	 keyer_reserve(struct keyer *, const char *key);
bool	 keyer_is_used(const struct keyer *, const char *key);
/*
 * Registers the entry key read at line (1 and up) of the input now
 * read: false if the input has registered it before, with the line it
 * had in *first (0 past the 4,294,967,294th line).
 */
bool	 keyer_register(struct keyer *, const char *key, size_t len,
	    unsigned long line, unsigned long *first);
/* An input begins: the keys registered before are no longer its own. */
void	 keyer_next_input(struct keyer *);
/*
 * Returns a free key for rec, now taken: rec->key itself when it is set
 * and free, else its base key with the first free suffix.  Borrowed from
 * the keyer until its next call.
 */
const char *keyer_assign(struct keyer *, const struct record *rec);

#endif /* KEY_H */
