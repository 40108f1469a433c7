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
 * within a run: a clash gets "a", "b", ... "z", "aa", ... in the order
 * the records reach it.  The keyer remembers a hash of each key it
 * has seen, not the key (hashset.h): about 6.5 bytes a record, so streaming
 * commands stay small on a million records.  Two keys with one hash
 * would only give the second a suffix it did not need, the same on every
 * run.
 */
struct keyer {
	struct hashset	 taken;		/* hashes of the keys taken */
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
 * Returns a free key for rec, now taken: rec->key itself when it is set
 * and free, else its base key with the first free suffix.  Borrowed from
 * the keyer until its next call.
 */
const char *keyer_assign(struct keyer *, const struct record *rec);

#endif /* KEY_H */
