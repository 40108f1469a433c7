/*
 * pubtool: a bibliography toolkit.  This file holds the command table,
 * the global options and the final check that standard output was
 * written.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmd.h"
#include "diag.h"
#include "format.h"
#include "text.h"
#include "usage.h"

#ifndef PUBTOOL_VERSION
#define PUBTOOL_VERSION "unknown"
#endif

/* The single source of truth for command names and synopses. */
static const struct command commands[] = {
	{ "import",	cmd_import,	"add papers to the library, or convert "
	    "them to pubtool YAML" },
	{ "list",	cmd_list,	"list papers grouped by area or year, "
	    "newest first" },
	{ "filter",	cmd_filter,	"select papers by area, date, author, "
	    "title or text" },
	{ "cite",	cmd_cite,	"write citations: BibTeX, references, CSV "
	    "or YAML" },
	{ "stats",	cmd_stats,	"count papers by area, year and co-author" },
};

#define NCOMMANDS	(sizeof(commands) / sizeof(commands[0]))

static void
usage(FILE *fp)
{
	size_t	 i;

	fputs("usage: pubtool [--version] [--help] COMMAND [ARGS]\n"
	    "       pubtool help COMMAND\n\ncommands:\n", fp);
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "  %-8s  %s\n", commands[i].name,
		    commands[i].synopsis);
	fprintf(fp, "  %-8s  %s\n", "help", "show the manual page of a command");
	fputs("\nRun 'pubtool COMMAND --help' for the options of a command.\n",
	    fp);
}

/*
 * Reports an unknown command (or global option), with the command it is
 * most likely a typo of, and where to find the list.
 */
static void
unknown_command(const char *cmd, const char *name)
{
	const char	*names[NCOMMANDS + 2];
	const char	*near;
	size_t		 i;

	for (i = 0; i < NCOMMANDS; i++)
		names[i] = commands[i].name;
	names[i++] = cmd == NULL ? "help" : NULL;
	names[i] = NULL;
	if (name[0] == '-')
		diag_usage(cmd, "unknown option '%s'", name);
	else if ((near = usage_suggest(name, names)) != NULL)
		diag_usage(cmd, "unknown command '%s'; did you mean '%s'?",
		    name, near);
	else
		diag_usage(cmd, "unknown command '%s'", name);
	fputs("Run 'pubtool --help' for the list of commands.\n", stderr);
}

static const struct command *
find_command(const char *name)
{
	size_t	 i;

	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* Runs a command with optind reset, as if it were its own program. */
static int
run(const struct command *c, int argc, char **argv)
{
	optind = 1;
	opterr = 1;
	return c->run(argc, argv);
}

/*
 * "pubtool help CMD": the manual page through man(1), like git help;
 * when man or the page is missing, the command's --help text.
 */
static int
help(int argc, char **argv)
{
	const struct command	*c;
	char			 page[64];
	char			*hargv[3];
	pid_t			 pid;
	int			 status;

	if (argc < 2) {
		usage(stdout);
		return EXIT_OK;
	}
	if ((c = find_command(argv[1])) == NULL) {
		unknown_command("help", argv[1]);
		return EXIT_USAGE;
	}
	snprintf(page, sizeof(page), "pubtool-%s", c->name);
	fflush(stdout);
	if ((pid = fork()) == 0) {
		int null = open("/dev/null", O_WRONLY);

		/* man's "No manual entry" is replaced by the --help text. */
		if (null != -1)
			dup2(null, STDERR_FILENO);
		execlp("man", "man", page, (char *)NULL);
		_exit(127);
	}
	if (pid > 0 && waitpid(pid, &status, 0) == pid &&
	    WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return EXIT_OK;
	hargv[0] = (char *)c->name;
	hargv[1] = (char *)"--help";
	hargv[2] = NULL;
	return run(c, 2, hargv);
}

/*
 * Flushes and closes standard output; a failure (a full disk, a closed
 * descriptor) is an I/O error, exit 4.
 */
static int
close_stdout(void)
{
	bool	 reported = ferror(stdout) && diag_status() == EXIT_SYSTEM;

	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		if (reported)
			return EXIT_SYSTEM;	/* the command said so */
		if (errno == 0)
			errno = EIO;
		diag_errno("standard output", "write error");
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

int
main(int argc, char **argv)
{
	const struct command	*c;
	const char		*name;
	int			 rc, out;
	size_t			 i;

	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	name = argv[1];
	if (strcmp(name, "--version") == 0) {
		printf("pubtool %s\nlibyaml %s, utf8proc %s\n",
		    PUBTOOL_VERSION, yaml_lib_version(), text_lib_version());
		return close_stdout();
	}
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
		usage(stdout);
		return close_stdout();
	}
	if (strcmp(name, "--list-commands") == 0) {
		for (i = 0; i < NCOMMANDS; i++)
			printf("%s\n", commands[i].name);
		return close_stdout();
	}
	if (strcmp(name, "help") == 0)
		rc = help(argc - 1, argv + 1);
	else if ((c = find_command(name)) != NULL)
		rc = run(c, argc - 1, argv + 1);
	else {
		unknown_command(NULL, name);
		return EXIT_USAGE;
	}
	out = close_stdout();
	return out > rc ? out : rc;
}
