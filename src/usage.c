#include <getopt.h>
#include <string.h>

#include "diag.h"
#include "usage.h"

void
usage_option_error(const char *cmd, int c, char **argv)
{
	const char	*arg = argv[optind - 1];
	const char	*eq;
	int		 len;

	/* A long option is named as written, without any "=value". */
	if (optopt == 0 || strncmp(arg, "--", 2) == 0) {
		eq = strchr(arg, '=');
		len = eq != NULL ? (int)(eq - arg) : (int)strlen(arg);
		if (c == ':')
			diag_usage(cmd, "option '%.*s' needs an argument", len,
			    arg);
		else if (optopt != 0 && eq != NULL)
			diag_usage(cmd, "option '%.*s' takes no argument", len,
			    arg);
		else
			diag_usage(cmd, "unknown option '%.*s'", len, arg);
	} else if (c == ':')
		diag_usage(cmd, "option '-%c' needs an argument", optopt);
	else
		diag_usage(cmd, "unknown option '-%c'", optopt);
}

int
usage_choice(const char *arg, const char *const *names)
{
	int	 i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(arg, names[i]) == 0)
			return i;
	return -1;
}
