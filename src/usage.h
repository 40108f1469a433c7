#ifndef USAGE_H
#define USAGE_H

/*
 * Reports what getopt_long() found wrong (it returned '?' or ':'; the
 * option string starts with ':' so that getopt itself stays quiet), in
 * pubtool's own format: "pubtool: list: unknown option '--bogus'".
 */
void	 usage_option_error(const char *cmd, int c, char **argv);

/*
 * The index of arg in the NULL-terminated list of names an option takes
 * ("area", "year", ...), or -1 when it is none of them.
 */
int	 usage_choice(const char *arg, const char *const *names);

/*
 * The name in the NULL-terminated list that arg is most likely a typo
 * of: the nearest by edit distance (an insertion, a deletion, a changed
 * or two swapped adjacent characters each count one), when it is at
 * most 2 and less than half the length of arg; else NULL.  Borrowed
 * from names.
 */
const char *usage_suggest(const char *arg, const char *const *names);

#endif /* USAGE_H */
