/* Unit tests for src/buf.c, the growable byte buffer. */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "buf.h"
#include "tests.h"

/* An untouched buffer reads as the empty string. */
START_TEST(test_buf_empty)
{
	struct buf	 b;
	char		*s;

	buf_init(&b);
	ck_assert_str_eq(buf_str(&b), "");
	ck_assert_uint_eq(b.len, 0);
	buf_reset(&b);
	s = buf_detach(&b);
	ck_assert_str_eq(s, "");
	free(s);
	buf_release(&b);
}
END_TEST

/* Every way of adding keeps the contents NUL-terminated. */
START_TEST(test_buf_add)
{
	struct buf	 b;

	buf_init(&b);
	buf_add(&b, "abcdef", 3);
	buf_addc(&b, '-');
	buf_addstr(&b, "xyz");
	buf_addf(&b, "[%d:%s]", 42, "q");
	buf_add(&b, "", 0);
	ck_assert_str_eq(buf_str(&b), "abc-xyz[42:q]");
	ck_assert_uint_eq(b.len, 13);
	ck_assert_int_eq(b.data[b.len], '\0');
	buf_truncate(&b, 3);
	ck_assert_str_eq(buf_str(&b), "abc");
	buf_truncate(&b, 10);	/* longer than the contents: no change */
	ck_assert_str_eq(buf_str(&b), "abc");
	buf_reset(&b);
	ck_assert_str_eq(buf_str(&b), "");
	ck_assert_uint_eq(b.len, 0);
	buf_release(&b);
}
END_TEST

/* Embedded NUL bytes are kept; growth keeps earlier bytes. */
START_TEST(test_buf_grow_binary)
{
	struct buf	 b;
	char		*s;
	size_t		 i;

	buf_init(&b);
	buf_add(&b, "a\0b", 3);
	ck_assert_uint_eq(b.len, 3);
	ck_assert_mem_eq(b.data, "a\0b", 4);
	for (i = 0; i < 10000; i++)
		buf_addc(&b, (char)('0' + i % 10));
	ck_assert_uint_eq(b.len, 10003);
	ck_assert_int_eq(b.data[3], '0');
	ck_assert_int_eq(b.data[10002], '9');
	ck_assert_int_eq(b.data[10003], '\0');
	s = buf_detach(&b);
	ck_assert_ptr_null(b.data);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_int_eq(s[10002], '9');
	free(s);
	buf_release(&b);
}
END_TEST

/* buf_addf() formats long output in one piece. */
START_TEST(test_buf_addf_long)
{
	struct buf	 b;

	buf_init(&b);
	buf_addstr(&b, "x");
	buf_addf(&b, "%0300d", 7);
	ck_assert_uint_eq(b.len, 301);
	ck_assert_int_eq(b.data[1], '0');
	ck_assert_int_eq(b.data[300], '7');
	ck_assert_int_eq(b.data[301], '\0');
	buf_release(&b);
}
END_TEST

Suite *
buf_suite(void)
{
	Suite	*s = suite_create("buf");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_buf_empty);
	tcase_add_test(tc, test_buf_add);
	tcase_add_test(tc, test_buf_grow_binary);
	tcase_add_test(tc, test_buf_addf_long);
	suite_add_tcase(s, tc);
	return s;
}
