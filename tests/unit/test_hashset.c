#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <check.h>

#include "hashset.h"
#include "tests.h"

/* Distinct strings get distinct hashes, and lengths count (zero padding). */
START_TEST(test_hash_bytes)
{
	ck_assert_uint_eq(hash_bytes("smith2020a", 10),
	    hash_bytes("smith2020a", 10));
	ck_assert_uint_ne(hash_bytes("smith2020a", 10),
	    hash_bytes("smith2020b", 10));
	ck_assert_uint_ne(hash_bytes("abc", 3), hash_bytes("abc\0", 4));
	ck_assert_uint_ne(hash_bytes("", 0), hash_bytes("\0", 1));
	ck_assert_uint_ne(hash_bytes("12345678", 8),
	    hash_bytes("123456781", 9));
	/* The clash suffixes spread over the shards (the top 12 bits). */
	ck_assert_uint_ne(hash_bytes("key2020a", 8) >> 52,
	    hash_bytes("key2020b", 8) >> 52);
}
END_TEST

/* Every one of many keys is found with its value; absent ones are not. */
START_TEST(test_hashset_values)
{
	struct hashset	 set;
	char		 key[32];
	uint32_t	 v;
	int		 i, n;

	hashset_init(&set, true);
	ck_assert(!hashset_find(&set, 42, &v));
	for (i = 0; i < 50000; i++) {
		n = snprintf(key, sizeof(key), "key%d", i);
		ck_assert(hashset_add(&set, hash_bytes(key, (size_t)n),
		    (uint32_t)i + 1));
	}
	ck_assert_uint_eq(set.n, 50000);
	for (i = 0; i < 50000; i++) {
		n = snprintf(key, sizeof(key), "key%d", i);
		v = 0;
		ck_assert(hashset_find(&set, hash_bytes(key, (size_t)n), &v));
		ck_assert_uint_eq(v, (uint32_t)i + 1);
		/* A second add keeps the first value. */
		ck_assert(!hashset_add(&set, hash_bytes(key, (size_t)n), 7));
	}
	ck_assert(hashset_find(&set, hash_bytes("key49999", 8), &v));
	ck_assert_uint_eq(v, 50000);
	ck_assert(!hashset_find(&set, hash_bytes("key50000", 8), NULL));
	ck_assert_uint_eq(set.n, 50000);
	hashset_release(&set);
	ck_assert(!hashset_find(&set, hash_bytes("key1", 4), NULL));
	ck_assert(set.values);
}
END_TEST

/* A set without values reports 0 for each. */
START_TEST(test_hashset_no_values)
{
	struct hashset	 set;
	uint32_t	 v = 9;

	hashset_init(&set, false);
	ck_assert(hashset_add(&set, 0x50, 123));
	ck_assert(hashset_add(&set, UINT64_MAX, 1));
	ck_assert(hashset_add(&set, 0, 1));
	ck_assert(hashset_find(&set, 0x50, &v));
	ck_assert_uint_eq(v, 0);
	ck_assert(hashset_find(&set, UINT64_MAX, NULL));
	ck_assert(hashset_find(&set, 0, NULL));
	ck_assert(!hashset_find(&set, 0x50 + 16, NULL));
	ck_assert(!hashset_find(&set, 0x50 + ((uint64_t)1 << 52), NULL));
	ck_assert(!hashset_find(&set, UINT64_MAX - 16, NULL));
	hashset_release(&set);
}
END_TEST

/*
 * A shard keeps 48 of a hash's bits after the 12 that pick it: hashes
 * that differ in any of those 60 bits are two keys, hashes that differ
 * only in the lowest 4 are one.
 */
START_TEST(test_hashset_bits_kept)
{
	struct hashset	 set;
	uint64_t	 h = 0x123456789abcdef0ULL;
	uint32_t	 v = 0;
	int		 bit;

	hashset_init(&set, true);
	ck_assert(hashset_add(&set, h, 1));
	for (bit = 4; bit < 64; bit++) {
		ck_assert(!hashset_find(&set, h ^ ((uint64_t)1 << bit), NULL));
		ck_assert(hashset_add(&set, h ^ ((uint64_t)1 << bit),
		    (uint32_t)bit));
	}
	for (bit = 0; bit < 4; bit++)
		ck_assert(!hashset_add(&set, h ^ ((uint64_t)1 << bit), 99));
	ck_assert(hashset_find(&set, h | 15, &v));
	ck_assert_uint_eq(v, 1);
	for (bit = 4; bit < 64; bit++) {
		ck_assert(hashset_find(&set, h ^ ((uint64_t)1 << bit), &v));
		ck_assert_uint_eq(v, (uint32_t)bit);
	}
	ck_assert_uint_eq(set.n, 61);
	hashset_release(&set);
}
END_TEST

Suite *
hashset_suite(void)
{
	Suite	*s = suite_create("hashset");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_hash_bytes);
	tcase_add_test(tc, test_hashset_values);
	tcase_add_test(tc, test_hashset_no_values);
	tcase_add_test(tc, test_hashset_bits_kept);
	suite_add_tcase(s, tc);
	return s;
}
