#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hashset.h"
#include "xalloc.h"

#define SHARD_BITS	12
#define NSHARDS		((size_t)1 << SHARD_BITS)
#define ENTRY_SIZE	6		/* bytes of a stored hash */
#define ENTRY_SHIFT	(64 - SHARD_BITS - 8 * ENTRY_SIZE)

/*
 * A shard keeps the 48 bits of each hash that follow the shard's 12, in
 * 6 bytes; the lowest 4 bits of a hash are not kept.
 */
struct hashset_shard {
	unsigned char	*hash;		/* n entries, sorted */
	uint32_t	*value;		/* value[i] goes with entry i, or NULL */
	size_t		 n;
	size_t		 cap;
};

static uint64_t
entry_of(uint64_t h)
{
	return (h >> ENTRY_SHIFT) & (((uint64_t)1 << (8 * ENTRY_SIZE)) - 1);
}

static uint64_t
entry_at(const struct hashset_shard *s, size_t i)
{
	uint32_t	 lo;
	uint16_t	 hi;

	memcpy(&lo, s->hash + i * ENTRY_SIZE, 4);
	memcpy(&hi, s->hash + i * ENTRY_SIZE + 4, 2);
	return (uint64_t)hi << 32 | lo;
}

static void
entry_put(struct hashset_shard *s, size_t i, uint64_t e)
{
	uint32_t	 lo = (uint32_t)e;
	uint16_t	 hi = (uint16_t)(e >> 32);

	memcpy(s->hash + i * ENTRY_SIZE, &lo, 4);
	memcpy(s->hash + i * ENTRY_SIZE + 4, &hi, 2);
}

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

/*
 * Eight bytes at a time, each word multiplied in, then the length and a
 * final avalanche, so that keys differing in their last character (the
 * clash suffixes "a", "b", ...) land in different shards.
 */
uint64_t
hash_bytes(const char *s, size_t len)
{
	uint64_t	 h = 0x9e3779b97f4a7c15ULL, w;
	size_t		 i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ mix(w)) * 0x9fb21c651e98df25ULL;
	}
	if (i < len) {
		w = 0;
		memcpy(&w, s + i, len - i);
		h = (h ^ mix(w)) * 0x9fb21c651e98df25ULL;
	}
	return mix(h ^ len);
}

void
hashset_init(struct hashset *set, bool values)
{
	set->shards = NULL;
	set->n = 0;
	set->values = values;
}

void
hashset_release(struct hashset *set)
{
	size_t	 i;

	for (i = 0; set->shards != NULL && i < NSHARDS; i++) {
		free(set->shards[i].hash);
		free(set->shards[i].value);
	}
	free(set->shards);
	hashset_init(set, set->values);
}

/* The index of the first entry of shard s that is not below e. */
static size_t
lower_bound(const struct hashset_shard *s, uint64_t e)
{
	size_t	 lo = 0, hi = s->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (entry_at(s, mid) < e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool
hashset_find(const struct hashset *set, uint64_t h, uint32_t *value)
{
	const struct hashset_shard	*s;
	uint64_t			 e = entry_of(h);
	size_t				 i;

	if (set->shards == NULL)
		return false;
	s = &set->shards[h >> (64 - SHARD_BITS)];
	i = lower_bound(s, e);
	if (i == s->n || entry_at(s, i) != e)
		return false;
	if (value != NULL)
		*value = s->value != NULL ? s->value[i] : 0;
	return true;
}

bool
hashset_add(struct hashset *set, uint64_t h, uint32_t value)
{
	struct hashset_shard	*s;
	uint64_t		 e = entry_of(h);
	size_t			 i;

	if (set->shards == NULL)
		set->shards = xcalloc(NSHARDS, sizeof(*set->shards));
	s = &set->shards[h >> (64 - SHARD_BITS)];
	i = lower_bound(s, e);
	if (i < s->n && entry_at(s, i) == e)
		return false;
	if (s->n == s->cap) {
		s->cap += s->cap < 32 ? 4 : s->cap / 8;
		s->hash = xreallocarray(s->hash, s->cap, ENTRY_SIZE);
		if (set->values)
			s->value = xreallocarray(s->value, s->cap,
			    sizeof(*s->value));
	}
	memmove(s->hash + (i + 1) * ENTRY_SIZE, s->hash + i * ENTRY_SIZE,
	    (s->n - i) * ENTRY_SIZE);
	entry_put(s, i, e);
	if (s->value != NULL) {
		memmove(s->value + i + 1, s->value + i,
		    (s->n - i) * sizeof(*s->value));
		s->value[i] = value;
	}
	s->n++;
	set->n++;
	return true;
}
