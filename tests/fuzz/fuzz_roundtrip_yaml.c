/*
 * libFuzzer harness: YAML store round trip.  Whatever the YAML reader
 * accepts, written by the YAML writer and read back, must write the same
 * bytes again (pubtool-records(5): the store round-trips unchanged).
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct recset	 a, b;
	char		*out1, *out2;
	size_t		 len1, len2;

	fuzz_quiet();
	fuzz_collect(&yaml_reader, data, size, &a);
	if (fuzz_write(&yaml_writer, &a, &out1, &len1) != 0)
		abort();
	fuzz_quiet();
	fuzz_collect(&yaml_reader, out1, len1, &b);
	if (fuzz_write(&yaml_writer, &b, &out2, &len2) != 0)
		abort();
	if (len1 != len2 || memcmp(out1, out2, len1) != 0) {
		fprintf(stderr, "round trip differs:\n--- first\n%.*s"
		    "--- second\n%.*s", (int)len1, out1, (int)len2, out2);
		abort();
	}
	free(out1);
	free(out2);
	recset_release(&a);
	recset_release(&b);
	return 0;
}
