/*
 * libFuzzer harness for super-linear behaviour, after cmark-gfm's
 * fuzz_quadratic.c.  The first bytes choose a text reader, a split point
 * and a repeat count; the input after them is a prefix (up to the split)
 * and a slice (the rest), and the reader sees the prefix followed by the
 * slice repeated until about 512 KiB.  Run with -timeout: a reader that
 * is quadratic in some construct shows up as a timeout.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

#define HEADER		5
#define MAX_INPUT	(512 * 1024)

static const struct reader *const readers[] = {
	&profile_reader, &yaml_reader, &bibtex_reader, &csv_reader
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct reader	*r;
	const uint8_t		*body;
	uint8_t			*buf;
	size_t			 n, split, slice, count, len, i;

	if (size < HEADER + 1)
		return 0;
	r = readers[data[0] % (sizeof(readers) / sizeof(readers[0]))];
	body = data + HEADER;
	n = size - HEADER;
	split = (((size_t)data[1] << 8) | data[2]) % n;
	slice = n - split;
	count = (((size_t)data[3] << 8) | data[4]) + 1;
	if (count > (MAX_INPUT - split) / slice)
		count = (MAX_INPUT - split) / slice;
	len = split + slice * count;
	if ((buf = malloc(len)) == NULL)
		abort();
	memcpy(buf, body, split);
	for (i = 0; i < count; i++)
		memcpy(buf + split + i * slice, body + split, slice);
	fuzz_quiet();
	fuzz_read(r, buf, len);
	free(buf);
	return 0;
}
