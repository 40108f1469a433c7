#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "hashset.h"
#include "tests.h"

/* Distinct strings get distinct hashes, and lengths count (zero padding). */
START_TEST(test_hash_distinct)
{
	ck_assert_uint_eq(hash_lower("smith2020a", 10),
	    hash_lower("smith2020a", 10));
	ck_assert_uint_ne(hash_lower("smith2020a", 10),
	    hash_lower("smith2020b", 10));
	ck_assert_uint_ne(hash_lower("abc", 3), hash_lower("abc\0", 4));
	ck_assert_uint_ne(hash_lower("", 0), hash_lower("\0", 1));
	ck_assert_uint_ne(hash_lower("12345678", 8),
	    hash_lower("123456781", 9));
	/* The clash suffixes spread over the shards (the top 12 bits). */
	ck_assert_uint_ne(hash_lower("key2020a", 8) >> 52,
	    hash_lower("key2020b", 8) >> 52);
}
END_TEST

/*
 * hash_lower() makes A-Z a-z and nothing else: every byte value at every
 * place of a word of 17 (two words and a tail) hashes as its small
 * letter does, and apart from the other case of the same letter, as no
 * other byte does.
 */
START_TEST(test_hash_lower)
{
	char	 key[20], low[20];
	int	 c, at;

	for (at = 0; at < 17; at++)
		for (c = 1; c < 256; c++) {
			memset(key, 'Q', sizeof(key));
			memset(low, 'q', sizeof(low));
			key[at] = (char)c;
			low[at] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') :
			    (char)c;
			ck_assert_uint_eq(hash_lower(key, 17),
			    hash_lower(low, 17));
			/* Only a q in either case is a q. */
			if (c != 'q' && c != 'Q')
				ck_assert_uint_ne(hash_lower(key, 17),
				    hash_lower("qqqqqqqqqqqqqqqqq", 17));
			else
				ck_assert_uint_eq(hash_lower(key, 17),
				    hash_lower("qqqqqqqqqqqqqqqqq", 17));
		}
	ck_assert_uint_eq(hash_lower("Smith2020A", 10),
	    hash_lower("smith2020a", 10));
	/* Beyond ASCII nothing changes: a UTF-8 capital stays. */
	ck_assert_uint_ne(hash_lower("\xc3\x89t\xc3\xa9", 5),
	    hash_lower("\xc3\xa9t\xc3\xa9", 5));
}
END_TEST

/* Every one of many keys is found with its value; absent ones are not. */
START_TEST(test_hashset_values)
{
	struct hashset	 set;
	char		 key[32];
	uint32_t	 v;
	bool		 mark;
	int		 i, n;

	hashset_init(&set);
	ck_assert(!hashset_get(&set, 42, &v, &mark));
	for (i = 0; i < 50000; i++) {
		n = snprintf(key, sizeof(key), "key%d", i);
		hashset_put(&set, hash_lower(key, (size_t)n), (uint32_t)i + 1,
		    i % 3 == 0);
	}
	ck_assert_uint_eq(set.n, 50000);
	ck_assert_uint_eq(set.value_size, 3);
	for (i = 0; i < 50000; i++) {
		n = snprintf(key, sizeof(key), "key%d", i);
		v = 0;
		ck_assert(hashset_get(&set, hash_lower(key, (size_t)n), &v,
		    &mark));
		ck_assert_uint_eq(v, (uint32_t)i + 1);
		ck_assert(mark == (i % 3 == 0));
	}
	/* A second put changes the value and mark, not the count. */
	hashset_put(&set, hash_lower("key7", 4), 0, true);
	ck_assert(hashset_get(&set, hash_lower("key7", 4), &v, &mark));
	ck_assert_uint_eq(v, 0);
	ck_assert(mark);
	ck_assert_uint_eq(set.n, 50000);
	ck_assert(hashset_get(&set, hash_lower("key49999", 8), &v, NULL));
	ck_assert_uint_eq(v, 50000);
	ck_assert(!hashset_get(&set, hash_lower("key50000", 8), NULL, NULL));
	/* A value from 2^24 widens them all to 4 bytes, keeping them. */
	hashset_put(&set, hash_lower("big", 3), (uint32_t)1 << 24, false);
	ck_assert_uint_eq(set.value_size, 4);
	hashset_put(&set, hash_lower("max", 3), UINT32_MAX, true);
	for (i = 0; i < 50000; i++) {
		n = snprintf(key, sizeof(key), "key%d", i);
		ck_assert(hashset_get(&set, hash_lower(key, (size_t)n), &v,
		    &mark));
		ck_assert_uint_eq(v, i == 7 ? 0 : (uint32_t)i + 1);
		ck_assert(mark == (i % 3 == 0 || i == 7));
	}
	ck_assert(hashset_get(&set, hash_lower("big", 3), &v, &mark));
	ck_assert_uint_eq(v, (uint32_t)1 << 24);
	ck_assert(!mark);
	ck_assert(hashset_get(&set, hash_lower("max", 3), &v, &mark));
	ck_assert_uint_eq(v, UINT32_MAX);
	ck_assert(mark);
	/* Clearing the values keeps the keys and their marks. */
	hashset_clear_values(&set);
	ck_assert(hashset_get(&set, hash_lower("key3", 4), &v, &mark));
	ck_assert_uint_eq(v, 0);
	ck_assert(mark);
	ck_assert(hashset_get(&set, hash_lower("key4", 4), &v, &mark));
	ck_assert_uint_eq(v, 0);
	ck_assert(!mark);
	ck_assert_uint_eq(set.n, 50002);
	hashset_release(&set);
	ck_assert(!hashset_get(&set, hash_lower("key1", 4), NULL, NULL));
	ck_assert_uint_eq(set.value_size, 0);
}
END_TEST

/* Values take no room until one is not 0; they read as 0 till then. */
START_TEST(test_hashset_no_values)
{
	struct hashset	 set;
	uint32_t	 v = 9;
	bool		 mark = false;

	hashset_init(&set);
	hashset_put(&set, 0x50 << 5, 0, true);
	hashset_put(&set, UINT64_MAX, 0, false);
	hashset_put(&set, 0, 0, false);
	hashset_clear_values(&set);
	ck_assert_uint_eq(set.value_size, 0);
	ck_assert(hashset_get(&set, 0x50 << 5, &v, &mark));
	ck_assert_uint_eq(v, 0);
	ck_assert(mark);
	ck_assert(hashset_get(&set, UINT64_MAX, NULL, &mark));
	ck_assert(!mark);
	ck_assert(hashset_get(&set, 0, NULL, NULL));
	ck_assert(!hashset_get(&set, (0x50 << 5) + 32, NULL, NULL));
	ck_assert(!hashset_get(&set, (0x50 << 5) + ((uint64_t)1 << 52),
	    NULL, NULL));
	ck_assert(!hashset_get(&set, UINT64_MAX - 32, NULL, NULL));
	/* The first value not 0 gives every entry one, 0 for those before. */
	hashset_put(&set, 12345 << 5, 77, false);
	ck_assert_uint_eq(set.value_size, 3);
	ck_assert(hashset_get(&set, 0x50 << 5, &v, &mark));
	ck_assert_uint_eq(v, 0);
	ck_assert(mark);
	ck_assert(hashset_get(&set, 12345 << 5, &v, NULL));
	ck_assert_uint_eq(v, 77);
	ck_assert_uint_eq(set.n, 4);
	hashset_release(&set);
}
END_TEST

/*
 * A shard keeps 47 of a hash's bits after the 12 that pick it: hashes
 * that differ in any of those 59 bits are two keys, hashes that differ
 * only in the lowest 5 are one.
 */
START_TEST(test_hashset_bits_kept)
{
	struct hashset	 set;
	uint64_t	 h = 0x123456789abcdee0ULL;
	uint32_t	 v = 0;
	int		 bit;

	hashset_init(&set);
	hashset_put(&set, h, 1, false);
	for (bit = 5; bit < 64; bit++) {
		ck_assert(!hashset_get(&set, h ^ ((uint64_t)1 << bit), NULL,
		    NULL));
		hashset_put(&set, h ^ ((uint64_t)1 << bit), (uint32_t)bit,
		    bit % 2 == 0);
	}
	ck_assert_uint_eq(set.n, 60);
	for (bit = 0; bit < 5; bit++) {
		ck_assert(hashset_get(&set, h ^ ((uint64_t)1 << bit), &v,
		    NULL));
		ck_assert_uint_eq(v, 1);
	}
	ck_assert(hashset_get(&set, h | 31, &v, NULL));
	ck_assert_uint_eq(v, 1);
	for (bit = 5; bit < 64; bit++) {
		bool	 mark = bit % 2 != 0;

		ck_assert(hashset_get(&set, h ^ ((uint64_t)1 << bit), &v,
		    &mark));
		ck_assert_uint_eq(v, (uint32_t)bit);
		ck_assert(mark == (bit % 2 == 0));
	}
	ck_assert_uint_eq(set.n, 60);
	hashset_release(&set);
}
END_TEST

Suite *
hashset_suite(void)
{
	Suite	*s = suite_create("hashset");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_hash_distinct);
	tcase_add_test(tc, test_hash_lower);
	tcase_add_test(tc, test_hashset_values);
	tcase_add_test(tc, test_hashset_no_values);
	tcase_add_test(tc, test_hashset_bits_kept);
	suite_add_tcase(s, tc);
	return s;
}
