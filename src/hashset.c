#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hashset.h"
#include "xalloc.h"

#define SHARD_BITS	12
#define NSHARDS		((size_t)1 << SHARD_BITS)

struct hashset_shard {
	uint64_t	*hash;		/* sorted */
	uint32_t	*value;		/* value[i] goes with hash[i], or NULL */
	size_t		 n;
	size_t		 cap;
};

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

/* The index of the first hash of shard s that is not below h. */
static size_t
lower_bound(const struct hashset_shard *s, uint64_t h)
{
	size_t	 lo = 0, hi = s->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->hash[mid] < h)
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
	size_t				 i;

	if (set->shards == NULL)
		return false;
	s = &set->shards[h >> (64 - SHARD_BITS)];
	i = lower_bound(s, h);
	if (i == s->n || s->hash[i] != h)
		return false;
	if (value != NULL)
		*value = s->value != NULL ? s->value[i] : 0;
	return true;
}

bool
hashset_add(struct hashset *set, uint64_t h, uint32_t value)
{
	struct hashset_shard	*s;
	size_t			 i;

	if (set->shards == NULL)
		set->shards = xcalloc(NSHARDS, sizeof(*set->shards));
	s = &set->shards[h >> (64 - SHARD_BITS)];
	i = lower_bound(s, h);
	if (i < s->n && s->hash[i] == h)
		return false;
	if (s->n == s->cap) {
		s->cap += s->cap < 32 ? 4 : s->cap / 8;
		s->hash = xreallocarray(s->hash, s->cap, sizeof(*s->hash));
		if (set->values)
			s->value = xreallocarray(s->value, s->cap,
			    sizeof(*s->value));
	}
	memmove(s->hash + i + 1, s->hash + i, (s->n - i) * sizeof(*s->hash));
	s->hash[i] = h;
	if (s->value != NULL) {
		memmove(s->value + i + 1, s->value + i,
		    (s->n - i) * sizeof(*s->value));
		s->value[i] = value;
	}
	s->n++;
	set->n++;
	return true;
}
