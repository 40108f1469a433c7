#ifndef SWAR_H
#define SWAR_H

/*
 * Eight bytes at a time: tests on a 64-bit word for the loops that look
 * for the few bytes that matter in long runs of text (a brace, a quote,
 * a control character, anything beyond ASCII).  Reading and writing
 * BibTeX is mostly such loops.  A test says whether any byte of the word
 * matches, not which one: the caller then looks at the bytes one by one.
 * With SSE2 (every x86-64), the sse_ tests take sixteen bytes and give a
 * bit a byte, so the caller finds the byte at once; the loops keep the
 * word tests for what is left, and for machines without SSE2.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define SWAR_ONES	0x0101010101010101ULL
#define SWAR_HIGHS	0x8080808080808080ULL

/* The eight bytes at s, which need not be aligned. */
static inline uint64_t
swar_load(const char *s)
{
	uint64_t	 x;

	memcpy(&x, s, sizeof(x));
	return x;
}

/* Does a byte of x lie beyond ASCII? */
static inline bool
swar_has_high(uint64_t x)
{
	return (x & SWAR_HIGHS) != 0;
}

/* Is a byte of x less than n (n <= 128)? */
static inline bool
swar_has_less(uint64_t x, unsigned char n)
{
	return ((x - SWAR_ONES * n) & ~x & SWAR_HIGHS) != 0;
}

/* Is a byte of x equal to c? */
static inline bool
swar_has(uint64_t x, unsigned char c)
{
	return swar_has_less(x ^ (SWAR_ONES * c), 1);
}

/*
 * The bytes of x equal to c, exactly: the high bit of each such byte is
 * set in the result, every other bit is clear.
 */
static inline uint64_t
swar_match(uint64_t x, unsigned char c)
{
	uint64_t	 t = x ^ (SWAR_ONES * c);

	return ~(((t & ~SWAR_HIGHS) + ~SWAR_HIGHS) | t) & SWAR_HIGHS;
}

/*
 * The high bit set in each byte of x that is not printable ASCII (below
 * 0x20, DEL, or not ASCII at all), and clear in every other byte.  An
 * addition to the low seven bits carries into the high bit just when a
 * byte reaches 0x7F (or 0x20), and never into the next byte.
 */
static inline uint64_t
swar_unprintable(uint64_t x)
{
	uint64_t	 low = x & ~SWAR_HIGHS;

	return (x | (low + SWAR_ONES) | ~(low + SWAR_ONES * 0x60)) &
	    SWAR_HIGHS;
}

#ifdef __SSE2__
/* The sixteen bytes at s, which need not be aligned. */
static inline __m128i
sse_load(const char *s)
{
	return _mm_loadu_si128((const __m128i *)(const void *)s);
}

/* Bit i set for each byte i of v equal to c. */
static inline unsigned
sse_match(__m128i v, char c)
{
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
	    _mm_set1_epi8(c)));
}

/* Bit i set for each byte i of v that is not printable ASCII. */
static inline unsigned
sse_unprintable(__m128i v)
{
	/* Signed: bytes beyond ASCII are below the space too. */
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
	    _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));
}
#endif

/*
 * The number of printable ASCII bytes (0x20 to 0x7E) that s[0..len)
 * starts with: sixteen bytes at a time with SSE2 (two compares and a
 * mask a block, and the first bad byte found from the mask), else eight
 * with swar_unprintable(), then one at a time.
 */
static inline size_t
printable_span(const char *s, size_t len)
{
	size_t	 i = 0;

#ifdef __SSE2__
	unsigned	 bad;

	for (; len - i >= 16; i += 16)
		if ((bad = sse_unprintable(sse_load(s + i))) != 0)
			return i + (size_t)__builtin_ctz(bad);
#endif
	for (; len - i >= 8; i += 8)
		if (swar_unprintable(swar_load(s + i)) != 0)
			break;
	while (i < len && (unsigned char)s[i] >= 0x20 &&
	    (unsigned char)s[i] < 0x7F)
		i++;
	return i;
}

#endif /* SWAR_H */
