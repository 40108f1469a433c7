/* Unit tests for src/arena.c, the bump allocator of record sets. */
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "tests.h"

/* Every allocation is aligned for any type, even after odd sizes. */
START_TEST(test_arena_alignment)
{
	struct arena	 a;
	size_t		 sizes[] = { 1, 3, 0, 17, 5, 100000, 2, 40000 };
	size_t		 i;
	char		*p;

	arena_init(&a);
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		p = arena_alloc(&a, sizes[i]);
		ck_assert_ptr_nonnull(p);
		ck_assert_uint_eq((uintptr_t)p % alignof(max_align_t), 0);
		memset(p, 'x', sizes[i]);
	}
	arena_release(&a);
	ck_assert_ptr_null(a.head);
}
END_TEST

/* Strings are copied with their NUL, and blocks do not overlap. */
START_TEST(test_arena_strings)
{
	struct arena	 a;
	char		*s, *t, *u;

	arena_init(&a);
	s = arena_strdup(&a, "hello");
	t = arena_strndup(&a, "worldwide", 5);
	u = arena_strdup(&a, "");
	ck_assert_str_eq(s, "hello");
	ck_assert_str_eq(t, "world");
	ck_assert_str_eq(u, "");
	ck_assert_ptr_ne(s, t);
	ck_assert_ptr_ne(t, u);
	arena_release(&a);
}
END_TEST

/*
 * Many small allocations and a few big ones keep their contents until
 * the arena is reset; a reset arena is usable again.
 */
START_TEST(test_arena_many_and_reset)
{
	struct arena	 a;
	char		*p[2000], *big, *q;
	size_t		 i;

	arena_init(&a);
	for (i = 0; i < 2000; i++) {
		p[i] = arena_alloc(&a, 100);
		memset(p[i], (int)(i % 251), 100);
	}
	big = arena_alloc(&a, 1 << 20);
	memset(big, 0xAB, 1 << 20);
	q = arena_alloc(&a, 100);
	memset(q, 0x11, 100);
	for (i = 0; i < 2000; i++)
		ck_assert_int_eq((unsigned char)p[i][99], i % 251);
	ck_assert_int_eq((unsigned char)big[0], 0xAB);
	ck_assert_int_eq((unsigned char)big[(1 << 20) - 1], 0xAB);
	ck_assert_int_eq((unsigned char)q[0], 0x11);
	arena_reset(&a);
	ck_assert_ptr_nonnull(a.head);
	ck_assert_uint_eq(a.used, 0);
	ck_assert_str_eq(arena_strdup(&a, "again"), "again");
	arena_release(&a);
	arena_reset(&a);	/* an empty arena: nothing to do */
	ck_assert_ptr_null(a.head);
}
END_TEST

Suite *
arena_suite(void)
{
	Suite	*s = suite_create("arena");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_arena_alignment);
	tcase_add_test(tc, test_arena_strings);
	tcase_add_test(tc, test_arena_many_and_reset);
	suite_add_tcase(s, tc);
	return s;
}
