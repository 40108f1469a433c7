#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "usage.h"
#include "xalloc.h"

#define SUGGEST_MAX	2	/* the largest distance worth suggesting */

static size_t	 distance(const char *, const char *);

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

/*
 * The optimal string alignment distance between a and b: the edit
 * distance with adjacent transpositions, by dynamic programming over
 * three rows.
 */
static size_t
distance(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j, c, d;
	size_t	*block, *row, *prev, *prev2, *tmp;

	block = row = xcalloc(3 * (lb + 1), sizeof(*row));
	prev = row + lb + 1;
	prev2 = prev + lb + 1;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			c = a[i - 1] != b[j - 1];
			d = prev[j - 1] + c;
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (row[j - 1] + 1 < d)
				d = row[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < d)
				d = prev2[j - 2] + 1;
			row[j] = d;
		}
		tmp = prev2;
		prev2 = prev;
		prev = row;
		row = tmp;
	}
	d = prev[lb];
	free(block);
	return d;
}

const char *
usage_suggest(const char *arg, const char *const *names)
{
	const char	*best = NULL;
	size_t		 i, d, min = SUGGEST_MAX + 1;

	for (i = 0; names[i] != NULL; i++)
		if ((d = distance(arg, names[i])) < min) {
			min = d;
			best = names[i];
		}
	return best != NULL && min * 2 < strlen(arg) ? best : NULL;
}
