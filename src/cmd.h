#ifndef CMD_H
#define CMD_H

#include <stdio.h>

/* A subcommand: its name, its entry point and its one-line synopsis. */
struct command {
	const char	*name;
	int		(*run)(int argc, char **argv);
	const char	*synopsis;
};

/* Each returns the exit status (pubtool(1), EXIT STATUS). */
int	 cmd_cite(int, char **);
int	 cmd_filter(int, char **);
int	 cmd_import(int, char **);
int	 cmd_list(int, char **);
int	 cmd_stats(int, char **);

#endif /* CMD_H */
