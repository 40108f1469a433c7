#ifndef HASHSET_H
#define HASHSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A set of 64-bit string hashes, each with a 32-bit value, for the
 * checks that must remember every key of a streamed input (keys taken,
 * duplicate entry keys) without keeping the keys.  The hashes are kept
 * sorted in 4096 shards picked by their top 12 bits; a shard stores the
 * next 48 bits of each in 6 bytes (the lowest 4 bits are not kept, so
 * hashes that differ only there are one), and 4 more with a value: 6
 * bytes a key, 10 with values, and a sixteenth more on average while a
 * shard grows by an eighth at a time.  An insertion moves only the
 * entries of one shard, and the set never needs a second copy of itself
 * to grow (a hash table kept half empty took 16 to 24 bytes a key,
 * string maps about 100).  Two strings whose hashes agree in the 60 bits
 * kept are one key to the set; with a well-mixed hash the odds of that
 * among a million keys are about 1 in 2 * 10^6.
 */
struct hashset_shard;

struct hashset {
	struct hashset_shard	*shards;	/* NULL until the first add */
	size_t			 n;
	bool			 values;	/* keeps a value per hash */
};

/* A 64-bit hash of the len bytes at s. */
uint64_t hash_bytes(const char *s, size_t len);

/* A set that keeps a value with each hash when values is true. */
void	 hashset_init(struct hashset *, bool values);
void	 hashset_release(struct hashset *);
/*
 * Is h in the set?  Stores its value (0 in a set without values) in
 * *value when value is not NULL.
 */
bool	 hashset_find(const struct hashset *, uint64_t h, uint32_t *value);
/*
 * Adds h, with value if the set keeps values; false (and no change) when
 * h is there already.
 */
bool	 hashset_add(struct hashset *, uint64_t h, uint32_t value);

#endif /* HASHSET_H */
