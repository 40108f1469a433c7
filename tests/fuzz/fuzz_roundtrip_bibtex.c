/*
 * libFuzzer harness: BibTeX round trip.  The first conversion may
 * normalise (macros, accents, month names); after it, BibTeX written by
 * pubtool and read back must write the same bytes again, so the second
 * and third conversions have to agree.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Reads in as BibTeX and writes it as BibTeX into *out. */
static void
convert(const char *in, size_t inlen, char **out, size_t *outlen)
{
	struct recset	 set;

	fuzz_quiet();
	fuzz_collect(&bibtex_reader, in, inlen, &set);
	if (fuzz_write(&bibtex_writer, &set, out, outlen) != 0)
		abort();
	recset_release(&set);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*out1, *out2, *out3;
	size_t	 len1, len2, len3;

	convert((const char *)data, size, &out1, &len1);
	convert(out1, len1, &out2, &len2);
	convert(out2, len2, &out3, &len3);
	if (len2 != len3 || memcmp(out2, out3, len2) != 0) {
		fprintf(stderr, "round trip differs:\n--- second\n%.*s"
		    "--- third\n%.*s", (int)len2, out2, (int)len3, out3);
		abort();
	}
	free(out1);
	free(out2);
	free(out3);
	return 0;
}
