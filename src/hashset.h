#ifndef HASHSET_H
#define HASHSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A set of 64-bit string hashes, each with a mark (one bit) and a
 * 32-bit value, for what must remember every key of a streamed input
 * (the keys taken, the entry keys an input has read and their lines)
 * without keeping the keys.  The hashes are kept sorted in 4096 shards
 * picked by their top 12 bits; a shard stores the next 47 bits of each
 * and its mark in 6 bytes (the lowest 5 bits of a hash are not kept, so
 * hashes that differ only there are one).  Values take no room until one
 * is not 0, then 3 bytes each while all are below 2^24, 4 after: 6 to 10
 * bytes a key, and a thirty-second more on average while a shard grows
 * by a sixteenth at a time.  An insertion moves only the entries of one
 * shard, and the set never needs a second copy of itself to grow (a hash
 * table kept half empty took 16 to 24 bytes a key, string maps about
 * 100).
 * Two strings whose hashes agree in the 59 bits kept are one key to the
 * set; with a well-mixed hash the odds of that among a million keys are
 * about 1 in 10^6.
 */
struct hashset_shard;

struct hashset {
	struct hashset_shard	*shards;	/* NULL until the first put */
	size_t			 n;
	unsigned		 value_size;	/* bytes a value: 0, 3 or 4 */
};

/*
 * A 64-bit hash of the len bytes at s, ASCII letters in any case alike
 * (keys compare so: key.h).
 */
uint64_t hash_lower(const char *s, size_t len);

void	 hashset_init(struct hashset *);
void	 hashset_release(struct hashset *);
/*
 * Is h in the set?  Stores its value and its mark in *value and *mark
 * when they are not NULL.
 */
bool	 hashset_get(const struct hashset *, uint64_t h, uint32_t *value,
	    bool *mark);
/* Gives h the value and the mark, adding it if it is not there. */
void	 hashset_put(struct hashset *, uint64_t h, uint32_t value, bool mark);
/* Makes every value 0; the hashes and their marks stay. */
void	 hashset_clear_values(struct hashset *);

#endif /* HASHSET_H */
