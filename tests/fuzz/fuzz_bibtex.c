/* libFuzzer harness: the bibtex reader over arbitrary bytes. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_quiet();
	fuzz_read(&bibtex_reader, data, size);
	return 0;
}
