/*
 * libFuzzer harness: the bibtex reader over arbitrary bytes, read as one
 * thread reads it and as two do (the abstracts left to finish(), the entry
 * keys registered in the keyer that keys the records), which must give
 * the same records, each handed a key new in any case.
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct recset	 now, later;

	fuzz_quiet();
	fuzz_collect(&bibtex_reader, data, size, &now);
	fuzz_collect_later(&bibtex_reader, data, size, &later);
	fuzz_same_records(&now, &later);
	recset_release(&now);
	recset_release(&later);
	return 0;
}
