#include <stdint.h>
#include <string.h>

#include <check.h>

#include "swar.h"
#include "tests.h"

/*
 * swar_match() flags exactly the bytes equal to c, whatever the bytes
 * around them: every byte value at every position, next to neighbours
 * that are c, c + 1, c - 1, 0x00, 0x80 and 0xFF.
 */
START_TEST(test_swar_match_exact)
{
	static const int	 cs[] = { ' ', 0x00, 0x7F, 0x80, 0xFF, '{' };
	static const int	 fill[] = { 0, 1, -1, 0x100, 0x180, 0x1FF };
	unsigned char		 w[8];
	uint64_t		 m;
	size_t			 ci, fi, pos, k;
	int			 v, c;

	for (ci = 0; ci < sizeof(cs) / sizeof(cs[0]); ci++) {
		c = cs[ci];
		for (fi = 0; fi < sizeof(fill) / sizeof(fill[0]); fi++)
			for (pos = 0; pos < 8; pos++)
				for (v = 0; v < 256; v++) {
					for (k = 0; k < 8; k++)
						w[k] = (unsigned char)(fill[fi] >=
						    0x100 ? fill[fi] - 0x100 :
						    c + fill[fi]);
					w[pos] = (unsigned char)v;
					m = swar_match(swar_load((char *)w),
					    (unsigned char)c);
					for (k = 0; k < 8; k++)
						ck_assert_int_eq(
						    (m >> (8 * k + 7)) & 1,
						    w[k] == (unsigned char)c);
					ck_assert_uint_eq(m & ~SWAR_HIGHS, 0);
				}
	}
}
END_TEST

/*
 * swar_unprintable() flags exactly the bytes below 0x20, DEL and those
 * beyond ASCII: every byte value at every position, among neighbours
 * that are each of the values around the edges.
 */
START_TEST(test_swar_unprintable_exact)
{
	static const int	 fill[] = { 0x00, 0x1F, 0x20, 0x21, 0x7E, 0x7F,
	    0x80, 0xA0, 0xFF };
	unsigned char		 w[8];
	uint64_t		 m;
	size_t			 fi, pos, k;
	int			 v;

	for (fi = 0; fi < sizeof(fill) / sizeof(fill[0]); fi++)
		for (pos = 0; pos < 8; pos++)
			for (v = 0; v < 256; v++) {
				memset(w, fill[fi], sizeof(w));
				w[pos] = (unsigned char)v;
				m = swar_unprintable(swar_load((char *)w));
				for (k = 0; k < 8; k++)
					ck_assert_int_eq((m >> (8 * k + 7)) & 1,
					    w[k] < 0x20 || w[k] >= 0x7F);
				ck_assert_uint_eq(m & ~SWAR_HIGHS, 0);
			}
}
END_TEST

/*
 * printable_span() stops at the first byte that is not printable ASCII:
 * every byte value at every position of lines of 1 to 40 bytes (the
 * blocks of sixteen, of eight and the single bytes), and at none.
 */
START_TEST(test_printable_span)
{
	char	 line[40];
	size_t	 len, pos;
	int	 v;

	memset(line, 'x', sizeof(line));
	for (len = 0; len <= sizeof(line); len++)
		ck_assert_uint_eq(printable_span(line, len), len);
	for (len = 1; len <= sizeof(line); len++)
		for (pos = 0; pos < len; pos++)
			for (v = 0; v < 256; v++) {
				memset(line, len % 2 ? '~' : ' ', sizeof(line));
				line[pos] = (char)v;
				ck_assert_uint_eq(printable_span(line, len),
				    v >= 0x20 && v < 0x7F ? len : pos);
			}
}
END_TEST

Suite *
swar_suite(void)
{
	Suite	*s = suite_create("swar");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_swar_match_exact);
	tcase_add_test(tc, test_swar_unprintable_exact);
	tcase_add_test(tc, test_printable_span);
	suite_add_tcase(s, tc);
	return s;
}
