/* libFuzzer harness: the atom reader over arbitrary bytes. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_quiet();
	fuzz_read(&atom_reader, data, size);
	return 0;
}
