#ifndef HASHSET_H
#define HASHSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A set of 64-bit string hashes, each with a 32-bit value, for the
 * checks that must remember every key of a streamed input (keys taken,
 * duplicate entry keys) without keeping the keys: 8 bytes a key, 12 with
 * values, a little more while a shard grows.  The hashes are kept sorted in
 * shards picked by their top bits, so an insertion moves only the
 * hashes of one shard, and a shard grows by an eighth at a time: the set
 * never needs a second copy of itself to grow (a hash table kept half
 * empty took 16 to 24 bytes a key, and string maps about 100).  Two
 * strings with one hash are one key to the set; with a well-mixed
 * 64-bit hash the odds of that among a million keys are about 1 in
 * 3 * 10^7.
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
