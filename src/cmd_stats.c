/* pubtool stats (skeleton, being written). */
#include "cmd.h"
#include "diag.h"

int
cmd_stats(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	diag_usage("stats", "not yet implemented");
	return EXIT_USAGE;
}
