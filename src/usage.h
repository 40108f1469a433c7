#ifndef USAGE_H
#define USAGE_H

/*
 * Reports what getopt_long() found wrong (it returned '?' or ':'; the
 * option string starts with ':' so that getopt itself stays quiet), in
 * pubtool's own format: "pubtool: list: unknown option '--bogus'".
 */
void	 usage_option_error(const char *cmd, int c, char **argv);

#endif /* USAGE_H */
