/* libFuzzer harness: the configuration reader over arbitrary bytes. */
#include <string.h>

#include "config.h"
#include "stream.h"

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config	 cfg;
	struct stream	*in;
	size_t		 i, j;

	fuzz_quiet();
	config_init(&cfg);
	in = stream_from_memory((const char *)data, size, "config.yaml");
	if (config_parse(&cfg, in) == 0) {
		/* Read every string, so that ASan checks them. */
		for (i = 0; i < cfg.nareas; i++)
			(void)config_area_name(&cfg, cfg.areas[i].code);
		for (i = 0; i < cfg.naliases; i++)
			for (j = 0; j < cfg.aliases[i].nvariants; j++)
				(void)strlen(cfg.aliases[i].variants[j]);
	}
	stream_free(in);
	config_release(&cfg);
	return 0;
}
