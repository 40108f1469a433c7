#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hashset.h"
#include "xalloc.h"

#define SHARD_BITS	12
#define NSHARDS		((size_t)1 << SHARD_BITS)
#define ENTRY_SIZE	6		/* bytes of a stored hash and mark */
#define HASH_BITS	(8 * ENTRY_SIZE - 1)	/* bits of the hash kept */
#define ENTRY_SHIFT	(64 - SHARD_BITS - HASH_BITS)
#define SMALL_VALUE	((uint32_t)1 << 24)	/* fits in 3 bytes */

/*
 * A shard keeps the 47 bits of each hash that follow the shard's 12,
 * then its mark, in 6 bytes, and its value in value_size bytes.
 */
struct hashset_shard {
	unsigned char	*hash;		/* n entries, sorted */
	unsigned char	*value;		/* value i goes with entry i */
	size_t		 n;
	size_t		 cap;
};

/* An entry of h, unmarked: what lower_bound() looks for. */
static uint64_t
entry_of(uint64_t h)
{
	return ((h >> ENTRY_SHIFT) & (((uint64_t)1 << HASH_BITS) - 1)) << 1;
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

/* Values are stored little-endian in size bytes. */
static uint32_t
value_at(const unsigned char *v, unsigned size)
{
	uint32_t	 x = 0;
	unsigned	 i;

	for (i = size; i-- > 0; )
		x = x << 8 | v[i];
	return x;
}

static void
value_put(unsigned char *v, unsigned size, uint32_t x)
{
	unsigned	 i;

	for (i = 0; i < size; i++, x >>= 8)
		v[i] = (unsigned char)x;
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

/* The ASCII capitals of a word made small, eight bytes at a time. */
static uint64_t
lower_word(uint64_t w)
{
	const uint64_t	 ones = 0x0101010101010101ULL;
	uint64_t	 low7 = w & 0x7f * ones;
	uint64_t	 from_a = low7 + (0x80 - 'A') * ones;
	uint64_t	 past_z = low7 + (0x80 - 'Z' - 1) * ones;

	return w | ((from_a & ~past_z & ~w & 0x80 * ones) >> 2);
}

/*
 * Eight bytes at a time, ASCII capitals made small, each word multiplied
 * in, then the length and a final avalanche, so that keys differing in
 * their last character (the clash suffixes "a", "b", ...) land in
 * different shards.
 */
uint64_t
hash_lower(const char *s, size_t len)
{
	uint64_t	 h = 0x9e3779b97f4a7c15ULL, w;
	size_t		 i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ mix(lower_word(w))) * 0x9fb21c651e98df25ULL;
	}
	if (i < len) {
		w = 0;
		memcpy(&w, s + i, len - i);
		h = (h ^ mix(lower_word(w))) * 0x9fb21c651e98df25ULL;
	}
	return mix(h ^ len);
}

void
hashset_init(struct hashset *set)
{
	set->shards = NULL;
	set->n = 0;
	set->value_size = 0;
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
	hashset_init(set);
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

/* Is the entry at i, if any, the one of e (whatever its mark)? */
static bool
is_at(const struct hashset_shard *s, size_t i, uint64_t e)
{
	return i < s->n && entry_at(s, i) >> 1 == e >> 1;
}

bool
hashset_get(const struct hashset *set, uint64_t h, uint32_t *value,
    bool *mark)
{
	const struct hashset_shard	*s;
	uint64_t			 e = entry_of(h);
	size_t				 i;

	if (set->shards == NULL)
		return false;
	s = &set->shards[h >> (64 - SHARD_BITS)];
	i = lower_bound(s, e);
	if (!is_at(s, i, e))
		return false;
	if (value != NULL)
		*value = set->value_size == 0 ? 0 :
		    value_at(s->value + i * set->value_size, set->value_size);
	if (mark != NULL)
		*mark = (entry_at(s, i) & 1) != 0;
	return true;
}

/*
 * Stores every value in size bytes (more than now): values cost nothing
 * until the first that is not 0, and a fourth byte only from 2^24.
 */
static void
widen_values(struct hashset *set, unsigned size)
{
	struct hashset_shard	*s;
	unsigned char		*v;
	size_t			 i, j;

	for (i = 0; i < NSHARDS; i++) {
		s = &set->shards[i];
		if (s->cap == 0)
			continue;
		v = xcalloc(s->cap, size);
		for (j = 0; set->value_size > 0 && j < s->n; j++)
			value_put(v + j * size, size, value_at(s->value +
			    j * set->value_size, set->value_size));
		free(s->value);
		s->value = v;
	}
	set->value_size = size;
}

void
hashset_put(struct hashset *set, uint64_t h, uint32_t value, bool mark)
{
	struct hashset_shard	*s;
	uint64_t		 e = entry_of(h);
	unsigned		 vs;
	size_t			 i;

	if (set->shards == NULL)
		set->shards = xcalloc(NSHARDS, sizeof(*set->shards));
	if (value != 0 && set->value_size < (value < SMALL_VALUE ? 3 : 4))
		widen_values(set, value < SMALL_VALUE ? 3 : 4);
	vs = set->value_size;
	s = &set->shards[h >> (64 - SHARD_BITS)];
	i = lower_bound(s, e);
	if (!is_at(s, i, e)) {
		if (s->n == s->cap) {
			s->cap += s->cap < 32 ? 4 : s->cap / 16;
			s->hash = xreallocarray(s->hash, s->cap, ENTRY_SIZE);
			if (vs > 0)
				s->value = xreallocarray(s->value, s->cap, vs);
		}
		memmove(s->hash + (i + 1) * ENTRY_SIZE,
		    s->hash + i * ENTRY_SIZE, (s->n - i) * ENTRY_SIZE);
		if (vs > 0)
			memmove(s->value + (i + 1) * vs, s->value + i * vs,
			    (s->n - i) * vs);
		s->n++;
		set->n++;
	}
	entry_put(s, i, e | (mark ? 1 : 0));
	if (vs > 0)
		value_put(s->value + i * vs, vs, value);
}

void
hashset_clear_values(struct hashset *set)
{
	size_t	 i;

	for (i = 0; set->value_size > 0 && i < NSHARDS; i++)
		if (set->shards[i].n > 0)
			memset(set->shards[i].value, 0,
			    set->shards[i].n * set->value_size);
}
